package org.comention.cooccurrence;

import java.util.List;

/**
 * What a corpus counted: per entity its mentions and documents, per pair of entities the number
 * of windows and of documents where both occur. Entities are gazetteer indices; pairs have
 * {@code a < b}; both lists are sorted.
 */
public record CooccurrenceCounts(List<NodeCount> nodes, List<PairCount> pairs, long documents, long windows) {

    public CooccurrenceCounts {
        nodes = List.copyOf(nodes);
        pairs = List.copyOf(pairs);
    }

    /**
     * An entity's totals: {@code windows} counts the windows it appears in; {@code slices} the
     * time slices (first days) of the dated documents that mention it.
     */
    public record NodeCount(int entity, long mentions, int documents, long windows,
                            java.util.SortedSet<java.time.LocalDate> slices) {

        public NodeCount {
            slices = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(slices));
        }

        /** Totals with one window per document, as the document window has. */
        public NodeCount(int entity, long mentions, int documents) {
            this(entity, mentions, documents, documents, new java.util.TreeSet<>());
        }
    }

    /** A pair's totals: {@code windows} is the co-occurrence weight; {@code provenance} says where it was seen. */
    public record PairCount(int a, int b, long windows, int documents, Provenance provenance) {

        public PairCount(int a, int b, long windows, int documents) {
            this(a, b, windows, documents, Provenance.NONE);
        }
    }

    /**
     * Where a pair was seen: the ids of the first {@code SAMPLE} supporting documents in input
     * order, the supporting documents per language, and the first and last document date (dates
     * compare as text, so ISO 8601 dates order correctly; null when no document had one), and the
     * shared windows per time slice.
     *
     * <p>One array of ints per pair, its words (document ids, languages, slices) numbered in a
     * {@link Dictionary} that every pair of a count shares: a dense graph has millions of pairs,
     * and a list of ids, an array of languages and one of slices per pair took 420 bytes a pair, more
     * than the graph itself (1.5 million pairs: 640 MB). A slice entry takes one int where its
     * number and windows fit ({@value #NARROW_SLICES} slices, {@value #NARROW_WINDOWS} windows), two
     * otherwise: on a dense graph the slices and the sample are most of a record. The lists and maps are made
     * when asked for.
     */
    public static final class Provenance {
        public static final int SAMPLE = 20;
        /** Slice numbers below this fit a narrow entry... */
        static final int NARROW_SLICES = 1 << 14;
        /** ...and windows below this. */
        static final int NARROW_WINDOWS = 1 << 18;
        private static final int NARROW_SHIFT = 18;
        private static final int SLICE_SHIFT = 40;
        private static final long WINDOWS_MASK = (1L << SLICE_SHIFT) - 1;
        /** A narrow sample: each document number at most this much above the one before. */
        private static final int NARROW_GAP = 0xFFFF;
        public static final Provenance NONE = new Provenance(new Dictionary(), new int[0], 0, false, 0, 0, false, null, null);

        private final Dictionary words;
        /**
         * The sampled documents' numbers: narrow, the first number and then the gaps to the next,
         * two to an int (documents are numbered in input order, so a pair's sample rises, mostly
         * by less than {@value #NARROW_GAP}); when {@link #shape} says wide, one number per int. Then per language, in name order, its number and its
         * documents; then per slice, in date order, one narrow entry (number in the high bits,
         * windows in the low {@value #NARROW_SHIFT}) or, when {@link #shape} says wide, two ints
         * holding the long {@code number << 40 | windows}.
         */
        private final int[] data;
        /**
         * The sample size (low 10 bits), whether the sample and the slices are wide (bits 10
         * and 11) and the number of languages (bits 12 and up), in one int: a record's object
         * is 16 bytes smaller, 24 MB on 1.5 million pairs. The slices are what the array holds after.
         */
        private final int shape;
        private static final int SAMPLE_BITS = 10;
        private static final int WIDE_SAMPLE = 1 << SAMPLE_BITS;
        private static final int WIDE_SLICES = 2 << SAMPLE_BITS;
        private static final int LANGUAGE_SHIFT = SAMPLE_BITS + 2;
        private final String firstDate;
        private final String lastDate;

        /** A record with words of its own; a count of many pairs shares one {@link Dictionary} instead. */
        public Provenance(List<String> sampleDocuments, java.util.SortedMap<String, Integer> documentsByLanguage,
                          String firstDate, String lastDate,
                          java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice) {
            this(new Dictionary().provenance(sampleDocuments, documentsByLanguage, firstDate, lastDate, windowsBySlice));
        }

        private Provenance(Provenance made) {
            this.words = made.words;
            this.data = made.data;
            this.shape = made.shape;
            this.firstDate = made.firstDate;
            this.lastDate = made.lastDate;
        }

        /** Takes the array as it is: the layout of {@link #data}, languages by name, slices by date. */
        Provenance(Dictionary words, int[] data, int sampleSize, boolean wideSample, int languageCount, int sliceCount,
                   boolean wideSlices, String firstDate, String lastDate) {
            if (data.length != sampleInts(sampleSize, wideSample) + 2 * languageCount + (wideSlices ? 2 : 1) * sliceCount) {
                throw new IllegalArgumentException("the array does not hold " + sampleSize + " documents, "
                        + languageCount + " languages and " + sliceCount + " slices");
            }
            if (sampleSize >= 1 << SAMPLE_BITS || languageCount >= 1 << (Integer.SIZE - LANGUAGE_SHIFT)) {
                throw new IllegalArgumentException("a record holds fewer than " + (1 << SAMPLE_BITS) + " sampled documents and "
                        + (1 << (Integer.SIZE - LANGUAGE_SHIFT)) + " languages, not " + sampleSize + " and " + languageCount);
            }
            this.words = words;
            this.data = data;
            this.shape = sampleSize | (wideSample ? WIDE_SAMPLE : 0) | (wideSlices ? WIDE_SLICES : 0)
                    | languageCount << LANGUAGE_SHIFT;
            this.firstDate = firstDate;
            this.lastDate = lastDate;
        }

        private int sampleSize() {
            return shape & (WIDE_SAMPLE - 1);
        }

        private boolean wideSample() {
            return (shape & WIDE_SAMPLE) != 0;
        }

        private boolean wideSlices() {
            return (shape & WIDE_SLICES) != 0;
        }

        private int languageCount() {
            return shape >>> LANGUAGE_SHIFT;
        }

        private int languagesFrom() {
            return sampleInts(sampleSize(), wideSample());
        }

        private int slicesFrom() {
            return languagesFrom() + 2 * languageCount();
        }

        private int sliceCount() {
            return (data.length - slicesFrom()) / (wideSlices() ? 2 : 1);
        }

        /** The ints that a sample of {@code size} documents takes. */
        static int sampleInts(int size, boolean wide) {
            return wide || size == 0 ? size : 1 + size / 2;
        }

        /** Whether {@code count} document numbers from {@code from} fit a narrow sample. */
        static boolean sampleFitsNarrow(int[] numbers, int from, int count) {
            for (int i = from + 1; i < from + count; i++) {
                long gap = (long) numbers[i] - numbers[i - 1];
                if (gap < 0 || gap > NARROW_GAP) {
                    return false;
                }
            }
            return true;
        }

        /** Writes {@code count} document numbers from {@code from} at the start of {@code data}. */
        static void putSample(int[] data, int[] numbers, int from, int count, boolean wide) {
            if (wide) {
                System.arraycopy(numbers, from, data, 0, count);
                return;
            }
            if (count > 0) {
                data[0] = numbers[from];
            }
            for (int i = 1; i < count; i++) {
                data[1 + ((i - 1) >> 1)] |= (numbers[from + i] - numbers[from + i - 1]) << (((i - 1) & 1) * 16);
            }
        }

        /** Whether slice {@code number} with {@code windows} fits a narrow entry. */
        static boolean fitsNarrow(int number, long windows) {
            return number < NARROW_SLICES && windows < NARROW_WINDOWS;
        }

        static int narrowEntry(int number, long windows) {
            return number << NARROW_SHIFT | (int) windows;
        }

        static int narrowSlice(int entry) {
            return entry >>> NARROW_SHIFT;
        }

        static int narrowWindows(int entry) {
            return entry & (NARROW_WINDOWS - 1);
        }

        static long wideEntry(int number, long windows) {
            return ((long) number << SLICE_SHIFT) | (windows & WINDOWS_MASK);
        }

        static int wideSlice(long entry) {
            return (int) (entry >>> SLICE_SHIFT);
        }

        static long wideWindows(long entry) {
            return entry & WINDOWS_MASK;
        }

        /** The long that ints {@code at} and {@code at + 1} of {@code data} hold, high half first. */
        static long longAt(int[] data, int at) {
            return ((long) data[at] << 32) | (data[at + 1] & 0xFFFFFFFFL);
        }

        static void putLong(int[] data, int at, long value) {
            data[at] = (int) (value >>> 32);
            data[at + 1] = (int) value;
        }

        public List<String> sampleDocuments() {
            String[] sample = new String[sampleSize()];
            int number = 0;
            for (int i = 0; i < sampleSize(); i++) {
                if (wideSample()) {
                    number = data[i];
                } else if (i == 0) {
                    number = data[0];
                } else {
                    number += (data[1 + ((i - 1) >> 1)] >>> (((i - 1) & 1) * 16)) & NARROW_GAP;
                }
                sample[i] = words.id(number);
            }
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(sample));
        }

        public java.util.SortedMap<String, Integer> documentsByLanguage() {
            java.util.SortedMap<String, Integer> byLanguage = new java.util.TreeMap<>();
            int from = languagesFrom();
            for (int i = from; i < from + 2 * languageCount(); i += 2) {
                byLanguage.put(words.language(data[i]), data[i + 1]);
            }
            return java.util.Collections.unmodifiableSortedMap(byLanguage);
        }

        /** The supporting documents in {@code lang}; 0 when none. */
        public int documentsIn(String lang) {
            int from = languagesFrom();
            for (int i = from; i < from + 2 * languageCount(); i += 2) {
                if (words.language(data[i]).equals(lang)) {
                    return data[i + 1];
                }
            }
            return 0;
        }

        public String firstDate() {
            return firstDate;
        }

        public String lastDate() {
            return lastDate;
        }

        public java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice() {
            java.util.SortedMap<java.time.LocalDate, Long> bySlice = new java.util.TreeMap<>();
            int from = slicesFrom();
            int slices = sliceCount();
            for (int i = 0; i < slices; i++) {
                if (wideSlices()) {
                    long entry = longAt(data, from + 2 * i);
                    bySlice.put(words.slice(wideSlice(entry)), wideWindows(entry));
                } else {
                    int entry = data[from + i];
                    bySlice.put(words.slice(narrowSlice(entry)), (long) narrowWindows(entry));
                }
            }
            return java.util.Collections.unmodifiableSortedMap(bySlice);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Provenance that && sampleDocuments().equals(that.sampleDocuments())
                    && documentsByLanguage().equals(that.documentsByLanguage())
                    && java.util.Objects.equals(firstDate, that.firstDate) && java.util.Objects.equals(lastDate, that.lastDate)
                    && windowsBySlice().equals(that.windowsBySlice());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sampleDocuments(), documentsByLanguage(), firstDate, lastDate, windowsBySlice());
        }

        @Override
        public String toString() {
            return "Provenance[sampleDocuments=" + sampleDocuments() + ", documentsByLanguage=" + documentsByLanguage()
                    + ", firstDate=" + firstDate + ", lastDate=" + lastDate + ", windowsBySlice=" + windowsBySlice() + "]";
        }
    }

    /**
     * The numbered words of the provenance records of one count: document ids, languages and
     * time slices. Words are only added, never changed, so a record made earlier stays valid; not
     * thread-safe: one thread makes the records, others may read them once it has handed them over.
     */
    public static final class Dictionary {
        /**
         * The ids' characters end to end, and where each ends: a String per sampled document
         * took 56 bytes for an 11-character id, and a gigabyte of news samples 460,000 of them.
         * Characters, not UTF-8, so an id with a lone surrogate comes back as it was.
         */
        private char[] idChars = new char[1024];
        private int[] idEnds = new int[64];
        private int idCount;
        private final java.util.Map<String, Integer> idNumbers = new java.util.HashMap<>();
        private final List<String> languages = new java.util.ArrayList<>();
        private final java.util.Map<String, Integer> languageNumbers = new java.util.HashMap<>();
        private final List<java.time.LocalDate> slices = new java.util.ArrayList<>();
        private final java.util.Map<java.time.LocalDate, Integer> sliceNumbers = new java.util.HashMap<>();

        /**
         * The number of a document id not added before, without the lookup that {@link #provenance}
         * makes: a counter adds each document's id once, and a map of every id would cost more than
         * the ids.
         */
        int addNewId(String id) {
            int start = idCount == 0 ? 0 : idEnds[idCount - 1];
            int end = Math.addExact(start, id.length());
            if (end > idChars.length) {
                idChars = java.util.Arrays.copyOf(idChars, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max(end, 2L * idChars.length)));
            }
            if (idCount == idEnds.length) {
                idEnds = java.util.Arrays.copyOf(idEnds, idCount * 2);
            }
            id.getChars(0, id.length(), idChars, start);
            idEnds[idCount] = end;
            return idCount++;
        }

        /** Gives back the room kept for more ids; more may still be added. */
        void trim() {
            idChars = java.util.Arrays.copyOf(idChars, idCount == 0 ? 0 : idEnds[idCount - 1]);
            idEnds = java.util.Arrays.copyOf(idEnds, Math.max(1, idCount));
        }

        int languageNumber(String lang) {
            return languageNumbers.computeIfAbsent(lang, l -> {
                languages.add(l);
                return languages.size() - 1;
            });
        }

        int sliceNumber(java.time.LocalDate slice) {
            return sliceNumbers.computeIfAbsent(slice, s -> {
                slices.add(s);
                return slices.size() - 1;
            });
        }

        int languageCount() {
            return languages.size();
        }

        int sliceCount() {
            return slices.size();
        }

        String id(int number) {
            java.util.Objects.checkIndex(number, idCount);
            int start = number == 0 ? 0 : idEnds[number - 1];
            return new String(idChars, start, idEnds[number] - start);
        }

        String language(int number) {
            return languages.get(number);
        }

        java.time.LocalDate slice(int number) {
            return slices.get(number);
        }

        /** A record in this dictionary's words: a repeated document id is numbered once. */
        public Provenance provenance(List<String> sampleDocuments, java.util.SortedMap<String, Integer> documentsByLanguage,
                                     String firstDate, String lastDate,
                                     java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice) {
            int sampleSize = sampleDocuments.size();
            int[] slices = new int[windowsBySlice.size()];
            boolean wide = false;
            int n = 0;
            for (java.util.Map.Entry<java.time.LocalDate, Long> slice : windowsBySlice.entrySet()) {
                slices[n] = sliceNumber(slice.getKey());
                wide |= !Provenance.fitsNarrow(slices[n++], slice.getValue());
            }
            int[] numbers = new int[sampleSize];
            for (int i = 0; i < sampleSize; i++) {
                numbers[i] = idNumbers.computeIfAbsent(sampleDocuments.get(i), this::addNewId);
            }
            boolean wideSample = !Provenance.sampleFitsNarrow(numbers, 0, sampleSize);
            int[] data = new int[Provenance.sampleInts(sampleSize, wideSample) + 2 * documentsByLanguage.size()
                    + (wide ? 2 : 1) * slices.length];
            Provenance.putSample(data, numbers, 0, sampleSize, wideSample);
            int k = Provenance.sampleInts(sampleSize, wideSample);
            for (java.util.Map.Entry<String, Integer> language : documentsByLanguage.entrySet()) {
                data[k++] = languageNumber(language.getKey());
                data[k++] = language.getValue();
            }
            n = 0;
            for (long windows : windowsBySlice.values()) {
                if (wide) {
                    Provenance.putLong(data, k, Provenance.wideEntry(slices[n++], windows));
                    k += 2;
                } else {
                    data[k++] = Provenance.narrowEntry(slices[n++], windows);
                }
            }
            return new Provenance(this, data, sampleSize, wideSample, documentsByLanguage.size(), windowsBySlice.size(),
                    wide, firstDate, lastDate);
        }
    }
}
