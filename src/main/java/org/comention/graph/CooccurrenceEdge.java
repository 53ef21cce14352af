package org.comention.graph;

import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * An undirected co-occurrence edge: its weight (the graph's edge weight) counts shared windows;
 * {@code documents} counts the documents that support it.
 */
public final class CooccurrenceEdge extends DefaultWeightedEdge {
    private static final long serialVersionUID = 1L;

    private final int documents;

    public CooccurrenceEdge(int documents) {
        this.documents = documents;
    }

    public int documents() {
        return documents;
    }
}
