package org.comention.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities comention can link to and the aliases that name them: an immutable table.
 * Entities are indexed {@code 0..size()-1} in id order; an alias's {@code precedence} says which
 * layer listed it (0 for the bundled gazetteer, then each user file in order), so a later layer
 * can override an earlier one.
 *
 * <p>Serializable, so a Spark job can broadcast it to its executors once.
 */
public final class Gazetteer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Entity> entities;
    private final Map<String, Integer> indexById;
    private final List<RankedAlias> aliases;
    private final String fingerprint;

    /** An alias with the layer that listed it. */
    public record RankedAlias(Alias alias, int precedence) implements java.io.Serializable {
    }

    Gazetteer(List<Entity> entities, List<RankedAlias> aliases, String fingerprint) {
        this.entities = List.copyOf(entities);
        this.aliases = List.copyOf(aliases);
        this.fingerprint = fingerprint;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.entities.size(); i++) {
            index.put(this.entities.get(i).id(), i);
        }
        this.indexById = Map.copyOf(index);
    }

    /**
     * This gazetteer with {@code more} entities after its own, indexed from {@link #size()} on, and
     * no further aliases: the run's discovered entities, so every stage after counting reads one table.
     */
    public Gazetteer withEntities(List<Entity> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Entity> all = new java.util.ArrayList<>(entities.size() + more.size());
        all.addAll(entities);
        all.addAll(more);
        return new Gazetteer(all, aliases, fingerprint);
    }

    public int size() {
        return entities.size();
    }

    public Entity entity(int index) {
        return entities.get(index);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The index of the entity with this id, or -1. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /**
     * The index of the entity a user names on the command line, by id or label, case ignored
     * (nato, "Jens Stoltenberg"); -1 when none.
     */
    public int find(String idOrLabel) {
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            if (entity.id().equalsIgnoreCase(idOrLabel) || entity.label().equalsIgnoreCase(idOrLabel)) {
                return i;
            }
        }
        return -1;
    }

    public List<RankedAlias> aliases() {
        return aliases;
    }

    /** A SHA-256 over every source read, so an output can be traced to the gazetteer that made it. */
    public String fingerprint() {
        return fingerprint;
    }
}
