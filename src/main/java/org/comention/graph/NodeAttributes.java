package org.comention.graph;

/**
 * What a node carries besides its id: label, entity type and Wikidata id ({@code null} when
 * unknown), and how often and in how many documents the entity was mentioned (0 when the graph
 * was read from a file that did not say), and the time slices of the dated documents naming it.
 */
public record NodeAttributes(String id, String label, String type, String wikidata, long mentions, int documents,
                             java.util.SortedSet<java.time.LocalDate> slices) {

    public NodeAttributes {
        slices = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(slices));
    }

    public NodeAttributes(String id, String label, String type, String wikidata, long mentions, int documents) {
        this(id, label, type, wikidata, mentions, documents, new java.util.TreeSet<>());
    }
}
