package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class SimplePairGraphTest {

    @Test
    void findsAnEdgeFromEitherEnd() {
        SimplePairGraph<DefaultWeightedEdge> graph = withVertices("a", "b", "c");
        DefaultWeightedEdge ab = new DefaultWeightedEdge();
        assertTrue(graph.addEdge("b", "a", ab));
        assertSame(ab, graph.getEdge("a", "b"));
        assertSame(ab, graph.getEdge("b", "a"));
        assertNull(graph.getEdge("a", "c"));
        assertEquals(Set.of(ab), graph.getAllEdges("a", "b"));
        assertEquals(Set.of(), graph.getAllEdges("a", "c"));
    }

    @Test
    void refusesASecondEdgeBetweenTheSameVertices() {
        SimplePairGraph<DefaultWeightedEdge> graph = withVertices("a", "b");
        DefaultWeightedEdge first = added(graph, "a", "b");
        assertFalse(graph.addEdge("b", "a", new DefaultWeightedEdge()));
        assertEquals(Set.of(first), graph.edgeSet());
    }

    @Test
    void refusesSelfLoops() {
        SimplePairGraph<DefaultWeightedEdge> graph = withVertices("a");
        assertThrows(IllegalArgumentException.class, () -> graph.addEdge("a", "a", new DefaultWeightedEdge()));
        assertNull(graph.getEdge("a", "a"));
    }

    @Test
    void aRemovedEdgeIsGoneAndItsPairTakesANewOne() {
        SimplePairGraph<DefaultWeightedEdge> graph = withVertices("a", "b");
        DefaultWeightedEdge old = added(graph, "a", "b");
        assertTrue(graph.removeEdge(old));
        assertNull(graph.getEdge("a", "b"));
        DefaultWeightedEdge renewed = new DefaultWeightedEdge();
        assertTrue(graph.addEdge("b", "a", renewed));
        assertSame(renewed, graph.getEdge("a", "b"));
    }

    @Test
    void aRemovedVertexTakesItsEdgesWithIt() {
        SimplePairGraph<DefaultWeightedEdge> graph = withVertices("a", "b", "c");
        added(graph, "a", "b");
        DefaultWeightedEdge bc = added(graph, "b", "c");
        graph.removeVertex("a");
        assertNull(graph.getEdge("a", "b"));
        graph.addVertex("a");
        assertNull(graph.getEdge("a", "b"));
        assertSame(bc, graph.getEdge("c", "b"));
        assertNull(graph.getEdge("a", "nowhere"));
    }

    /** Seeded random adds and removes: the same answers as JGraphT's own simple weighted graph. */
    @Test
    void answersAsSimpleWeightedGraphDoesUnderRandomChanges() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            Graph<String, DefaultWeightedEdge> expected = new SimpleWeightedGraph<>(null, null);
            Graph<String, DefaultWeightedEdge> actual = new SimplePairGraph<>();
            List<String> vertices = new ArrayList<>();
            for (int v = 0; v < 2 + random.nextInt(30); v++) {
                vertices.add("v" + v);
                expected.addVertex("v" + v);
                actual.addVertex("v" + v);
            }
            for (int step = 0; step < 400; step++) {
                String u = vertices.get(random.nextInt(vertices.size()));
                String w = vertices.get(random.nextInt(vertices.size()));
                if (u.equals(w)) {
                    continue;
                }
                int action = random.nextInt(10);
                if (action < 6) {
                    DefaultWeightedEdge e = new DefaultWeightedEdge();
                    boolean added = expected.addEdge(u, w, e);
                    assertEquals(added, actual.addEdge(u, w, e));
                } else if (action < 8) {
                    DefaultWeightedEdge e = expected.getEdge(u, w);
                    assertSame(e, actual.getEdge(u, w));
                    if (e != null) {
                        expected.removeEdge(e);
                        assertTrue(actual.removeEdge(e));
                    }
                } else if (action == 8) {
                    assertEquals(expected.removeEdge(u, w), actual.removeEdge(u, w));
                } else {
                    expected.removeVertex(u);
                    actual.removeVertex(u);
                    expected.addVertex(u);
                    actual.addVertex(u);
                }
                assertSame(expected.getEdge(w, u), actual.getEdge(w, u));
            }
            assertEquals(expected.edgeSet(), actual.edgeSet());
            for (String v : vertices) {
                assertEquals(expected.edgesOf(v), actual.edgesOf(v));
                for (String x : vertices) {
                    assertSame(expected.getEdge(v, x), actual.getEdge(v, x));
                }
            }
        }
    }

    private static DefaultWeightedEdge added(Graph<String, DefaultWeightedEdge> graph, String u, String v) {
        DefaultWeightedEdge edge = new DefaultWeightedEdge();
        assertTrue(graph.addEdge(u, v, edge));
        return edge;
    }

    private static SimplePairGraph<DefaultWeightedEdge> withVertices(String... names) {
        SimplePairGraph<DefaultWeightedEdge> graph = new SimplePairGraph<>();
        for (String name : names) {
            graph.addVertex(name);
        }
        return graph;
    }
}
