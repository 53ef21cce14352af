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
     * <p>Held in arrays, not maps: a dense graph has millions of pairs, and a TreeMap per pair
     * for languages and another for time slices cost more memory than everything else of a run.
     * The maps are made when asked for.
     */
    public static final class Provenance {
        public static final int SAMPLE = 20;
        private static final String[] NO_STRINGS = {};
        private static final java.time.LocalDate[] NO_SLICES = {};
        public static final Provenance NONE = new Provenance(NO_STRINGS, NO_STRINGS, new int[0], null, null,
                NO_SLICES, new long[0]);

        private final String[] sample;
        private final String[] languages;
        private final int[] languageDocuments;
        private final String firstDate;
        private final String lastDate;
        private final java.time.LocalDate[] slices;
        private final long[] sliceWindows;

        public Provenance(List<String> sampleDocuments, java.util.SortedMap<String, Integer> documentsByLanguage,
                          String firstDate, String lastDate,
                          java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice) {
            this(sampleDocuments.toArray(NO_STRINGS), documentsByLanguage.keySet().toArray(NO_STRINGS),
                    documentsByLanguage.values().stream().mapToInt(Integer::intValue).toArray(), firstDate, lastDate,
                    windowsBySlice.keySet().toArray(NO_SLICES),
                    windowsBySlice.values().stream().mapToLong(Long::longValue).toArray());
        }

        /** Takes the arrays as they are: languages and slices sorted, each with its count at the same index. */
        Provenance(String[] sample, String[] languages, int[] languageDocuments, String firstDate, String lastDate,
                   java.time.LocalDate[] slices, long[] sliceWindows) {
            if (languages.length != languageDocuments.length || slices.length != sliceWindows.length) {
                throw new IllegalArgumentException("every language and slice needs its count");
            }
            this.sample = sample;
            this.languages = languages;
            this.languageDocuments = languageDocuments;
            this.firstDate = firstDate;
            this.lastDate = lastDate;
            this.slices = slices;
            this.sliceWindows = sliceWindows;
        }

        public List<String> sampleDocuments() {
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(sample));
        }

        public java.util.SortedMap<String, Integer> documentsByLanguage() {
            java.util.SortedMap<String, Integer> byLanguage = new java.util.TreeMap<>();
            for (int i = 0; i < languages.length; i++) {
                byLanguage.put(languages[i], languageDocuments[i]);
            }
            return java.util.Collections.unmodifiableSortedMap(byLanguage);
        }

        /** The supporting documents in {@code lang}; 0 when none. */
        public int documentsIn(String lang) {
            int i = java.util.Arrays.binarySearch(languages, lang);
            return i >= 0 ? languageDocuments[i] : 0;
        }

        public String firstDate() {
            return firstDate;
        }

        public String lastDate() {
            return lastDate;
        }

        public java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice() {
            java.util.SortedMap<java.time.LocalDate, Long> bySlice = new java.util.TreeMap<>();
            for (int i = 0; i < slices.length; i++) {
                bySlice.put(slices[i], sliceWindows[i]);
            }
            return java.util.Collections.unmodifiableSortedMap(bySlice);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Provenance that && java.util.Arrays.equals(sample, that.sample)
                    && java.util.Arrays.equals(languages, that.languages)
                    && java.util.Arrays.equals(languageDocuments, that.languageDocuments)
                    && java.util.Objects.equals(firstDate, that.firstDate) && java.util.Objects.equals(lastDate, that.lastDate)
                    && java.util.Arrays.equals(slices, that.slices) && java.util.Arrays.equals(sliceWindows, that.sliceWindows);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(java.util.Arrays.hashCode(sample), java.util.Arrays.hashCode(languages),
                    java.util.Arrays.hashCode(languageDocuments), firstDate, lastDate,
                    java.util.Arrays.hashCode(slices), java.util.Arrays.hashCode(sliceWindows));
        }

        @Override
        public String toString() {
            return "Provenance[sampleDocuments=" + sampleDocuments() + ", documentsByLanguage=" + documentsByLanguage()
                    + ", firstDate=" + firstDate + ", lastDate=" + lastDate + ", windowsBySlice=" + windowsBySlice() + "]";
        }
    }
}
