package org.comention.graph;

import java.util.Arrays;
import org.comention.cooccurrence.Association;
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

    public CooccurrenceEdge(int documents) {
        this(documents, null);
    }

    /** @param associations one value per {@link Association}, in declaration order, or null */
    public CooccurrenceEdge(int documents, double[] associations) {
        this.documents = documents;
        this.associations = associations == null ? null : associations.clone();
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
