package org.comention.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.comention.cooccurrence.PairIndex;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.EdgeSetFactory;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.WeightedIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.Specifics;
import org.jgrapht.graph.specifics.UndirectedSpecifics;

/**
 * A simple undirected weighted JGraphT graph (no self-loops, at most one edge per pair of
 * vertices, as {@link org.jgrapht.graph.SimpleWeightedGraph}) whose lookup of the edge between
 * two vertices is a primitive hash table of vertex-number pairs.
 *
 * <p>JGraphT's default fast lookup keeps, per edge, a map entry, an {@code UnorderedPair} and a
 * one-element edge set: about 110 bytes, 170 MB on the 1.5-million-edge graph of a dense
 * gigabyte of news, more than the edges' own attributes. Without any lookup, adding an edge to a
 * simple graph scans an end's edges for a duplicate, which on that graph costs a billion steps.
 * This lookup costs about 60 bytes an edge.
 */
final class SimplePairGraph<E extends DefaultWeightedEdge> extends AbstractBaseGraph<String, E> {
    private static final long serialVersionUID = 1L;

    SimplePairGraph() {
        super(null, null, new DefaultGraphType.Builder().undirected().allowMultipleEdges(false).allowSelfLoops(false)
                .weighted(true).build(), new Strategy<>());
    }

    /** JGraphT's default specifics, but for the pair lookup, and an edge map of two arrays ({@link IntrusiveEdgeMap}). */
    private static final class Strategy<E extends DefaultWeightedEdge> implements GraphSpecificsStrategy<String, E> {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public java.util.function.Function<GraphType, IntrusiveEdgesSpecifics<String, E>> getIntrusiveEdgesSpecificsFactory() {
            // the map's values are JGraphT's package-private IntrusiveWeightedEdge: the edges themselves
            return (java.util.function.Function<GraphType, IntrusiveEdgesSpecifics<String, E>> & java.io.Serializable)
                    type -> new WeightedIntrusiveEdgesSpecifics<String, E>((Map) new IntrusiveEdgeMap<E>());
        }

        @Override
        public java.util.function.BiFunction<Graph<String, E>, GraphType, Specifics<String, E>> getSpecificsFactory() {
            return (graph, type) -> new PairLookupSpecifics<>(graph, getEdgeSetFactory());
        }
    }

    /**
     * Undirected specifics that find the edge of two vertices by their numbers' pair key. Vertex
     * numbers are given as vertices are added and never reused, so a removed vertex leaves no key
     * that a new vertex could take.
     */
    private static final class PairLookupSpecifics<E extends DefaultWeightedEdge> extends UndirectedSpecifics<String, E> {
        private static final long serialVersionUID = 1L;
        private final Map<String, Integer> vertexNumbers = new HashMap<>();
        private final PairIndex pairs = new PairIndex();
        /** The edge of pair number i, or null once removed. */
        private Object[] edges = new Object[64];

        PairLookupSpecifics(Graph<String, E> graph, EdgeSetFactory<String, E> edgeSetFactory) {
            super(graph, new java.util.LinkedHashMap<>(), edgeSetFactory);
        }

        @Override
        public boolean addVertex(String vertex) {
            boolean added = super.addVertex(vertex);
            if (added) {
                vertexNumbers.putIfAbsent(vertex, vertexNumbers.size());
            }
            return added;
        }

        private long key(String u, String v) {
            int a = vertexNumbers.get(u);
            int b = vertexNumbers.get(v);
            return PairIndex.key(Math.min(a, b), Math.max(a, b));
        }

        @Override
        @SuppressWarnings("unchecked")
        public E getEdge(String source, String target) {
            if (source.equals(target) || !vertexNumbers.containsKey(source) || !vertexNumbers.containsKey(target)) {
                return null;
            }
            int pair = pairs.indexOf(key(source, target));
            return pair < 0 ? null : (E) edges[pair];
        }

        @Override
        public Set<E> getAllEdges(String source, String target) {
            E edge = getEdge(source, target);
            return edge == null ? Set.of() : Set.of(edge);
        }

        @Override
        public boolean addEdgeToTouchingVertices(String source, String target, E edge) {
            super.addEdgeToTouchingVertices(source, target, edge);
            int pair = pairs.add(key(source, target));
            if (pair >= edges.length) {
                edges = java.util.Arrays.copyOf(edges, Math.max(pair + 1, edges.length * 2));
            }
            edges[pair] = edge;
            return true;
        }

        @Override
        public boolean addEdgeToTouchingVerticesIfAbsent(String source, String target, E edge) {
            if (getEdge(source, target) != null) {
                return false;
            }
            return addEdgeToTouchingVertices(source, target, edge);
        }

        @Override
        public E createEdgeToTouchingVerticesIfAbsent(String source, String target, Supplier<E> edgeSupplier) {
            if (getEdge(source, target) != null) {
                return null;
            }
            E edge = edgeSupplier.get();
            addEdgeToTouchingVertices(source, target, edge);
            return edge;
        }

        @Override
        public void removeEdgeFromTouchingVertices(String source, String target, E edge) {
            super.removeEdgeFromTouchingVertices(source, target, edge);
            int pair = pairs.indexOf(key(source, target));
            if (pair >= 0 && edges[pair] == edge) {
                edges[pair] = null;
            }
        }
    }
}
