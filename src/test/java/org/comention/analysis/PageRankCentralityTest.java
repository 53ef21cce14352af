package org.comention.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** PageRank against networkx on Les Misérables (fixtures/lesmis: the data and how the reference was made). */
class PageRankCentralityTest {
    private static final Path LESMIS = Path.of("src/test/resources/fixtures/lesmis");

    @Test
    void weightedPageRankOfLesMiserablesIsNetworkxs() throws IOException {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String line : Files.readAllLines(LESMIS.resolve("edges.csv")).subList(1, 255)) {
            String[] cells = line.split(",");
            graph.addVertex(cells[0]);
            graph.addVertex(cells[1]);
            graph.setEdgeWeight(graph.addEdge(cells[0], cells[1]), Double.parseDouble(cells[2]));
        }
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LESMIS.resolve("pagerank-networkx.csv")).subList(1, 78)) {
            String[] cells = line.split(",");
            expected.put(cells[0], Double.parseDouble(cells[1]));
        }
        assertEquals(77, graph.vertexSet().size());
        assertEquals(254, graph.edgeSet().size());

        Map<String, Double> scores = new PageRankCentrality().scores(graph);
        for (Map.Entry<String, Double> node : expected.entrySet()) {
            assertEquals(node.getValue(), scores.get(node.getKey()), 1e-8, node.getKey());
        }
        List<String> top = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(Map.Entry::getKey).toList();
        assertEquals(List.copyOf(expected.keySet()).subList(0, 10), top);
    }
}
