package org.comention.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Every measure's score for every vertex, computed once; immutable. Vertices keep the graph's
 * order; {@link #order} ranks them by one measure, ties broken by vertex id.
 */
public final class Rankings {
    private final List<CentralityMeasure> measures;
    private final List<String> vertices;
    private final double[][] scores;

    private Rankings(List<CentralityMeasure> measures, List<String> vertices, double[][] scores) {
        this.measures = List.copyOf(measures);
        this.vertices = List.copyOf(vertices);
        this.scores = scores;
    }

    public static <E> Rankings compute(Graph<String, E> graph, List<CentralityMeasure> measures) {
        return compute(graph, measures, measure -> { });
    }

    /** As {@link #compute(Graph, List)}, telling {@code starting} each measure as it begins: some take a minute. */
    public static <E> Rankings compute(Graph<String, E> graph, List<CentralityMeasure> measures,
                                       java.util.function.Consumer<CentralityMeasure> starting) {
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        double[][] scores = new double[measures.size()][vertices.size()];
        for (int m = 0; m < measures.size(); m++) {
            starting.accept(measures.get(m));
            Map<String, Double> byVertex = measures.get(m).scores(graph);
            for (int v = 0; v < vertices.size(); v++) {
                Double score = byVertex.get(vertices.get(v));
                scores[m][v] = score == null ? 0.0 : score;
            }
        }
        return new Rankings(measures, vertices, scores);
    }

    public List<CentralityMeasure> measures() {
        return measures;
    }

    public List<String> vertices() {
        return vertices;
    }

    public double score(int measure, int vertex) {
        return scores[measure][vertex];
    }

    public int indexOf(CentralityMeasure measure) {
        for (int m = 0; m < measures.size(); m++) {
            if (measures.get(m).name().equals(measure.name())) {
                return m;
            }
        }
        throw new IllegalArgumentException("measure " + measure.name() + " was not computed");
    }

    /** Vertex indices from the highest score of {@code measure} down; ties by vertex id. */
    public List<Integer> order(CentralityMeasure measure) {
        int m = indexOf(measure);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < vertices.size(); v++) {
            order.add(v);
        }
        order.sort(Comparator.<Integer>comparingDouble(v -> -scores[m][v]).thenComparing(vertices::get));
        return order;
    }
}
