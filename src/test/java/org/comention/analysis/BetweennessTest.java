package org.comention.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

/** The array-based, parallel Brandes and harmonic closeness against JGraphT's, and the sampled estimate. */
class BetweennessTest {

    /**
     * A seeded random graph: n vertices, about {@code degree * n / 2} edges, weights 1..maxWeight
     * (maxWeight 1: all equal, so many equal-length paths), optionally in {@code parts} components.
     */
    static Graph<String, DefaultWeightedEdge> randomGraph(Random random, int n, double degree, int maxWeight, int parts,
                                                          boolean multigraph) {
        Graph<String, DefaultWeightedEdge> g = multigraph ? new WeightedPseudograph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex("v" + i);
        }
        long edges = Math.round(degree * n / 2);
        for (long e = 0; e < edges; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (parts > 1) {
                b = b - b % parts + a % parts; // same component as a: same index mod parts
                if (b >= n) {
                    b -= parts;
                }
            }
            if (b < 0 || a == b || (!multigraph && g.containsEdge("v" + a, "v" + b))) {
                continue;
            }
            g.setEdgeWeight(g.addEdge("v" + a, "v" + b), 1 + random.nextInt(maxWeight));
        }
        return g;
    }

    private static <V, E> double[] jgrapht(Graph<V, E> g) {
        int n = g.vertexSet().size();
        Map<V, Double> raw = new BetweennessCentrality<>(Distances.inverseWeights(g), false).getScores();
        double pairs = n > 2 ? (n - 1) * (double) (n - 2) / 2.0 : 1.0;
        return g.vertexSet().stream().mapToDouble(v -> raw.get(v) / pairs).toArray();
    }

    private static <V> double[] values(Graph<V, ?> g, Map<V, Double> scores) {
        return g.vertexSet().stream().mapToDouble(scores::get).toArray();
    }

    @Test
    void agreesWithJGraphTOnRandomGraphs() {
        Random random = new Random(11);
        int exact = 0;
        int total = 0;
        for (int round = 0; round < 60; round++) {
            int n = 2 + random.nextInt(120);
            int maxWeight = round % 3 == 0 ? 1 : 1 + random.nextInt(6);
            int parts = round % 4 == 1 ? 2 + random.nextInt(3) : 1;
            Graph<String, DefaultWeightedEdge> g = randomGraph(random, n, 1 + random.nextInt(8), maxWeight, parts, round % 5 == 2);
            double[] expected = jgrapht(g);
            double[] actual = values(g, new Betweenness(0, 1 + round % 3).scores(g));
            for (int v = 0; v < n; v++) {
                assertEquals(expected[v], actual[v], 1e-9, "round " + round + " vertex " + v);
                total++;
                if (expected[v] == actual[v]) {
                    exact++;
                }
            }
        }
        System.out.println("bit-identical to JGraphT: " + exact + " of " + total);
    }

    @Test
    void harmonicClosenessEqualsJGraphTsDoubles() {
        Random random = new Random(12);
        for (int round = 0; round < 30; round++) {
            int n = 1 + random.nextInt(100);
            Graph<String, DefaultWeightedEdge> g = randomGraph(random, n, 1 + random.nextInt(6), 1 + random.nextInt(5),
                    round % 3 == 1 ? 3 : 1, round % 4 == 3);
            Map<String, Double> raw = new HarmonicCentrality<>(Distances.inverseWeights(g), false, true).getScores();
            double[] expected = g.vertexSet().stream().mapToDouble(v -> raw.get(v).isNaN() ? 0.0 : raw.get(v)).toArray();
            for (int threads : new int[] {1, 2, 4}) {
                assertArrayEquals(expected, values(g, new HarmonicCloseness(threads).scores(g)), "round " + round);
            }
        }
    }
}
