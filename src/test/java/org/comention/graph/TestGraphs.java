package org.comention.graph;

import java.io.IOException;
import java.util.List;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.cooccurrence.CooccurrenceCounts.NodeCount;
import org.comention.cooccurrence.CooccurrenceCounts.PairCount;
import org.comention.entity.Gazetteer;
import org.comention.entity.TestGazetteers;

/** Small graphs over the fixture gazetteer, for the graph, analysis and export tests. */
public final class TestGraphs {
    private TestGraphs() {
    }

    /**
     * Entities of the fixture gazetteer (sorted by id: 0 antony-blinken, 1 jens-stoltenberg,
     * 2 nato, 3 russia, 4 ukraine, 5 united-states, 6 vladimir-putin): a NATO-centred graph with
     * one isolated node (Putin).
     */
    public static EntityGraph natoStar() throws IOException {
        Gazetteer gazetteer = TestGazetteers.fixture();
        CooccurrenceCounts counts = new CooccurrenceCounts(
                List.of(new NodeCount(0, 3, 2), new NodeCount(1, 7, 4), new NodeCount(2, 9, 5),
                        new NodeCount(4, 6, 5), new NodeCount(6, 1, 1)),
                List.of(new PairCount(0, 1, 2, 2), new PairCount(1, 2, 4, 4), new PairCount(1, 4, 4, 4),
                        new PairCount(2, 4, 5, 5), new PairCount(0, 2, 1, 1)),
                5, 5);
        return new GraphBuilder(1).build(counts, gazetteer);
    }

    /**
     * The complete graph on {@code n} entities {@code n000, n001, ...}, edges added in order
     * (i, j) for i < j, the weight of each {@code 1 + (i * j) % 17}: many ties, for the caps.
     */
    public static EntityGraph complete(int n) {
        org.jgrapht.Graph<String, CooccurrenceEdge> graph = new org.jgrapht.graph.SimpleWeightedGraph<>(null, null);
        java.util.Map<String, NodeAttributes> nodes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = String.format(java.util.Locale.ROOT, "n%03d", i);
            graph.addVertex(id);
            nodes.put(id, new NodeAttributes(id, "Entity " + i, "ORG", null, 1, 1));
        }
        List<String> ids = List.copyOf(nodes.keySet());
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                CooccurrenceEdge edge = new CooccurrenceEdge(1);
                graph.addEdge(ids.get(i), ids.get(j), edge);
                graph.setEdgeWeight(edge, 1 + (i * j) % 17);
            }
        }
        return new EntityGraph(graph, nodes, null);
    }
}
