package org.comention.cluster;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.comention.cooccurrence.CooccurrenceCounts;

/**
 * The totals Spark reduces, entity by entity and pair by pair, and the figures of the run. Every
 * merge is commutative and associative, so partitions may be combined in any order and give what
 * a local build's counter gives adding the documents in input order.
 *
 * <p>They cross the shuffle in Java serialisation with a {@code writeObject} of their own: plain
 * numbers and UTF-8 bytes, not the object graph of a tree map of dates, which was most of the
 * bytes and of the time of a shuffle; no Kryo registration to keep in step on the cluster.
 */
final class Tallies {
    private Tallies() {
    }

    /** Merges two tallies of the same key: nodes, pairs, form counts ({@link Long}) or figures. */
    static Object merge(Object a, Object b) {
        if (a instanceof Node node) {
            return Node.merge(node, (Node) b);
        }
        if (a instanceof Pair pair) {
            return Pair.merge(pair, (Pair) b);
        }
        if (a instanceof Long count) {
            return count + (Long) b;
        }
        return Figures.merge((Figures) a, (Figures) b);
    }

    /** An entity's mentions, documents, windows and time slices. */
    static final class Node implements Serializable {
        private static final long serialVersionUID = 2L;
        long mentions;
        long documents;
        long windows;
        transient TreeSet<LocalDate> slices = new TreeSet<>();

        /** Adds one document part that mentions the entity. */
        void add(long mentions, long windows, LocalDate slice) {
            this.mentions += mentions;
            this.documents++;
            this.windows += windows;
            if (slice != null) {
                slices.add(slice);
            }
        }

        static Node merge(Node a, Node b) {
            a.mentions += b.mentions;
            a.documents += b.documents;
            a.windows += b.windows;
            a.slices.addAll(b.slices);
            return a;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(slices.size());
            for (LocalDate slice : slices) {
                out.writeLong(slice.toEpochDay());
            }
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            slices = new TreeSet<>();
            for (int n = in.readInt(); n > 0; n--) {
                slices.add(LocalDate.ofEpochDay(in.readLong()));
            }
        }
    }

    /**
     * A pair's shared windows and documents, and its provenance, in the first {@code --window};
     * and its shared windows in each later one. A pair that shares only later windows has no
     * documents: a local build makes no edge of it, and neither do the tables.
     */
    static final class Pair implements Serializable {
        private static final long serialVersionUID = 3L;
        static final int SAMPLE = CooccurrenceCounts.Provenance.SAMPLE;
        long windows;
        long documents;
        /** Shared by the pairs of a one-window count, so that they cost no array each; empty, so nothing writes it. */
        private static final long[] NO_OTHERS = {};
        /** The windows shared in the second {@code --window}, the third, ...; empty with one window. */
        transient long[] others;
        /** The order keys of the first supporting documents, ascending, {@code sampled} of them; ids at the same index. */
        transient int sampled;
        transient long[] sampleOrder = new long[1];
        transient String[] sampleIds = new String[1];
        transient TreeMap<String, Integer> languages = new TreeMap<>();
        transient String firstDate;
        transient String lastDate;
        transient TreeMap<LocalDate, Long> slices = new TreeMap<>();

        /** A pair of one window only. */
        Pair() {
            this(0);
        }

        /** A pair counted in {@code 1 + otherWindows} windows. */
        Pair(int otherWindows) {
            others = otherWindows == 0 ? NO_OTHERS : new long[otherWindows];
        }

        /** True when the pair shares a window of the first {@code --window}: it is an edge. */
        boolean isEdge() {
            return documents > 0;
        }

        /** Adds {@code windows} shared windows of the {@code (other + 2)}-th {@code --window}. */
        void addOther(int other, long windows) {
            others[other] += windows;
        }

