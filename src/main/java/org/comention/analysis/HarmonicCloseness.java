package org.comention.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Harmonic closeness (Marchiori and Latora 2000; Rochat 2009): the mean of the inverse distances
 * to every other entity, on distances {@code 1 / weight}. Unlike classic closeness it stays
 * meaningful on a disconnected graph (unreachable entities add 0). Normalised by {@code n - 1}.
 *
 * <p>One Dijkstra run per vertex (binary heap on arrays), O(nm + n^2 log n); vertices run in
 * parallel on {@code threads} threads, each with its own arrays. A vertex's score is its own sum,
 * over the other vertices in graph order, as JGraphT's {@code HarmonicCentrality} adds it, so the
 * scores are the same doubles for any thread count and equal to JGraphT's.
 */
public final class HarmonicCloseness implements CentralityMeasure {
    private final int threads;

    /** On every core. */
    public HarmonicCloseness() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads threads to run sources on, 1 or more; the scores do not depend on it */
    public HarmonicCloseness(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.threads = threads;
    }

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
        DistanceGraph<V> distances = DistanceGraph.of(graph);
        int n = distances.size();
        double[] score = new double[n];
        int used = Math.max(1, Math.min(threads, n));
        try (Workers workers = new Workers(used)) {
            workers.run(t -> {
                DistanceGraph<V>.Search search = distances.new Search(false);
                // every used-th source, so that each thread gets a like share of big and small components
                for (int s = t; s < n; s += used) {
                    search.run(s);
                    double sum = 0d;
                    for (int u = 0; u < n; u++) {
                        if (u != s) {
                            sum += 1.0 / search.distance[u]; // 1/infinity = 0 for an unreachable vertex
                        }
                    }
                    score[s] = n > 1 ? sum / (n - 1) : sum;
                }
            });
        }
        Map<V, Double> scores = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            scores.put(distances.vertices.get(v), Double.isNaN(score[v]) ? 0.0 : score[v]);
        }
        return scores;
    }
}
