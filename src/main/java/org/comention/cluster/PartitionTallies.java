package org.comention.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.comention.export.SurfaceForms;
import scala.Tuple2;

/**
 * Counts the inputs of one partition and sums them there, entity by entity and pair by pair,
 * then hands Spark one record per distinct key: an entity index ({@link Integer}) with its
 * {@link Tallies.Node}, a pair ({@link Long}, {@link #spread spread}) with its {@link Tallies.Pair},
 * a surface form with its count, and {@link Tallies.Figures#KEY} with the figures. A document's
 * pairs were each an object in Spark's own map-side combine before: 7 million per 100 MB, hashed
 * by {@code Long.hashCode}, which is {@code a ^ b} for a pair key and puts most pairs of a
 * gazetteer in a few buckets. Once {@link #FLUSH_PAIRS} pairs are held, the sums so far are
 * handed on and the next ones start afresh, so a partition's memory stays bounded.
 */
final class PartitionTallies implements Iterator<Tuple2<Object, Object>> {
    static final int FLUSH_PAIRS = 1 << 20;
    private static final long EMPTY = -1;

    private final ExecutorStages stages;
    private final Map<String, Long> firstOfRepeated;
    private final Iterator<Input> inputs;
    private final int entities;
    /** The {@code --window}s after the first, whose shared windows each pair also sums. */
    private final int otherWindows;

    private Tallies.Node[] nodes;
    /** Open addressing, by {@link #spread}: pair key, or EMPTY; its pair's index at the same slot. */
    private long[] keys;
    private int[] slots;
    private final List<Tallies.Pair> pairs = new ArrayList<>();
    private final List<Long> pairKeys = new ArrayList<>();
    private Map<SurfaceForms.Form, Long> forms = new HashMap<>();
    private Tallies.Figures figures = new Tallies.Figures();
    private boolean counted;
    private Iterator<Tuple2<Object, Object>> out = Collections.emptyIterator();

    /**
     * @param firstOfRepeated the ordinal of the first record of each id that several records have;
     *                        the others are skipped as a local build skips them
     * @param windows         how many {@code --window}s each part is counted in
     */
    PartitionTallies(ExecutorStages stages, Map<String, Long> firstOfRepeated, Iterator<Input> inputs, int entities,
                     int windows) {
        this.stages = stages;
        this.firstOfRepeated = firstOfRepeated;
        this.inputs = inputs;
        this.entities = entities;
        this.otherWindows = windows - 1;
        clear();
    }

    private void clear() {
        nodes = new Tallies.Node[entities];
        keys = new long[1 << 12];
        Arrays.fill(keys, EMPTY);
        slots = new int[keys.length];
        pairs.clear();
        pairKeys.clear();
        forms = new HashMap<>();
    }

    @Override
    public boolean hasNext() {
        while (!out.hasNext()) {
            if (counted) {
                return false;
            }
            fill();
        }
        return true;
    }

    @Override
    public Tuple2<Object, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return out.next();
    }

    /** Counts inputs until FLUSH_PAIRS pairs are held or the partition ends; then hands on the sums. */
    private void fill() {
        while (pairs.size() < FLUSH_PAIRS && inputs.hasNext()) {
            add(inputs.next());
        }
        List<Tuple2<Object, Object>> sums = new ArrayList<>(pairs.size() + forms.size() + 64);
        for (int e = 0; e < nodes.length; e++) {
            if (nodes[e] != null) {
                sums.add(new Tuple2<>(e, nodes[e]));
            }
        }
        for (int p = 0; p < pairs.size(); p++) {
            sums.add(new Tuple2<>(spread(pairKeys.get(p)), pairs.get(p)));
        }
        forms.forEach((form, count) -> sums.add(new Tuple2<>(form, count)));
        if (!inputs.hasNext()) {
            sums.add(new Tuple2<>(Tallies.Figures.KEY, figures));
            counted = true;
        }
        clear();
        out = sums.iterator();
    }

    private void add(Input input) {
        Counted c;
        boolean repeated = false;
        if (input.fatal()) {
            figures.stop(input.ordinal(), input.problem());
            return;
        }
        if (input.id() == null) {
            c = input.skipped() ? Counted.skipped(input.problem()) : Counted.notice(input.problem());
        } else if (firstOfRepeated.getOrDefault(input.id(), input.ordinal()) != input.ordinal()) {
            repeated = true;
            c = Counted.skipped(input.file() + ": duplicate id '" + input.id() + "' (an earlier record has it); skipped");
        } else {
            c = stages.count(input.document(), input.ordinal());
            if (input.problem() != null && !c.skipped()) {
                c = c.warned(input.problem());
            }
        }
        figures.add(c, input.ordinal(), repeated);
        for (Counted.Part part : c.parts()) {
            int[] partEntities = part.entities();
            for (int k = 0; k < partEntities.length; k++) {
                Tallies.Node node = nodes[partEntities[k]];
                if (node == null) {
                    node = nodes[partEntities[k]] = new Tallies.Node();
                }
                node.add(part.entityMentions()[k], part.entityWindows()[k], part.slice());
            }
            Counted.Pairs first = part.pairs().get(0);
            for (int p = 0; p < first.keys().length; p++) {
                pair(first.keys()[p]).add(part.order(), part.id(), part.lang(), part.date(), part.slice(), first.windows()[p]);
            }
            // later windows add only their shared windows, as a local build's later counters give the graph only those
            for (int w = 1; w < part.pairs().size(); w++) {
                Counted.Pairs other = part.pairs().get(w);
                for (int p = 0; p < other.keys().length; p++) {
                    pair(other.keys()[p]).addOther(w - 1, other.windows()[p]);
                }
            }
            part.forms().forEach((form, count) -> forms.merge(form, count, Long::sum));
        }
    }

    /** The pair of {@code key}, new if it was not held. */
    private Tallies.Pair pair(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) spread(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return pairs.get(slots[slot]);
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                slots[slot] = pairs.size();
                Tallies.Pair pair = new Tallies.Pair(otherWindows);
                pairs.add(pair);
                pairKeys.add(key);
                if (pairs.size() * 2 > keys.length) {
                    grow();
                }
                return pair;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        slots = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) spread(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }

    private static final long C1 = 0xff51afd7ed558ccdL;
    private static final long C2 = 0xc4ceb9fe1a85ec53L;
    private static final long C1_INVERSE = inverse(C1);
    private static final long C2_INVERSE = inverse(C2);

    /**
     * A pair key mixed (MurmurHash3's 64-bit finaliser, a bijection), so that its hash code, which
     * Spark partitions and combines by, is spread over all ints; {@link #unspread} undoes it.
     */
    static long spread(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= C1;
        h ^= h >>> 33;
        h *= C2;
        h ^= h >>> 33;
        return h;
    }

    static long unspread(long spread) {
        long h = spread;
        // h ^= h >>> 33 is its own inverse, since 33 >= 32; a product by an odd constant is undone by its inverse
        h ^= h >>> 33;
        h *= C2_INVERSE;
        h ^= h >>> 33;
        h *= C1_INVERSE;
        h ^= h >>> 33;
        return h;
    }

    /** The inverse of odd {@code c} modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
    private static long inverse(long c) {
        long x = c;
        for (int i = 0; i < 6; i++) {
            x *= 2 - c * x;
        }
        return x;
    }
}
