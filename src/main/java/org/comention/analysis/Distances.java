package org.comention.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsWeightedGraph;

/**
 * A view of a strength-weighted graph whose weights are distances, {@code 1 / weight}, as
 * path-based measures need: entities that co-occur often are close (Newman 2001; Opsahl,
 * Agneessens and Skvoretz 2010 with alpha = 1).
 */
final class Distances {
    private Distances() {
    }

    static <V, E> Graph<V, E> inverseWeights(Graph<V, E> graph) {
        return new AsWeightedGraph<>(graph, e -> 1.0 / graph.getEdgeWeight(e), true, false);
    }
}
