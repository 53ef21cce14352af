package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Betweenness centrality (Freeman 1977), computed with Brandes' algorithm (2001) by JGraphT on
 * distances {@code 1 / weight}: how often an entity lies on shortest paths between others, the
 * "bridges" between clusters. Normalised to [0, 1] by the number of pairs of other vertices,
 * {@code (n-1)(n-2)/2}, as networkx and Gephi do for undirected graphs. O(nm + n^2 log n).
 */
public final class Betweenness implements CentralityMeasure {

    @Override
    public String name() {
        return "betweenness";
    }

    @Override
    public String description() {
        return "share of shortest paths through the entity, on distances 1/weight, normalised to [0,1]";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        int n = graph.vertexSet().size();
        Map<V, Double> raw = new BetweennessCentrality<>(Distances.inverseWeights(graph), false).getScores();
        double pairs = n > 2 ? (n - 1) * (double) (n - 2) / 2.0 : 1.0;
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            scores.put(v, raw.get(v) / pairs);
        }
        return scores;
    }
}
