package org.comention.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Which input column (CSV) or field (JSONL) holds what; {@code id} and {@code text} are required, and so is each
 * optional column in {@code named}: the user named it, so a header without it is a mistake, not a corpus without
 * that metadata.
 */
public record ColumnNames(String id, String text, String date, String source, String title, String url, String lang,
                          List<String> named)
        implements java.io.Serializable {
    public static final ColumnNames DEFAULT = new ColumnNames("id", "text", "date", "source", "title", "url", "lang");

    public ColumnNames {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        named = named == null ? List.of() : List.copyOf(named);
    }

    /** Columns none of whose optional ones must be there. */
    public ColumnNames(String id, String text, String date, String source, String title, String url, String lang) {
        this(id, text, date, source, title, url, lang, List.of());
    }
}
