package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class DisparityFilterTest {

    @Test
    void keepsTheEdgeThatDominatesAHubAndDropsTheEvenlySpreadOnes() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String v : new String[] {"hub", "a", "b", "c", "d", "e"}) {
            g.addVertex(v);
        }
        g.setEdgeWeight(g.addEdge("hub", "a"), 100);
        for (String v : new String[] {"b", "c", "d", "e"}) {
            g.setEdgeWeight(g.addEdge("hub", v), 1);
        }
        // seen from the hub (k = 5, s = 104): alpha(hub-a) = (4/104)^4, tiny; alpha(hub-b) = (103/104)^4 ≈ 0.96.
        // The leaves have degree 1, so only the hub judges.
        Set<DefaultWeightedEdge> rejected = new DisparityFilter(0.05).rejected(g);
        assertEquals(4, rejected.size());
        assertEquals(false, rejected.contains(g.getEdge("hub", "a")));
    }

    @Test
    void alphaMustBeAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new DisparityFilter(0));
        assertThrows(IllegalArgumentException.class, () -> new DisparityFilter(1.5));
    }
}
