package org.comention.graph;

import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * The disparity filter (Serrano, Boguñá and Vespignani 2009, "Extracting the multiscale backbone
 * of complex weighted networks", PNAS 106(16)): an edge belongs to the backbone when, seen from at
 * least one of its ends, its weight is significantly larger than a uniform split of that node's
 * strength would give. For a node of degree k > 1 and strength s, an edge of weight w has
 * {@code alpha = (1 - w / s)^(k - 1)}; the edge is kept when {@code alpha < ALPHA} at either end.
 * An edge whose ends both have degree 1 is kept: there is nothing to compare it with.
 */
public final class DisparityFilter {
    private final double alpha;

    public DisparityFilter(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("backbone alpha must be in (0, 1], not " + alpha);
        }
        this.alpha = alpha;
    }

    /** The edges of {@code graph} that are not in the backbone. */
    public <V, E> Set<E> rejected(Graph<V, E> graph) {
        Set<E> rejected = new HashSet<>();
        for (E e : graph.edgeSet()) {
            V a = graph.getEdgeSource(e);
            V b = graph.getEdgeTarget(e);
            if (graph.degreeOf(a) <= 1 && graph.degreeOf(b) <= 1) {
                continue;
            }
            if (!(significant(graph, a, e) || significant(graph, b, e))) {
                rejected.add(e);
            }
        }
        return rejected;
    }

    private <V, E> boolean significant(Graph<V, E> graph, V node, E edge) {
        int k = graph.degreeOf(node);
        if (k <= 1) {
            return false;
        }
        double strength = 0;
        for (E e : graph.edgesOf(node)) {
            strength += graph.getEdgeWeight(e);
        }
        double p = graph.getEdgeWeight(edge) / strength;
        return Math.pow(1 - p, k - 1) < alpha;
    }
}
