package org.comention.entity;

import java.util.Objects;

/**
 * A canonical entity: a stable {@code id}, its English Wikipedia title as {@code label}, its
 * type, and its Wikidata id ({@code null} when unknown).
 */
public record Entity(String id, String label, EntityType type, String wikidata) implements java.io.Serializable {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
