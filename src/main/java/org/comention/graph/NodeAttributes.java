package org.comention.graph;

/**
 * What a node carries besides its id: label, entity type and Wikidata id ({@code null} when
 * unknown), and how often and in how many documents the entity was mentioned (0 when the graph
 * was read from a file that did not say), the time slices of the dated documents naming it, and
 * where the entity comes from ({@code origin}: gazetteer or discovered) with the run's
 * {@code confidence} in it (1 for the gazetteer's).
 */
public record NodeAttributes(String id, String label, String type, String wikidata, long mentions, int documents,
                             java.util.SortedSet<java.time.LocalDate> slices, String origin, double confidence) {
    /** The origin of a gazetteer entity, and of a node read from a file that did not say. */
    public static final String GAZETTEER = "gazetteer";

    public NodeAttributes {
        slices = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(slices));
        java.util.Objects.requireNonNull(origin, "origin");
    }

    public NodeAttributes(String id, String label, String type, String wikidata, long mentions, int documents,
                          java.util.SortedSet<java.time.LocalDate> slices) {
        this(id, label, type, wikidata, mentions, documents, slices, GAZETTEER, 1.0);
    }

    public NodeAttributes(String id, String label, String type, String wikidata, long mentions, int documents) {
        this(id, label, type, wikidata, mentions, documents, new java.util.TreeSet<>());
    }

    /** Whether the node is an entity discovery found, not one a gazetteer listed. */
    public boolean discovered() {
        return !GAZETTEER.equals(origin);
    }
}
