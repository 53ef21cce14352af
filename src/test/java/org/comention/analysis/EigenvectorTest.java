package org.comention.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** The array-based power iteration gives the doubles of the JGraphT-based one it replaced. */
class EigenvectorTest {

    @Test
    void equalsTheJGraphTBasedIterationOnRandomGraphs() {
        Random random = new Random(13);
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(150);
            Graph<String, DefaultWeightedEdge> g = BetweennessTest.randomGraph(random, n, random.nextInt(9),
                    1 + random.nextInt(7), round % 3 == 1 ? 3 : 1, round % 4 == 3);
            if (round % 8 == 7) {
                g.setEdgeWeight(g.addEdge("v0", "v0"), 2.0); // a self-loop, which GraphML from elsewhere may have
            }
            Map<String, Double> expected = new JGraphTEigenvector().scores(g);
            Map<String, Double> actual = new Eigenvector().scores(g);
            assertArrayEquals(g.vertexSet().stream().mapToDouble(expected::get).toArray(),
                    g.vertexSet().stream().mapToDouble(actual::get).toArray(), "round " + round);
        }
    }
}
