package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Weighted degree (strength, Barrat et al. 2004): the sum of an entity's edge weights, i.e. its
 * co-occurrences with all other entities.
 */
public final class WeightedDegree implements CentralityMeasure {

    @Override
    public String name() {
        return "weighted_degree";
    }

    @Override
    public String description() {
        return "sum of the weights of its edges, not normalised";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            double sum = 0;
            for (E e : graph.edgesOf(v)) {
                sum += graph.getEdgeWeight(e);
            }
            scores.put(v, sum);
        }
        return scores;
    }
}
