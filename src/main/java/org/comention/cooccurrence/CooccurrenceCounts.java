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
     * <p>One array of longs per pair, its words (document ids, languages, slices) numbered in a
     * {@link Dictionary} that every pair of a count shares: a dense graph has millions of pairs,
     * and a list of ids, an array of languages and one of slices per pair took 420 bytes a pair, more
     * than the graph itself (1.5 million pairs: 640 MB); this takes about 250. The lists and maps
     * are made when asked for.
     */
    public static final class Provenance {
        public static final int SAMPLE = 20;
        private static final int SLICE_SHIFT = 40;
        private static final long WINDOWS_MASK = (1L << SLICE_SHIFT) - 1;
        public static final Provenance NONE = new Provenance(new Dictionary(), new long[0], 0, 0, 0, null, null);

        private final Dictionary words;
        /**
         * The sampled documents' numbers, two to a long; then per language, in name order, its
         * number (high half) and documents (low half); then per slice, in date order, its number
         * (bits 40 and up) and windows.
         */
        private final long[] data;
        private final int sampleSize;
        private final int languageCount;
        private final int sliceCount;
        private final String firstDate;
        private final String lastDate;

        /** A record with words of its own; a count of many pairs shares one {@link Dictionary} instead. */
        public Provenance(List<String> sampleDocuments, java.util.SortedMap<String, Integer> documentsByLanguage,
                          String firstDate, String lastDate,
                          java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice) {
            this(new Dictionary().provenance(sampleDocuments, documentsByLanguage, firstDate, lastDate, windowsBySlice));
        }

        private Provenance(Provenance made) {
            this(made.words, made.data, made.sampleSize, made.languageCount, made.sliceCount, made.firstDate, made.lastDate);
        }

        /** Takes the array as it is: the layout of {@link #data}, languages by name, slices by date. */
        Provenance(Dictionary words, long[] data, int sampleSize, int languageCount, int sliceCount,
                   String firstDate, String lastDate) {
            if (data.length != sampleLongs(sampleSize) + languageCount + sliceCount) {
                throw new IllegalArgumentException("the array does not hold " + sampleSize + " documents, "
                        + languageCount + " languages and " + sliceCount + " slices");
            }
            this.words = words;
            this.data = data;
            this.sampleSize = sampleSize;
            this.languageCount = languageCount;
            this.sliceCount = sliceCount;
            this.firstDate = firstDate;
            this.lastDate = lastDate;
        }

        static int sampleLongs(int sampleSize) {
            return (sampleSize + 1) >> 1;
        }

        static long languageEntry(int language, int documents) {
            return ((long) language << 32) | (documents & 0xFFFFFFFFL);
        }

        static long sliceEntry(int slice, long windows) {
            return ((long) slice << SLICE_SHIFT) | (windows & WINDOWS_MASK);
        }

        public List<String> sampleDocuments() {
            String[] sample = new String[sampleSize];
            for (int i = 0; i < sampleSize; i++) {
                sample[i] = words.id((int) (data[i >> 1] >>> ((i & 1) * 32)));
            }
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(sample));
        }

        public java.util.SortedMap<String, Integer> documentsByLanguage() {
            java.util.SortedMap<String, Integer> byLanguage = new java.util.TreeMap<>();
            int from = sampleLongs(sampleSize);
            for (int i = from; i < from + languageCount; i++) {
                byLanguage.put(words.language((int) (data[i] >>> 32)), (int) data[i]);
            }
            return java.util.Collections.unmodifiableSortedMap(byLanguage);
        }

        /** The supporting documents in {@code lang}; 0 when none. */
        public int documentsIn(String lang) {
            int from = sampleLongs(sampleSize);
            for (int i = from; i < from + languageCount; i++) {
                if (words.language((int) (data[i] >>> 32)).equals(lang)) {
                    return (int) data[i];
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
            int from = sampleLongs(sampleSize) + languageCount;
            for (int i = from; i < from + sliceCount; i++) {
                bySlice.put(words.slice((int) (data[i] >>> SLICE_SHIFT)), data[i] & WINDOWS_MASK);
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
        private final List<String> ids = new java.util.ArrayList<>();
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
            ids.add(id);
            return ids.size() - 1;
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
            return ids.get(number);
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
            long[] data = new long[Provenance.sampleLongs(sampleSize) + documentsByLanguage.size() + windowsBySlice.size()];
            for (int i = 0; i < sampleSize; i++) {
                int number = idNumbers.computeIfAbsent(sampleDocuments.get(i), this::addNewId);
                data[i >> 1] |= (number & 0xFFFFFFFFL) << ((i & 1) * 32);
            }
            int k = Provenance.sampleLongs(sampleSize);
            for (java.util.Map.Entry<String, Integer> language : documentsByLanguage.entrySet()) {
                data[k++] = Provenance.languageEntry(languageNumber(language.getKey()), language.getValue());
            }
            for (java.util.Map.Entry<java.time.LocalDate, Long> slice : windowsBySlice.entrySet()) {
                data[k++] = Provenance.sliceEntry(sliceNumber(slice.getKey()), slice.getValue());
            }
            return new Provenance(this, data, sampleSize, documentsByLanguage.size(), windowsBySlice.size(),
                    firstDate, lastDate);
        }
    }
}
