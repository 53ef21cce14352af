package org.comention.entity;

import java.util.ArrayList;
import java.util.NavigableMap;
import org.comention.text.TextNormalizer;

/**
 * What the matcher looks for: its keys ({@link MatcherKeys}) with what each stands for, and the
 * automaton over them, whose hits number the keys in the map's order.
 *
 * @param automaton null when there are no keys
 */
record KeyTable(NavigableMap<String, AutomatonKey> keys, KeyAutomaton automaton) {

    /** The table of {@code keys}, with their automaton. */
    static KeyTable of(NavigableMap<String, AutomatonKey> keys, MatcherProgress progress) {
        return new KeyTable(keys, keys.isEmpty() ? null : KeyAutomaton.build(new ArrayList<>(keys.keySet()), progress));
    }

    /** Computes the table of {@code gazetteer}'s aliases under {@code normalizer}. */
    static KeyTable build(Gazetteer gazetteer, TextNormalizer normalizer) {
        return build(gazetteer, normalizer, MatcherProgress.NONE);
    }

    /** As above, telling {@code progress} how it advances. */
    static KeyTable build(Gazetteer gazetteer, TextNormalizer normalizer, MatcherProgress progress) {
        return of(MatcherKeys.of(gazetteer, normalizer, progress), progress);
    }
}
