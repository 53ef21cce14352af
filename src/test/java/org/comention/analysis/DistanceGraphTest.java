package org.comention.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** The frontier scan for dense graphs settles vertices exactly as the heap does. */
class DistanceGraphTest {

    @Test
    void theScanAndTheHeapSettleTheSameVerticesInTheSameOrderWithTheSamePaths() {
        Random random = new Random(21);
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(60);
            // weight 1 everywhere in some rounds: many equal distances, where only the tie rule decides
            int maxWeight = round % 3 == 0 ? 1 : 1 + random.nextInt(4);
            Graph<String, DefaultWeightedEdge> g = BetweennessTest.randomGraph(random, n, 1 + random.nextInt(n),
                    maxWeight, round % 5 == 1 ? 3 : 1, round % 4 == 2);
            DistanceGraph<String> distances = DistanceGraph.of(g);
            DistanceGraph<String>.Search heap = distances.new Search(true, false);
            DistanceGraph<String>.Search scan = distances.new Search(true, true);
            for (int source = 0; source < n; source++) {
                heap.run(source);
                scan.run(source);
                String where = "round " + round + " source " + source;
                assertEquals(heap.settledCount, scan.settledCount, where);
                assertArrayEquals(Arrays.copyOf(heap.settled, heap.settledCount),
                        Arrays.copyOf(scan.settled, scan.settledCount), where);
                for (int i = 0; i < heap.settledCount; i++) {
                    int v = heap.settled[i];
                    assertEquals(heap.distance[v], scan.distance[v], where);
                    assertEquals(heap.sigma[v], scan.sigma[v], where);
                    int from = distances.offsets[v];
                    assertArrayEquals(Arrays.copyOfRange(heap.predecessors, from, from + heap.predecessorCount[v]),
                            Arrays.copyOfRange(scan.predecessors, from, from + scan.predecessorCount[v]), where);
                }
            }
        }
    }

    @Test
    void denseMeansMoreArcsTimesLogNThanNSquared() {
        Random random = new Random(22);
        assertTrue(DistanceGraph.of(BetweennessTest.randomGraph(random, 64, 40, 3, 1, false)).dense());
        assertFalse(DistanceGraph.of(BetweennessTest.randomGraph(random, 2000, 4, 3, 1, false)).dense());
    }
}
