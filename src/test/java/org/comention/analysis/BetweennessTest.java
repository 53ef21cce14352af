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

    /** Within 1e-9 everywhere, the same doubles almost everywhere (3,453 of these 3,612 scores). */
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
        // where two vertices at equal distance from a source settle in another order than in JGraphT's
        // pairing heap, a dependency's terms are added in another order: the last bits may differ
        assertTrue(exact > 0.9 * total, exact + " of " + total + " bit-identical");
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

    @Test
    void oneTwoAndFourThreadsGiveTheSameDoubles() {
        Random random = new Random(14);
        for (int round = 0; round < 6; round++) {
            // over 4 threads x 32 sources, so several batches are run and merged
            int n = 150 + random.nextInt(250);
            Graph<String, DefaultWeightedEdge> g = randomGraph(random, n, 2 + random.nextInt(6), round % 2 == 0 ? 1 : 5,
                    round == 3 ? 3 : 1, false);
            for (int samples : new int[] {0, n / 3}) {
                double[] one = values(g, new Betweenness(samples, 1).scores(g));
                assertArrayEquals(one, values(g, new Betweenness(samples, 2).scores(g)), "round " + round);
                assertArrayEquals(one, values(g, new Betweenness(samples, 4).scores(g)), "round " + round);
            }
        }
    }

    @Test
    void samplingEveryVertexOrMoreIsExact() {
        Graph<String, DefaultWeightedEdge> g = randomGraph(new Random(15), 80, 5, 4, 1, false);
        double[] exact = values(g, new Betweenness(0, 2).scores(g));
        assertArrayEquals(exact, values(g, new Betweenness(80, 2).scores(g)));
        assertArrayEquals(exact, values(g, new Betweenness(1000, 2).scores(g)));
        assertEquals(80, new Betweenness(1000, 1).sources(80));
        assertEquals(0.0, new Betweenness(80, 1).errorBound(80, 0.05));
    }

    @Test
    void aQuarterOfTheSourcesEstimatesWithinTheHoeffdingBound() {
        Random random = new Random(16);
        for (int round = 0; round < 4; round++) {
            int n = 400;
            Graph<String, DefaultWeightedEdge> g = randomGraph(random, n, 3 + round, 1 + 3 * round, 1, false);
            double[] exact = values(g, new Betweenness(0, 2).scores(g));
            Betweenness sampled = new Betweenness(n / 4, 2);
            double[] estimate = values(g, sampled.scores(g));
            assertArrayEquals(estimate, values(g, sampled.scores(g)), "the fixed seed makes the estimate reproducible");
            // for all n vertices at once, failure probability 0.05 split over them (union bound)
            double bound = sampled.errorBound(n, 0.05 / n);
            double meanError = 0;
            double maxError = 0;
            for (int v = 0; v < n; v++) {
                double error = Math.abs(estimate[v] - exact[v]);
                meanError += error / n;
                maxError = Math.max(maxError, error);
            }
            assertTrue(maxError <= bound, "max error " + maxError + " over the bound " + bound);
            double meanScore = java.util.Arrays.stream(exact).average().orElseThrow();
            assertTrue(meanError < 0.3 * meanScore, "mean absolute error " + meanError + ", mean score " + meanScore);
            // the estimate is unbiased: its total is close to the exact total
            double exactSum = java.util.Arrays.stream(exact).sum();
            double estimateSum = java.util.Arrays.stream(estimate).sum();
            assertEquals(exactSum, estimateSum, 0.1 * exactSum, "round " + round);
        }
    }

    @Test
    void theBoundIsHoeffdingsForScoresInZeroToNOverNMinusOne() {
        Betweenness b = new Betweenness(1000, 1);
        double n = 10_000;
        double eps = b.errorBound(10_000, 0.05);
        assertEquals(n / (n - 1) * Math.sqrt(Math.log(40) / 2000), eps, 1e-15);
        assertEquals(0.05, 2 * Math.exp(-2 * 1000 * eps * eps * (n - 1) * (n - 1) / (n * n)), 1e-12);
        assertEquals(0.043, eps, 0.0005);
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Betweenness(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Betweenness(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new HarmonicCloseness(0));
        assertThrows(IllegalArgumentException.class, () -> new Betweenness(10, 1).errorBound(100, 0));
    }

    @Test
    void negativeWeightsAreRefused() {
        Graph<String, DefaultWeightedEdge> g = randomGraph(new Random(17), 10, 4, 3, 1, false);
        g.setEdgeWeight(g.edgeSet().iterator().next(), -2);
        assertThrows(IllegalArgumentException.class, () -> new Betweenness().scores(g));
    }
}