        /** Adds one document part, at {@code order} in the input, that shares {@code windows} windows. */
        void add(long order, String id, String lang, String date, LocalDate slice, long windows) {
            this.windows += windows;
            this.documents++;
            addToSample(order, id);
            if (lang != null) {
                languages.merge(lang, 1, Integer::sum);
            }
            if (date != null) {
                if (firstDate == null || date.compareTo(firstDate) < 0) {
                    firstDate = date;
                }
                if (lastDate == null || date.compareTo(lastDate) > 0) {
                    lastDate = date;
                }
            }
            if (slice != null) {
                slices.merge(slice, windows, Long::sum);
            }
        }

        /** Keeps {@code order} if it is among the SAMPLE smallest; order keys are distinct. */
        private void addToSample(long order, String id) {
            if (sampled == SAMPLE && order > sampleOrder[SAMPLE - 1]) {
                return;
            }
            if (sampled == sampleOrder.length) {
                int capacity = Math.min(SAMPLE, sampled * 2);
                sampleOrder = Arrays.copyOf(sampleOrder, capacity);
                sampleIds = Arrays.copyOf(sampleIds, capacity);
            }
            int i = sampled == SAMPLE ? SAMPLE - 1 : sampled++;
            // in input order, as a partition mostly gives its documents, this loop does not run
            for (; i > 0 && sampleOrder[i - 1] > order; i--) {
                sampleOrder[i] = sampleOrder[i - 1];
                sampleIds[i] = sampleIds[i - 1];
            }
            sampleOrder[i] = order;
            sampleIds[i] = id;
        }

        /** The ids of the sample, in input order. */
        List<String> sample() {
            return List.of(Arrays.copyOf(sampleIds, sampled));
        }

