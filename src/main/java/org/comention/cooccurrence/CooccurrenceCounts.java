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
     * compare as text, so ISO 8601 dates order correctly; null when no document had one).
     */
    public record Provenance(List<String> sampleDocuments, java.util.SortedMap<String, Integer> documentsByLanguage,
                             String firstDate, String lastDate, java.util.SortedMap<java.time.LocalDate, Long> windowsBySlice) {
        public static final int SAMPLE = 20;
        public static final Provenance NONE = new Provenance(List.of(), new java.util.TreeMap<>(), null, null,
                new java.util.TreeMap<>());

        public Provenance {
            sampleDocuments = List.copyOf(sampleDocuments);
            documentsByLanguage = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(documentsByLanguage));
            windowsBySlice = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(windowsBySlice));
        }
    }
}
