package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;

/**
 * The eigenvector centrality of comention before it ran on arrays, as a reference: Bonacich 1972 by JGraphT's power iteration: an entity is central when
 * it co-occurs strongly with central entities. On a disconnected graph the components other than
 * the dominant one tend to 0.
 *
 * <p>Plain power iteration on the adjacency matrix A oscillates on bipartite graphs (a star,
 * which co-occurrence networks around one person often are) and stops at its starting vector.
 * The iteration therefore runs on A + I, which has the same eigenvectors and a unique dominant
 * eigenvalue; the shift is a self-loop of weight 1 on every vertex of a copy of the graph.
 */
final class JGraphTEigenvector implements CentralityMeasure {
    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-9;

    @Override
    public String name() {
        return "eigenvector";
    }

    @Override
    public String description() {
        return "eigenvector centrality of the weighted adjacency matrix, a unit-length vector: strong ties to central entities";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        if (graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        Graph<V, DefaultWeightedEdge> shifted = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        Graphs.addAllVertices(shifted, graph.vertexSet());
        for (E e : graph.edgeSet()) {
            DefaultWeightedEdge copy = shifted.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e));
            shifted.setEdgeWeight(copy, graph.getEdgeWeight(e));
        }
        for (V v : graph.vertexSet()) {
            shifted.setEdgeWeight(shifted.addEdge(v, v), 1.0);
        }
        Map<V, Double> raw = new EigenvectorCentrality<>(shifted, MAX_ITERATIONS, TOLERANCE).getScores();
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            Double score = raw.get(v);
            scores.put(v, score == null || score.isNaN() ? 0.0 : score);
        }
        return scores;
    }
}
