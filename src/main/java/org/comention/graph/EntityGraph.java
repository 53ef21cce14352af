package org.comention.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comention.cooccurrence.Association;
import org.jgrapht.Graph;

/**
 * The co-occurrence network: an undirected, weighted, simple JGraphT graph whose vertices are
 * entity ids, with each vertex's attributes. Vertices and edges iterate in a fixed order (by
 * entity id, then by pair), which keeps every export byte-identical from run to run.
 */
public final class EntityGraph {
    private final Graph<String, CooccurrenceEdge> graph;
    private final Map<String, NodeAttributes> nodes;
    private final Association weight;

    EntityGraph(Graph<String, CooccurrenceEdge> graph, Map<String, NodeAttributes> nodes, Association weight) {
        this.graph = graph;
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.weight = weight;
    }

    /** The measure the edge weights are, or null for a graph read from a file (weights as written there). */
    public Association weight() {
        return weight;
    }

    /** The JGraphT graph; treat it as read-only. */
    public Graph<String, CooccurrenceEdge> graph() {
        return graph;
    }

    public NodeAttributes node(String id) {
        return nodes.get(id);
    }

    public Map<String, NodeAttributes> nodes() {
        return nodes;
    }

    public int nodeCount() {
        return graph.vertexSet().size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }
}
