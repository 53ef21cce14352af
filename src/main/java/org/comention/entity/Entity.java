package org.comention.entity;

import java.util.Objects;

/**
 * A canonical entity: a stable {@code id}, its English Wikipedia title as {@code label}, its
 * type, and its Wikidata id ({@code null} when unknown); where it comes from ({@code origin}) and
 * how sure the run is that it is an entity ({@code confidence} in (0, 1]: 1 for the gazetteer's).
 */
public record Entity(String id, String label, EntityType type, String wikidata, Origin origin, double confidence)
        implements java.io.Serializable {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], not " + confidence);
        }
    }

    /** A gazetteer entity. */
    public Entity(String id, String label, EntityType type, String wikidata) {
        this(id, label, type, wikidata, Origin.GAZETTEER, 1.0);
    }
}
