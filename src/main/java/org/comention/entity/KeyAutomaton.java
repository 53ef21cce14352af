package org.comention.entity;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Aho-Corasick automaton (Aho and Corasick 1975; double-array trie by hankcs) over a list of
 * normalised keys, written in their {@link DenseAlphabet}; a hit reports the key's position in the
 * list. It can be written and read back ({@link PrebuiltMatcher}), because building the double
 * array is slow next to reading it. Immutable after construction and safe to share between threads.
 */
final class KeyAutomaton {
    /** Receives one key occurrence: normalised offsets and the key's position in the list. */
    @FunctionalInterface
    interface Hit {
        void hit(int begin, int end, int key);
    }

    private final DenseAlphabet alphabet;
    private final Trie trie;

    private KeyAutomaton(DenseAlphabet alphabet, Trie trie) {
        this.alphabet = alphabet;
        this.trie = trie;
    }

    /** The automaton of {@code keys}: distinct, not empty. */
    static KeyAutomaton build(List<String> keys) {
        DenseAlphabet alphabet = new DenseAlphabet(keys);
        // sorted by the encoded form, so the double array does not depend on the caller's order
        Map<String, Integer> encoded = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            encoded.put(alphabet.encodeToString(keys.get(i)), i);
        }
        Trie trie = new Trie();
        trie.build(encoded);
        trie.keyOfValue = encoded.values().stream().mapToInt(Integer::intValue).toArray();
        return new KeyAutomaton(alphabet, trie);
    }

    /**
     * Reads what {@link #write} wrote for the same {@code keys}; the caller makes sure they are
     * the same (the file they come from names its gazetteer).
     *
     * @throws IOException if the data is cut short or does not describe an automaton of that many keys
     */
    static KeyAutomaton read(ByteBuffer in, List<String> keys) throws IOException {
        Trie trie = new Trie();
        try {
            trie.read(in, keys.size());
        } catch (BufferUnderflowException e) {
            throw new IOException("not an automaton: cut short", e);
        }
        return new KeyAutomaton(new DenseAlphabet(keys), trie);
    }

    /** Writes the automaton's arrays; the keys themselves are the caller's to write. */
    void write(DataOutput out) throws IOException {
        trie.write(out);
    }

    /** Reports every key occurring in {@code normalized}, by end offset. */
    void parse(CharSequence normalized, Hit hit) {
        trie.parseText(alphabet.encode(normalized), (begin, end, key) -> hit.hit(begin, end, key));
    }

    /**
     * The library's trie with its arrays written as plain ints: its own {@code save} goes through
     * Java serialisation, which took 0.3 s to read back at start-up, ten times these loops.
     */
    private static final class Trie extends AhoCorasickDoubleArrayTrie<Integer> {
        /** The library's values, in its order (the keys' encoded order): positions in the caller's list. */
        private int[] keyOfValue;

        void write(DataOutput out) throws IOException {
            writeInts(out, keyOfValue);
            writeInts(out, base);
            writeInts(out, check);
            writeInts(out, fail);
            writeInts(out, l);
            out.writeInt(output.length);
            for (int[] emits : output) {
                if (emits == null) {
                    out.writeInt(-1);
                } else {
                    writeInts(out, emits);
                }
            }
        }

        void read(ByteBuffer in, int keyCount) throws IOException {
            keyOfValue = readInts(in);
            base = readInts(in);
            check = readInts(in);
            fail = readInts(in);
            l = readInts(in);
            int states = in.getInt();
            if (states < 0 || states > base.length) {
                throw new IOException("not an automaton: " + states + " states");
            }
            output = new int[states][];
            for (int i = 0; i < states; i++) {
                int length = in.getInt();
                if (length >= 0) {
                    output[i] = readInts(in, length);
                    for (int key : output[i]) {
                        if (key < 0 || key >= keyOfValue.length) {
                            throw new IOException("not an automaton of " + keyCount + " keys: key " + key);
                        }
                    }
                } else if (length != -1) {
                    throw new IOException("not an automaton: output length " + length);
                }
            }
            if (keyOfValue.length != keyCount || l.length != keyCount || check.length != base.length
                    || fail.length < states) {
                throw new IOException("not an automaton of " + keyCount + " keys");
            }
            Integer[] values = new Integer[keyCount];
            for (int i = 0; i < keyCount; i++) {
                values[i] = checkKey(keyOfValue[i], keyCount);
            }
            v = values;
        }

        private static int checkKey(int key, int keyCount) throws IOException {
            if (key < 0 || key >= keyCount) {
                throw new IOException("not an automaton of " + keyCount + " keys: key " + key);
            }
            return key;
        }

        private static void writeInts(DataOutput out, int[] values) throws IOException {
            out.writeInt(values.length);
            for (int value : values) {
                out.writeInt(value);
            }
        }

        private static int[] readInts(ByteBuffer in) throws IOException {
            return readInts(in, in.getInt());
        }

        private static int[] readInts(ByteBuffer in, int length) throws IOException {
            if (length < 0 || length > in.remaining() / Integer.BYTES) {
                throw new IOException("not an automaton: array of " + length + " with " + in.remaining() + " bytes left");
            }
            int[] values = new int[length];
            in.asIntBuffer().get(values);
            in.position(in.position() + length * Integer.BYTES);
            return values;
        }
    }
}
