package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;

/**
 * PageRank (Brin and Page 1998) by JGraphT with damping {@value #DAMPING}: a random walk that
 * follows edges in proportion to their weight. Scores sum to 1.
 */
public final class PageRankCentrality implements CentralityMeasure {
    static final double DAMPING = 0.85;

    @Override
    public String name() {
        return "pagerank";
    }

    @Override
    public String description() {
        return "PageRank, damping 0.85, walks edges in proportion to weight; sums to 1";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        if (graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        Map<V, Double> raw = new PageRank<>(graph, DAMPING).getScores();
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            scores.put(v, raw.get(v));
        }
        return scores;
    }
}
