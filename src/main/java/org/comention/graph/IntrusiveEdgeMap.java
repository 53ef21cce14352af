package org.comention.graph;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The edge map of a JGraphT graph whose edges are their own intrusive edges (they extend
 * {@link org.jgrapht.graph.DefaultWeightedEdge}), so every key maps to itself: an identity set in
 * insertion order, as JGraphT's {@link java.util.LinkedHashMap} gives, in two arrays.
 *
 * <p>Why: a LinkedHashMap entry and its table slot cost about 50 bytes an edge, 77 MB on the
 * 1.5-million-edge graph of a dense gigabyte of news; these arrays cost about 10. JGraphT asks this
 * map only to add, find and remove an edge and to list them all: an edge's ends and weight live
 * in the edge. Lookup is open addressing with linear probing on the identity hash, deletion
 * shifts the probe run back (Knuth, TAOCP vol. 3, 6.4, Algorithm R), and removed edges leave
 * holes in the order until half of it is holes. Not thread-safe; its key set's iterator fails
 * fast on a change made meanwhile.
 *
 * @param <E> the edge type
 */
final class IntrusiveEdgeMap<E> extends AbstractMap<E, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int INITIAL_CAPACITY = 16;

    /** The edges in the order they were added; null where one was removed. */
    private Object[] order = new Object[INITIAL_CAPACITY];
    /** How much of {@link #order} is used, holes included. */
    private int end;
    private int size;
    /** Slot to position in {@link #order} plus one; 0 is an empty slot. Identity hashes change across JVMs. */
    private transient int[] table = new int[2 * INITIAL_CAPACITY];
    private transient int modifications;

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && slotOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? key : null;
    }

    @Override
    public Object put(E key, Object value) {
        requireSelf(key, value);
        int slot = slotOf(key);
        if (slot >= 0) {
            return key;
        }
        insert(key);
        return null;
    }

    @Override
    public Object putIfAbsent(E key, Object value) {
        return put(key, value);
    }

    @Override
    public Object computeIfAbsent(E key, Function<? super E, ?> mapping) {
        if (containsKey(key)) {
            return key;
        }
        Object value = mapping.apply(key);
        if (value != null) {
            requireSelf(key, value);
            insert(key);
        }
        return value;
    }

    @Override
    public Object remove(Object key) {
        if (key == null) {
            return null;
        }
        int slot = slotOf(key);
        if (slot < 0) {
            return null;
        }
        int position = table[slot] - 1;
        deleteSlot(slot);
        order[position] = null;
        size--;
        modifications++;
        if (size < end / 2 && end > INITIAL_CAPACITY) {
            compact();
        }
        return key;
    }

    @Override
    public void clear() {
        order = new Object[INITIAL_CAPACITY];
        table = new int[2 * INITIAL_CAPACITY];
        end = 0;
        size = 0;
        modifications++;
    }

    @Override
    public Set<E> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<E> iterator() {
                return new Keys();
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    @Override
    public Set<Entry<E, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<E, Object>> iterator() {
                Keys keys = new Keys();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    @Override
                    public Entry<E, Object> next() {
                        E key = keys.next();
                        return new SimpleImmutableEntry<>(key, key);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private static void requireSelf(Object key, Object value) {
        if (key == null || value != key) {
            throw new IllegalArgumentException("an edge must be its own intrusive edge (extend DefaultWeightedEdge): "
                    + key + " -> " + value);
        }
    }

    private static int hash(Object key) {
        return System.identityHashCode(key) * 0x9E3779B9;
    }

    /** The slot holding {@code key}, or {@code -(free slot) - 1} where it would go. */
    private int slotOf(Object key) {
        int mask = table.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int position = table[slot];
            if (position == 0) {
                return -slot - 1;
            }
            if (order[position - 1] == key) {
                return slot;
            }
        }
    }

    private void insert(Object key) {
        if (end == order.length) {
            if (size < end / 2) {
                compact();
            } else {
                order = Arrays.copyOf(order, order.length * 2);
            }
        }
        // at most three quarters full
        if (4L * (size + 1) > 3L * table.length) {
            rehash(table.length * 2);
        }
        int slot = -slotOf(key) - 1;
        order[end] = key;
        table[slot] = ++end;
        size++;
        modifications++;
    }

    /** Empties {@code hole} and moves back the entries after it that could not be found past the gap. */
    private void deleteSlot(int hole) {
        int mask = table.length - 1;
        table[hole] = 0;
        for (int slot = (hole + 1) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int home = hash(order[table[slot] - 1]) & mask;
            boolean reachable = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
            if (!reachable) {
                table[hole] = table[slot];
                table[slot] = 0;
                hole = slot;
            }
        }
    }

    /** Closes the holes in the order, keeping it, and rebuilds the table. */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < end; i++) {
            if (order[i] != null) {
                order[kept++] = order[i];
            }
        }
        Arrays.fill(order, kept, end, null);
        end = kept;
        rehash(table.length);
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < end; i++) {
            if (order[i] != null) {
                int slot = hash(order[i]) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i + 1;
            }
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int capacity = 2 * INITIAL_CAPACITY;
        while (4L * size > 3L * capacity) {
            capacity *= 2;
        }
        rehash(capacity);
    }

    private final class Keys implements Iterator<E> {
        private final int expected = modifications;
        private int next = skipHoles(0);

        private int skipHoles(int from) {
            while (from < end && order[from] == null) {
                from++;
            }
            return from;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (modifications != expected) {
                throw new ConcurrentModificationException();
            }
            if (next >= end) {
                throw new NoSuchElementException();
            }
            E key = (E) order[next];
            next = skipHoles(next + 1);
            return key;
        }
    }
}
