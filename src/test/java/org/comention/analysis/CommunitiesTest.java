package org.comention.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class CommunitiesTest {

    private static Graph<String, DefaultWeightedEdge> graph(Object... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < edges.length; i += 3) {
            g.addVertex((String) edges[i]);
            g.addVertex((String) edges[i + 1]);
            g.setEdgeWeight(g.addEdge((String) edges[i], (String) edges[i + 1]), ((Number) edges[i + 2]).doubleValue());
        }
        return g;
    }

    /** Two heavy triangles joined by one light edge. */
    private static Graph<String, DefaultWeightedEdge> twoTriangles() {
        return graph("a", "b", 5, "b", "c", 5, "a", "c", 5, "x", "y", 5, "y", "z", 5, "x", "z", 5, "c", "x", 1);
    }

    @Test
    void findsTheTwoTrianglesAndTheirModularity() {
        Communities c = Communities.detect(twoTriangles(), 1.0);
        assertEquals(2, c.count());
        assertEquals(c.of("a"), c.of("b"));
        assertEquals(c.of("a"), c.of("c"));
        assertEquals(c.of("x"), c.of("z"));
        assertNotEquals(c.of("a"), c.of("x"));
        // m = 31; each side: inside 15, degree 31 -> 2 * (15/31 - (31/62)^2) = 0.4677...
        assertEquals(2 * (15.0 / 31 - 0.25), c.modularity(), 1e-9);
    }

    @Test
    void isolatedVerticesAreCommunitiesOfTheirOwnAndNumbersFollowSize() {
        Graph<String, DefaultWeightedEdge> g = twoTriangles();
        g.addVertex("alone");
        Communities c = Communities.detect(g, 1.0);
        assertEquals(3, c.count());
        assertEquals(2, c.of("alone"), "the singleton comes after the two triangles");
        assertEquals(0, c.of("a"), "equal sizes: the community of the earlier vertex first");
    }

    @Test
    void aHighResolutionSplitsMore() {
        Communities coarse = Communities.detect(twoTriangles(), 0.1);
        Communities fine = Communities.detect(twoTriangles(), 10);
        assertTrue(coarse.count() <= 2 && fine.count() > 2, coarse.count() + " vs " + fine.count());
    }

    @Test
    void sameGraphSameCommunities() {
        Random random = new Random(3);
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < 200; i++) {
            String a = "v" + random.nextInt(60);
            String b = "v" + random.nextInt(60);
            g.addVertex(a);
            g.addVertex(b);
            if (!a.equals(b) && !g.containsEdge(a, b)) {
                g.setEdgeWeight(g.addEdge(a, b), 1 + random.nextInt(5));
            }
        }
        Communities first = Communities.detect(g, 1.0);
        Communities second = Communities.detect(g, 1.0);
        for (String v : g.vertexSet()) {
            assertEquals(first.of(v), second.of(v));
        }
        assertTrue(first.modularity() > 0.2, "a random sparse graph still has structure: " + first.modularity());
    }

    @Test
    void emptyGraphAndBadResolution() {
        assertEquals(0, Communities.detect(new SimpleWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class), 1).count());
        assertThrows(IllegalArgumentException.class, () -> Communities.detect(twoTriangles(), 0));
    }
}
