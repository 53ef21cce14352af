package org.comention.corpus;

import java.util.Objects;

/**
 * One article: an id unique in its corpus, its text, and what the input said about it
 * ({@code null} where the input had no such field).
 */
public record Document(String id, String text, String date, String source, String title, String url, String lang) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A document with no metadata. */
    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null, null);
    }

    /** The same metadata under another id and text, for a part of this document. */
    public Document derive(String newId, String newText) {
        return new Document(newId, newText, date, source, title, url, lang);
    }
}
