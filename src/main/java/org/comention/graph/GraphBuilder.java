package org.comention.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Turns counts into an {@link EntityGraph}: one node per mentioned entity (kept even when all its
 * edges are filtered away, so its mentions still show), one edge per pair whose weight reaches
 * {@code minWeight}.
 */
public final class GraphBuilder {
    private final double minWeight;

    public GraphBuilder(double minWeight) {
        if (!(minWeight >= 0) || Double.isInfinite(minWeight)) {
            throw new IllegalArgumentException("min weight must be a number >= 0, not " + minWeight);
        }
        this.minWeight = minWeight;
    }

    public EntityGraph build(CooccurrenceCounts counts, Gazetteer gazetteer) {
        Graph<String, CooccurrenceEdge> graph = new SimpleWeightedGraph<>(null, null);
        Map<String, NodeAttributes> nodes = new LinkedHashMap<>();
        for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
            Entity entity = gazetteer.entity(node.entity());
            graph.addVertex(entity.id());
            nodes.put(entity.id(), new NodeAttributes(entity.id(), entity.label(), entity.type().name(),
                    entity.wikidata(), node.mentions(), node.documents()));
        }
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            if (pair.windows() < minWeight) {
                continue;
            }
            CooccurrenceEdge edge = new CooccurrenceEdge(pair.documents());
            graph.addEdge(gazetteer.entity(pair.a()).id(), gazetteer.entity(pair.b()).id(), edge);
            graph.setEdgeWeight(edge, pair.windows());
        }
        return new EntityGraph(graph, nodes);
    }
}
