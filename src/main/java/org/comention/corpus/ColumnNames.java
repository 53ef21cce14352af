package org.comention.corpus;

import java.util.Objects;

/** Which input column (CSV) or field (JSONL) holds what; {@code id} and {@code text} are required. */
public record ColumnNames(String id, String text, String date, String source, String title, String url, String lang)
        implements java.io.Serializable {
    public static final ColumnNames DEFAULT = new ColumnNames("id", "text", "date", "source", "title", "url", "lang");

    public ColumnNames {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