        static Pair merge(Pair a, Pair b) {
            a.windows += b.windows;
            a.documents += b.documents;
            for (int i = 0; i < a.others.length; i++) {
                a.others[i] += b.others[i];
            }
            // the SAMPLE smallest order keys of both: the first supporting documents in input order
            int n = Math.min(SAMPLE, a.sampled + b.sampled);
            long[] order = new long[n];
            String[] ids = new String[n];
            for (int i = 0, x = 0, y = 0; i < n; i++) {
                boolean fromA = y == b.sampled || (x < a.sampled && a.sampleOrder[x] < b.sampleOrder[y]);
                order[i] = fromA ? a.sampleOrder[x] : b.sampleOrder[y];
                ids[i] = fromA ? a.sampleIds[x++] : b.sampleIds[y++];
            }
            a.sampled = n;
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

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(others.length);
            for (long other : others) {
                out.writeLong(other);
            }
            out.writeInt(sampled);
            for (int i = 0; i < sampled; i++) {
                out.writeLong(sampleOrder[i]);
                writeString(out, sampleIds[i]);
            }
            out.writeInt(languages.size());
            for (var e : languages.entrySet()) {
                writeString(out, e.getKey());
                out.writeInt(e.getValue());
            }
            writeString(out, firstDate);
            writeString(out, lastDate);
            out.writeInt(slices.size());
            for (var e : slices.entrySet()) {
                out.writeLong(e.getKey().toEpochDay());
                out.writeLong(e.getValue());
            }
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            int otherWindows = in.readInt();
            others = otherWindows == 0 ? NO_OTHERS : new long[otherWindows];
            for (int i = 0; i < others.length; i++) {
                others[i] = in.readLong();
            }
            sampled = in.readInt();
            sampleOrder = new long[Math.max(1, sampled)];
            sampleIds = new String[Math.max(1, sampled)];
            for (int i = 0; i < sampled; i++) {
                sampleOrder[i] = in.readLong();
                sampleIds[i] = readString(in);
            }
            languages = new TreeMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                languages.put(readString(in), in.readInt());
            }
            firstDate = readString(in);
            lastDate = readString(in);
            slices = new TreeMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                slices.put(LocalDate.ofEpochDay(in.readLong()), in.readLong());
            }
        }
    }

    /**
     * The figures of the run summary, summed over documents: read, characters, cut, teasers,
     * skipped, mentions, parts counted, windows, capped windows, repeated ids; and the first
     * {@link #PROBLEMS} problems in input order.
     */
    static final class Figures implements Serializable {
        private static final long serialVersionUID = 2L;
        /** Its key in the shuffle, beside entity indexes, pair keys and forms. */
        static final String KEY = "figures";
        static final int PROBLEMS = 100;
        static final int READ = 0;
        static final int CHARACTERS = 1;
        static final int CUT = 2;
        static final int TEASERS = 3;
        static final int SKIPPED = 4;
        static final int MENTIONS = 5;
        static final int PARTS = 6;
        static final int WINDOWS = 7;
        static final int CAPPED = 8;
        static final int REPEATED_IDS = 9;
        final long[] totals = new long[10];
        long[] problemOrder = new long[0];
        String[] problems = new String[0];
        /** The first mistake in input order that stops the job, or null; and its ordinal. */
        String fatal;
        long fatalOrder;

        /** Notes a mistake that stops the job, at {@code ordinal} in the input. */
        void stop(long ordinal, String message) {
            if (fatal == null || ordinal < fatalOrder) {
                fatal = message;
                fatalOrder = ordinal;
            }
        }

        /** Adds what was made of the input at {@code ordinal}. */
        void add(Counted c, long ordinal, boolean repeatedId) {
            totals[READ] += c.documents();
            totals[CHARACTERS] += c.characters();
            totals[CUT] += c.charactersCut();
            totals[TEASERS] += c.teasers();
            totals[SKIPPED] += c.skipped() ? 1 : 0;
            totals[MENTIONS] += c.mentions();
            totals[PARTS] += c.parts().size();
            for (Counted.Part part : c.parts()) {
                totals[WINDOWS] += part.windows();
                totals[CAPPED] += part.cappedWindows();
            }
            totals[REPEATED_IDS] += repeatedId ? 1 : 0;
            if (c.problem() != null && (problems.length < PROBLEMS || ordinal < problemOrder[problems.length - 1])) {
                Figures one = new Figures();
                one.problemOrder = new long[] {ordinal};
                one.problems = new String[] {c.problem()};
                mergeProblems(this, one);
            }
        }

        static Figures merge(Figures a, Figures b) {
            for (int i = 0; i < a.totals.length; i++) {
                a.totals[i] += b.totals[i];
            }
            mergeProblems(a, b);
            if (b.fatal != null) {
                a.stop(b.fatalOrder, b.fatal);
            }
            return a;
        }

        private static void mergeProblems(Figures a, Figures b) {
            int n = Math.min(PROBLEMS, a.problems.length + b.problems.length);
            long[] order = new long[n];
            String[] problems = new String[n];
            for (int i = 0, x = 0, y = 0; i < n; i++) {
                boolean fromA = y == b.problems.length || (x < a.problems.length && a.problemOrder[x] <= b.problemOrder[y]);
                order[i] = fromA ? a.problemOrder[x] : b.problemOrder[y];
                problems[i] = fromA ? a.problems[x++] : b.problems[y++];
            }
            a.problemOrder = order;
            a.problems = problems;
        }

        List<String> problems() {
            return new ArrayList<>(List.of(problems));
        }
    }

    /** Up to this many characters writeUTF takes (at most 3 bytes each, 65,535 in all). */
    private static final int UTF_CHARS = 65_535 / 3;

    /** A string, null, or of any length (writeUTF alone stops at 64 KB), every char kept, lone surrogates too. */
    private static void writeString(ObjectOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeByte(0);
        } else if (s.length() <= UTF_CHARS) {
            out.writeByte(1);
            out.writeUTF(s);
        } else {
            out.writeByte(2);
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    private static String readString(ObjectInputStream in) throws IOException {
        int kind = in.readByte();
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return in.readUTF();
        }
        char[] chars = new char[in.readInt()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }
}
