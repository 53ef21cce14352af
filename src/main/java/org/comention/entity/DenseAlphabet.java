package org.comention.entity;

import java.util.Collection;

/**
 * Renumbers the characters of a set of keys to 1, 2, 3, ... before they go into the
 * double-array trie. The double array places a node's children at a base offset plus their
 * character code; with Latin, Arabic and Cyrillic children under one node the codes span
 * thousands and finding a free base is slow (an 11,600-key gazetteer took 4 s to build). With
 * the keys' 150-odd characters numbered densely it takes a fraction of a second. Text is renumbered
 * the same way; a character no key contains becomes a code no key contains, so nothing matches
 * across it. Offsets do not change: one character for one character.
 */
final class DenseAlphabet {
    private final char[] code = new char[Character.MAX_VALUE + 1];
    private final char absent;

    DenseAlphabet(Collection<String> keys) {
        char next = 1;
        for (String key : keys) {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (code[c] == 0) {
                    code[c] = next++;
                }
            }
        }
        absent = next;
    }

    char[] encode(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = code[s.charAt(i)];
            out[i] = c == 0 ? absent : c;
        }
        return out;
    }

    String encodeToString(CharSequence s) {
        return new String(encode(s));
    }
}
