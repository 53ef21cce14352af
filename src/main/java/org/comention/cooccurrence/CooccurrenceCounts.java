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

    /** An entity's totals: {@code windows} counts the windows it appears in. */
    public record NodeCount(int entity, long mentions, int documents, long windows) {

        /** Totals with one window per document, as the document window has. */
        public NodeCount(int entity, long mentions, int documents) {
            this(entity, mentions, documents, documents);
        }
    }

    /** A pair's totals: {@code windows} is the co-occurrence weight. */
    public record PairCount(int a, int b, long windows, int documents) {
    }
}
