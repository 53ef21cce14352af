package org.comention.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.TreeSet;
import org.comention.cooccurrence.CooccurrenceCounts;

/**
 * The totals Spark reduces, entity by entity and pair by pair. Every merge is commutative and
 * associative, so partitions may be combined in any order and give what a local build's
 * counter gives adding the documents in input order.
 */
final class Tallies {
    private Tallies() {
    }

    /** An entity's mentions, documents, windows and time slices. */
    static final class Node implements Serializable {
        long mentions;
        long documents;
        long windows;
        final TreeSet<LocalDate> slices = new TreeSet<>();

        static Node of(long mentions, long windows, LocalDate slice) {
            Node node = new Node();
            node.mentions = mentions;
            node.documents = 1;
            node.windows = windows;
            if (slice != null) {
                node.slices.add(slice);
            }
            return node;
        }

        static Node merge(Node a, Node b) {
            a.mentions += b.mentions;
            a.documents += b.documents;
            a.windows += b.windows;
            a.slices.addAll(b.slices);
            return a;
        }
    }

    /** A pair's shared windows and documents, and its provenance. */
    static final class Pair implements Serializable {
        static final int SAMPLE = CooccurrenceCounts.Provenance.SAMPLE;
        long windows;
        long documents;
        /** The order keys of the first supporting documents, ascending, at most SAMPLE; ids at the same index. */
        long[] sampleOrder;
        String[] sampleIds;
        final TreeMap<String, Integer> languages = new TreeMap<>();
        String firstDate;
        String lastDate;
        final TreeMap<LocalDate, Long> slices = new TreeMap<>();

        static Pair of(Counted.Part part, long windows) {
            Pair pair = new Pair();
            pair.windows = windows;
            pair.documents = 1;
            pair.sampleOrder = new long[] {part.order()};
            pair.sampleIds = new String[] {part.id()};
            if (part.lang() != null) {
                pair.languages.put(part.lang(), 1);
            }
            pair.firstDate = part.date();
            pair.lastDate = part.date();
            if (part.slice() != null) {
                pair.slices.put(part.slice(), windows);
            }
            return pair;
        }

        static Pair merge(Pair a, Pair b) {
            a.windows += b.windows;
            a.documents += b.documents;
            // the SAMPLE smallest order keys of both: the first supporting documents in input order
            int n = Math.min(SAMPLE, a.sampleOrder.length + b.sampleOrder.length);
            long[] order = new long[n];
            String[] ids = new String[n];
            for (int i = 0, x = 0, y = 0; i < n; i++) {
                boolean fromA = y == b.sampleOrder.length
                        || (x < a.sampleOrder.length && a.sampleOrder[x] < b.sampleOrder[y]);
                order[i] = fromA ? a.sampleOrder[x] : b.sampleOrder[y];
                ids[i] = fromA ? a.sampleIds[x++] : b.sampleIds[y++];
            }
            a.sampleOrder = order;
            a.sampleIds = ids;
            b.languages.forEach((lang, count) -> a.languages.merge(lang, count, Integer::sum));
            a.firstDate = a.firstDate == null || (b.firstDate != null && b.firstDate.compareTo(a.firstDate) < 0)
                    ? b.firstDate : a.firstDate;
            a.lastDate = a.lastDate == null || (b.lastDate != null && b.lastDate.compareTo(a.lastDate) > 0)
                    ? b.lastDate : a.lastDate;
            b.slices.forEach((slice, count) -> a.slices.merge(slice, count, Long::sum));
            return a;
        }
    }
}
