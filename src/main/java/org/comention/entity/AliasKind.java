package org.comention.entity;

import java.util.Locale;

/** How an alias refers to its entity. */
public enum AliasKind {
    /** A name: روسيا, Russia, بوتين. */
    NAME,
    /** An adjective or demonym: الروسي, روسی, Russian. Counted only when asked for. */
    ADJECTIVAL;

    /** The lowercase form used in files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
