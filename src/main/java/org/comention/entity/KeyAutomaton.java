package org.comention.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Aho-Corasick automaton (Aho and Corasick 1975) over a list of normalised keys; a hit reports
 * the key's position in the list. Immutable after construction and safe to share between threads.
 *
 * <p>The trie lives in flat arrays, its states numbered breadth first, so the children of a state
 * are consecutive states, sorted by character: a state is its first child's number, the character
 * on the edge into it, its failure and output links and the key ending in it, 18 bytes; the
 * root's children are found through a table by character, as nearly every character of a text
 * passes the root. It is built in one pass over the sorted keys per trie level and one pass for
 * the failure links, so its time and memory grow with the keys' total length.
 *
 * <p>The double-array trie this replaces (hankcs AhoCorasickDoubleArrayTrie 1.2.3) has a builder
 * private to the library that first makes a State object with a TreeMap of children for every
 * state, whatever order the keys come in: for the 796,319 keys (5.3 million states) of a
 * 200,000-alias gazetteer, 2 GB of small objects and 18 s of collection pauses in a 78 s build
 * (JFR, on a loaded machine), with a sixth of the CPU samples in its search for free double-array
 * slots, which starts again from the first free slot for every state.
 */
final class KeyAutomaton {
    /** Receives one key occurrence: normalised offsets and the key's position in the list. */
    @FunctionalInterface
    interface Hit {
        void hit(int begin, int end, int key);
    }

    /** Children scanned one by one up to this many, by binary search beyond (sorted by character). */
    private static final int LINEAR_CHILDREN = 8;
    /** Progress is told every this many states (a power of two). */
    private static final int PROGRESS_STATES = 1 << 16;

