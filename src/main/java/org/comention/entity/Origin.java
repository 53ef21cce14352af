package org.comention.entity;

import java.util.Locale;

/** Where an entity comes from: a gazetteer table, or the run's discovery of names no table covers. */
public enum Origin {
    GAZETTEER,
    DISCOVERED;

    /** The lowercase form written in the outputs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
