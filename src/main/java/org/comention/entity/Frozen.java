package org.comention.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Immutable copies of the per-language tables the lexicon loaders fill, so a loaded lexicon cannot change. */
final class Frozen {
    private Frozen() {
    }

    static <V> Map<String, Map<String, V>> maps(Map<String, Map<String, V>> maps) {
        Map<String, Map<String, V>> out = new HashMap<>();
        maps.forEach((k, v) -> out.put(k, Map.copyOf(v)));
        return Map.copyOf(out);
    }

    static <V> Map<String, Set<V>> sets(Map<String, Set<V>> sets) {
        Map<String, Set<V>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }

    static <V> Map<String, List<V>> lists(Map<String, List<V>> lists) {
        Map<String, List<V>> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
