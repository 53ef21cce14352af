package org.comention.graph;

import java.util.Arrays;
import org.comention.cooccurrence.Association;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * An undirected co-occurrence edge: its weight (the graph's edge weight) is the association
 * measure chosen for the run, the number of shared windows by default; {@code documents} counts
 * the documents that support it; {@link #association} gives every measure when the edge was
 * counted from text (not when it was read from a GraphML file).
 */
public final class CooccurrenceEdge extends DefaultWeightedEdge {
    private static final long serialVersionUID = 1L;

    private final int documents;
    private final double[] associations;
    private final CooccurrenceCounts.Provenance provenance;
    private final java.util.SortedMap<String, Long> windowWeights;

    public CooccurrenceEdge(int documents) {
        this(documents, null, CooccurrenceCounts.Provenance.NONE, new java.util.TreeMap<>());
    }

    /**
     * @param associations one value per {@link Association}, in declaration order, or null
     * @param provenance   where the pair was seen
     * @param windowWeights shared windows under each window kind of the run, or empty
     */
    public CooccurrenceEdge(int documents, double[] associations, CooccurrenceCounts.Provenance provenance,
                            java.util.SortedMap<String, Long> windowWeights) {
        this.documents = documents;
        this.associations = associations == null ? null : associations.clone();
        this.provenance = provenance;
        // most runs count one window kind: one shared empty map, not an empty TreeMap per edge
        this.windowWeights = windowWeights.isEmpty() ? java.util.Collections.emptySortedMap()
                : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(windowWeights));
    }

    /** Shared windows per window kind when a run counted several (document, sentence, ...); else empty. */
    public java.util.SortedMap<String, Long> windowWeights() {
        return windowWeights;
    }

    public CooccurrenceCounts.Provenance provenance() {
        return provenance;
    }

    public int documents() {
        return documents;
    }

    public boolean hasAssociations() {
        return associations != null;
    }

    /** The value of {@code measure}; NaN when the edge carries no measures. */
    public double association(Association measure) {
        return associations == null ? Double.NaN : associations[measure.ordinal()];
    }

    @Override
    public String toString() {
        return "CooccurrenceEdge" + Arrays.toString(associations);
    }
}
