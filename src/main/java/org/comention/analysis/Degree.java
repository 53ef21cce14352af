package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;

/** Degree: the number of distinct entities an entity co-occurs with. Ignores weights. */
public final class Degree implements CentralityMeasure {

    @Override
    public String name() {
        return "degree";
    }

    @Override
    public String description() {
        return "number of distinct co-mentioned entities, weights ignored, not normalised";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            scores.put(v, (double) graph.degreeOf(v));
        }
        return scores;
    }
}
