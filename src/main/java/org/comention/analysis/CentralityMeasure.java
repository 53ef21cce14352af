package org.comention.analysis;

import java.util.Map;
import org.jgrapht.Graph;

/**
 * A vertex centrality of a weighted undirected graph whose edge weights are co-occurrence
 * strengths (larger is closer). Each measure is one class; measures that read weights as
 * distances convert them themselves.
 */
public interface CentralityMeasure {

    /** The column name in outputs, in snake case: {@code weighted_degree}. */
    String name();

    /** One line for help texts and the README: what it measures and how it reads weights. */
    String description();

    /** A score for every vertex of {@code graph}. */
    <V, E> Map<V, Double> scores(Graph<V, E> graph);
}
