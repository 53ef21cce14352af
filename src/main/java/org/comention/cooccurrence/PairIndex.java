package org.comention.cooccurrence;

import java.util.Arrays;

/**
 * Numbers pair keys 0, 1, 2, ... in the order they are first added: an open-addressing hash set
 * of primitive longs, so counting a window's k(k-1)/2 pairs boxes nothing, and the counts live in
 * plain arrays indexed by these numbers. Key 0 marks an empty slot, which is safe because a pair
 * key {@code a << 32 | b} has {@code a < b}, so its low half is never 0. The graph's edge lookup
 * uses it too. Not thread-safe.
 */
public final class PairIndex {
    private static final int INITIAL_CAPACITY = 64;
    private static final int SHRINK_ABOVE = 1 << 20;

    /** Slot s holds a key at 2s and its number at 2s+1: one cache line has both, and the counting threads wait on memory. */
    private long[] table = new long[2 * INITIAL_CAPACITY];
    private long[] keys = new long[INITIAL_CAPACITY / 2];
    /** Where each key sits in the table, so clear() touches only used slots, not the whole table. */
    private int[] slotOf = new int[INITIAL_CAPACITY / 2];
    private int size;

    public static long key(int a, int b) {
        return ((long) a << 32) | b;
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }

    /** The number of {@code key}, given it if it is new. */
    public int add(long key) {
        // at most three quarters full: linear probing still finds a key in two or three slots, and
        // the table of a 1.5-million-edge graph takes 32 MB, not 64
        if ((size + 1) * 8L > table.length * 3L) {
            grow();
        }
        int mask = (table.length >> 1) - 1;
        int slot = hash(key) & mask;
        while (table[2 * slot] != 0) {
            if (table[2 * slot] == key) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = size;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            slotOf = Arrays.copyOf(slotOf, size * 2);
        }
        keys[size] = key;
        slotOf[size] = slot;
        return size++;
    }

    /** The number of {@code key}, or -1 when it was never added. */
    public int indexOf(long key) {
        int mask = (table.length >> 1) - 1;
        int slot = hash(key) & mask;
        while (table[2 * slot] != 0) {
            if (table[2 * slot] == key) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    long keyAt(int index) {
        return keys[index];
    }

    /** The keys in ascending order (pairs by first entity, then second). */
    long[] sortedKeys() {
        long[] sorted = Arrays.copyOf(keys, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Forgets every key, at the cost of the keys held, not of the table. A table grown past
     * {@code SHRINK_ABOVE} slots by one huge document is dropped, so it is not held for the rest
     * of the run.
     */
    void clear() {
        if (table.length > 2 * SHRINK_ABOVE) {
            table = new long[2 * INITIAL_CAPACITY];
            keys = new long[INITIAL_CAPACITY / 2];
            slotOf = new int[INITIAL_CAPACITY / 2];
        } else {
            for (int i = 0; i < size; i++) {
                table[2 * slotOf[i]] = 0;
            }
        }
        size = 0;
    }

    private void grow() {
        int capacity = table.length; // slots: twice as many as now
        table = new long[2 * capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = hash(keys[i]) & mask;
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = keys[i];
            table[2 * slot + 1] = i;
            slotOf[i] = slot;
        }
    }

    /** Fibonacci hashing: spreads keys that differ only in their low entity over the whole table. */
    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
