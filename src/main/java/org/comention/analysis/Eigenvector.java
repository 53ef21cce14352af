package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.EigenvectorCentrality;

/**
 * Eigenvector centrality (Bonacich 1972) by JGraphT's power iteration on the weighted adjacency
 * matrix: an entity is central when it co-occurs strongly with central entities. On a
 * disconnected graph the components other than the dominant one tend to 0.
 */
public final class Eigenvector implements CentralityMeasure {

    @Override
    public String name() {
        return "eigenvector";
    }

    @Override
    public String description() {
        return "eigenvector centrality of the weighted adjacency matrix (strong ties to central entities)";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        if (graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        Map<V, Double> raw = new EigenvectorCentrality<>(graph).getScores();
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            Double score = raw.get(v);
            scores.put(v, score == null || score.isNaN() ? 0.0 : score);
        }
        return scores;
    }
}
