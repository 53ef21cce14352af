package org.comention.graph;

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

    /** No window counts: the edge was read from a file, not counted. */
    private static final long UNCOUNTED = -1;

    private final int documents;
    // the counts each measure is computed from, when asked: four longs take half the memory of
    // the six measures, and a dense graph has millions of edges
    private final long shared;
    private final long windowsA;
    private final long windowsB;
    private final long allWindows;
    private final CooccurrenceCounts.Provenance provenance;
    private final java.util.SortedMap<String, Long> windowWeights;

    public CooccurrenceEdge(int documents) {
        this(documents, UNCOUNTED, 0, 0, 0, CooccurrenceCounts.Provenance.NONE, new java.util.TreeMap<>());
    }

    /**
     * @param shared        windows that hold both ends; with {@code windowsA}, {@code windowsB}
     *                      (windows holding each end) and {@code allWindows} (every window of the
     *                      run), what each {@link Association} is computed from
     * @param provenance    where the pair was seen
     * @param windowWeights shared windows under each window kind of the run, or empty
     */
    public CooccurrenceEdge(int documents, long shared, long windowsA, long windowsB, long allWindows,
                            CooccurrenceCounts.Provenance provenance, java.util.SortedMap<String, Long> windowWeights) {
        this.documents = documents;
        this.shared = shared;
        this.windowsA = windowsA;
        this.windowsB = windowsB;
        this.allWindows = allWindows;
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
        return shared != UNCOUNTED;
    }

    /** The value of {@code measure}; NaN when the edge carries no measures. */
    public double association(Association measure) {
        return hasAssociations() ? measure.of(shared, windowsA, windowsB, allWindows) : Double.NaN;
    }

    @Override
    public String toString() {
        if (!hasAssociations()) {
            return "CooccurrenceEdge[]";
        }
        StringBuilder text = new StringBuilder("CooccurrenceEdge[");
        for (Association measure : Association.values()) {
            text.append(measure.ordinal() == 0 ? "" : ", ").append(association(measure));
        }
        return text.append(']').toString();
    }
}
