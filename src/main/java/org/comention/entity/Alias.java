package org.comention.entity;

/**
 * One surface form of an entity as the gazetteer lists it, with where it was listed
 * ({@code source:line}) for error messages.
 */
public record Alias(String entityId, String lang, String text, AliasKind kind, String source, long line)
        implements java.io.Serializable {

    public String where() {
        return source + ":" + line;
    }
}
