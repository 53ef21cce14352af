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

    /** Computes the table of {@code gazetteer}'s aliases under {@code normalizer}. */
    static KeyTable build(Gazetteer gazetteer, TextNormalizer normalizer) {
        NavigableMap<String, AutomatonKey> keys = MatcherKeys.of(gazetteer, normalizer);
        return new KeyTable(keys, keys.isEmpty() ? null : KeyAutomaton.build(new ArrayList<>(keys.keySet())));
    }
}
