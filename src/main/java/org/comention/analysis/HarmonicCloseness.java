package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.HarmonicCentrality;

/**
 * Harmonic closeness (Marchiori and Latora 2000; Rochat 2009): the mean of the inverse distances
 * to every other entity, on distances {@code 1 / weight}. Unlike classic closeness it stays
 * meaningful on a disconnected graph (unreachable entities add 0). Normalised by {@code n - 1}.
 */
public final class HarmonicCloseness implements CentralityMeasure {

    @Override
    public String name() {
        return "harmonic_closeness";
    }

    @Override
    public String description() {
        return "mean inverse distance to all other entities, on distances 1/weight (0 if unreachable), divided by n-1";
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        Map<V, Double> raw = new HarmonicCentrality<>(Distances.inverseWeights(graph), false, true).getScores();
        Map<V, Double> scores = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            Double score = raw.get(v);
            scores.put(v, score == null || score.isNaN() ? 0.0 : score);
        }
        return scores;
    }
}