    /** The state after the root by each character; 0, the root itself, for a character no key starts with. */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];
    /** The children of state s are the states firstChild[s] to firstChild[s + 1] - 1. */
    private final int[] firstChild;
    /** The character on the edge into each state. */
    private final char[] label;
    /** The state of the longest proper suffix of a state's string that is a state too. */
    private final int[] fail;
    /** The key ending in each state, or -1. */
    private final int[] keyAt;
    /** The nearest state on the failure chain (the state itself excluded) where a key ends, or -1. */
    private final int[] nextOutput;
    /** Each key's length, by its position in the caller's list. */
    private final int[] keyLength;

    private KeyAutomaton(int states, int keys) {
        firstChild = new int[states + 1];
        label = new char[states];
        fail = new int[states];
        keyAt = new int[states];
        nextOutput = new int[states];
        keyLength = new int[keys];
    }

    /**
     * The automaton of {@code keys}: distinct, not empty.
     *
     * @param progress told how many of the trie's states are built, of how many
     */
    static KeyAutomaton build(List<String> keys, MatcherProgress progress) {
        int[] order = sortedOrder(keys);
        KeyAutomaton automaton = new KeyAutomaton(countStates(keys, order), keys.size());
        automaton.buildTrie(keys, order, progress);
        automaton.linkFailures();
        return automaton;
    }

    /**
     * The positions of {@code keys} in sorted order, so each state's keys are a run and its
     * children come out in character order; the callers' keys come sorted already, and are not
     * sorted again.
     */
    private static int[] sortedOrder(List<String> keys) {
        int[] order = new int[keys.size()];
        boolean sorted = true;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            sorted &= i == 0 || keys.get(i - 1).compareTo(keys.get(i)) < 0;
        }
        if (!sorted) {
            Integer[] boxed = new Integer[order.length];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, Comparator.comparing(keys::get));
            Arrays.setAll(order, i -> boxed[i]);
        }
        return order;
    }

    /** One state for the root and one per character that is not a prefix shared with the key before. */
    private static int countStates(List<String> keys, int[] order) {
        long states = 1;
        String previous = "";
        for (int index : order) {
            String key = keys.get(index);
            if (key.isEmpty() || key.equals(previous)) {
                throw new IllegalArgumentException("keys must be distinct and not empty");
            }
            states += key.length() - commonPrefix(previous, key);
            previous = key;
        }
        if (states > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("too many keys for one automaton: " + states + " states");
        }
        return (int) states;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    /**
     * Numbers the states breadth first: each state, in number order, owns the run of sorted keys
     * that start with its string, and splits it by the next character into its children.
     */
    private void buildTrie(List<String> keys, int[] order, MatcherProgress progress) {
        int states = label.length;
        // the run of sorted keys (in order) each state owns; the states of one level are numbered together
        int[] runStart = new int[states];
        int[] runEnd = new int[states];
        runEnd[0] = order.length;
        // the sorted keys side by side in one array: a level's pass reads memory in order, not a String here and there
        long total = 0;
        for (int i = 0; i < order.length; i++) {
            keyLength[order[i]] = keys.get(order[i]).length();
            total += keyLength[order[i]];
        }
        char[] chars = new char[Math.toIntExact(total)];
        int[] from = new int[order.length];
        for (int i = 0, at = 0; i < order.length; i++) {
            String key = keys.get(order[i]);
            key.getChars(0, key.length(), chars, at);
            from[i] = at;
            at += key.length();
        }
        String step = String.format(java.util.Locale.ROOT, "building the automaton of %,d keys", order.length);
        int next = 1;
        int depth = 0;
        int levelEnd = 1;
        for (int s = 0; s < states; s++) {
            if (s == levelEnd) {
                depth++;
                levelEnd = next;
            }
            if ((s & PROGRESS_STATES - 1) == 0) {
                progress.advanced(step, s, states);
            }
            firstChild[s] = next;
            int i = runStart[s];
            keyAt[s] = -1;
            if (i < runEnd[s] && keyLength[order[i]] == depth) {
                // the shortest key of the run sorts first; distinct keys: one at most ends here
                keyAt[s] = order[i++];
            }
            while (i < runEnd[s]) {
                char c = chars[from[i] + depth];
                int j = i + 1;
                while (j < runEnd[s] && chars[from[j] + depth] == c) {
                    j++;
                }
                label[next] = c;
                runStart[next] = i;
                runEnd[next] = j;
                if (s == 0) {
                    fromRoot[c] = next;
                }
                next++;
                i = j;
            }
        }
        firstChild[states] = next;
        progress.advanced(step, states, states);
    }

    /** Failure and output links, breadth first: a state's links depend only on shallower states. */
    private void linkFailures() {
        nextOutput[0] = -1;
        for (int s = 0; s < label.length; s++) {
            for (int t = firstChild[s]; t < firstChild[s + 1]; t++) {
                if (s == 0) {
                    fail[t] = 0;
                } else {
                    int f = fail[s];
                    int to = child(f, label[t]);
                    while (to < 0) {
                        f = fail[f];
                        to = child(f, label[t]);
                    }
                    fail[t] = to;
                }
                nextOutput[t] = keyAt[fail[t]] >= 0 ? fail[t] : nextOutput[fail[t]];
            }
        }
    }

    /** The state after {@code state} by {@code c}; -1 if none, except from the root, which stays put. */
    private int child(int state, char c) {
        if (state == 0) {
            return fromRoot[c];
        }
        int low = firstChild[state];
        int high = firstChild[state + 1] - 1;
        if (high - low < LINEAR_CHILDREN) {
            for (int t = low; t <= high; t++) {
                if (label[t] == c) {
                    return t;
                }
            }
            return -1;
        }
        while (low <= high) {
            int middle = (low + high) >>> 1;
            char m = label[middle];
            if (m < c) {
                low = middle + 1;
            } else if (m > c) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** How many states the trie has: the measure of its memory. */
    int states() {
        return label.length;
    }

    /** Reports every key occurring in {@code normalized}, by end offset, longest first at one end. */
    void parse(CharSequence normalized, Hit hit) {
        int state = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            int to = child(state, c);
            while (to < 0) {
                state = fail[state];
                to = child(state, c);
            }
            state = to;
            for (int s = keyAt[state] >= 0 ? state : nextOutput[state]; s >= 0; s = nextOutput[s]) {
                int key = keyAt[s];
                hit.hit(i + 1 - keyLength[key], i + 1, key);
            }
        }
    }

}
