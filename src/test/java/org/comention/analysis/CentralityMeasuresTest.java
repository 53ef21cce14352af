package org.comention.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class CentralityMeasuresTest {
    private static final double EPS = 1e-9;

    private static Graph<String, DefaultWeightedEdge> graph(Object... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < edges.length; i += 3) {
            String a = (String) edges[i];
            String b = (String) edges[i + 1];
            g.addVertex(a);
            g.addVertex(b);
            g.setEdgeWeight(g.addEdge(a, b), ((Number) edges[i + 2]).doubleValue());
        }
        return g;
    }

    /** A star: hub h joined to three leaves. */
    private static Graph<String, DefaultWeightedEdge> star() {
        return graph("h", "a", 1, "h", "b", 1, "h", "c", 1);
    }

    @Test
    void degreeCountsNeighboursAndWeightedDegreeSumsWeights() {
        Graph<String, DefaultWeightedEdge> g = graph("a", "b", 5, "a", "c", 2);
        assertEquals(2.0, new Degree().scores(g).get("a"));
        assertEquals(1.0, new Degree().scores(g).get("b"));
        assertEquals(7.0, new WeightedDegree().scores(g).get("a"));
        assertEquals(2.0, new WeightedDegree().scores(g).get("c"));
    }

    @Test
    void betweennessOfAStarHubIsOneAndOfLeavesZero() {
        Map<String, Double> scores = new Betweenness().scores(star());
        assertEquals(1.0, scores.get("h"), EPS, "the hub is on every leaf-to-leaf path");
        assertEquals(0.0, scores.get("a"), EPS);
    }

    @Test
    void betweennessReadsHeavyEdgesAsShortDistances() {
        // a-b and b-c co-occur 10 times, a-c once: the strong route a-b-c is "shorter" than a-c
        Graph<String, DefaultWeightedEdge> g = graph("a", "b", 10, "b", "c", 10, "a", "c", 1);
        Map<String, Double> scores = new Betweenness().scores(g);
        assertEquals(1.0, scores.get("b"), EPS);
        assertEquals(0.0, scores.get("a"), EPS);
    }

    @Test
    void harmonicClosenessOnDistancesOneOverWeight() {
        Map<String, Double> scores = new HarmonicCloseness().scores(star());
        assertEquals(1.0, scores.get("h"), EPS, "distance 1 to each of 3 others: (1+1+1)/3");
        assertEquals((1 + 0.5 + 0.5) / 3, scores.get("a"), EPS);
        Map<String, Double> heavy = new HarmonicCloseness().scores(graph("a", "b", 4));
        assertEquals(4.0, heavy.get("a"), EPS, "weight 4 is distance 1/4");
    }

    @Test
    void harmonicClosenessStaysDefinedOnADisconnectedGraph() {
        Graph<String, DefaultWeightedEdge> g = graph("a", "b", 1, "c", "d", 1);
        Map<String, Double> scores = new HarmonicCloseness().scores(g);
        assertEquals(1.0 / 3, scores.get("a"), EPS, "one reachable vertex at distance 1, three others");
    }

    @Test
    void pageRankSumsToOneAndFavoursTheHub() {
        Map<String, Double> scores = new PageRankCentrality().scores(star());
        assertEquals(1.0, scores.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertTrue(scores.get("h") > scores.get("a"));
        assertEquals(scores.get("a"), scores.get("b"), 1e-9, "symmetric leaves score alike");
    }

    @Test
    void pageRankFollowsWeights() {
        Graph<String, DefaultWeightedEdge> g = graph("a", "b", 9, "a", "c", 1, "b", "c", 1);
        Map<String, Double> scores = new PageRankCentrality().scores(g);
        assertTrue(scores.get("b") > scores.get("c"), "b has the heavy tie to a");
    }

    @Test
    void eigenvectorOfAStarIsTheLeadingEigenvector() {
        // A star is bipartite: plain power iteration would oscillate and return its start vector
        Map<String, Double> scores = new Eigenvector().scores(star());
        assertEquals(1 / Math.sqrt(2), scores.get("h"), 1e-6);
        assertEquals(1 / Math.sqrt(6), scores.get("a"), 1e-6);
    }

    @Test
    void everyMeasureCopesWithAnEmptyGraphAndIsolatedVertices() {
        Graph<String, DefaultWeightedEdge> empty = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Graph<String, DefaultWeightedEdge> lonely = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        lonely.addVertex("x");
        for (CentralityMeasure measure : CentralityMeasures.all()) {
            assertTrue(measure.scores(empty).isEmpty(), measure.name());
            double score = measure.scores(lonely).getOrDefault("x", 0.0);
            assertTrue(Double.isFinite(score), measure.name());
        }
    }

    @Test
    void scoresAreFiniteAndNonNegativeOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            int n = 2 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                g.addVertex("v" + i);
            }
            for (int i = 0; i < n * 2; i++) {
                String a = "v" + random.nextInt(n);
                String b = "v" + random.nextInt(n);
                if (!a.equals(b) && !g.containsEdge(a, b)) {
                    g.setEdgeWeight(g.addEdge(a, b), 1 + random.nextInt(9));
                }
            }
            for (CentralityMeasure measure : CentralityMeasures.all()) {
                Map<String, Double> scores = measure.scores(g);
                assertEquals(n, scores.size(), measure.name());
                for (double s : scores.values()) {
                    assertTrue(Double.isFinite(s) && s >= -1e-12, measure.name() + " gave " + s);
                }
                if (measure instanceof Betweenness) {
                    scores.values().forEach(s -> assertTrue(s <= 1 + 1e-9, "normalised betweenness " + s));
                }
            }
        }
    }

    @Test
    void measuresAreFoundByNameWithDashesOrCase() {
        assertEquals("weighted_degree", CentralityMeasures.byName("Weighted-Degree").name());
        assertEquals(6, CentralityMeasures.all().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CentralityMeasures.byName("fame"));
        assertTrue(e.getMessage().contains("betweenness"), "the message lists the choices");
    }

    @Test
    void rankingsOrderByScoreThenId() {
        Graph<String, DefaultWeightedEdge> g = graph("h", "b", 1, "h", "a", 1, "h", "c", 1);
        Rankings rankings = Rankings.compute(g, CentralityMeasures.all());
        List<Integer> order = rankings.order(new Degree());
        List<String> ids = order.stream().map(rankings.vertices()::get).toList();
        assertEquals(List.of("h", "a", "b", "c"), ids);
    }
}
