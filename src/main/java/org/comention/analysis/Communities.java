package org.comention.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.jgrapht.Graph;

/**
 * Communities by the Leiden algorithm (Traag, Waltman and van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities") from CWTS networkanalysis, optimising modularity
 * (Newman and Girvan 2004) on the weighted graph: the CPM resolution is
 * {@code resolution / (2 * total edge weight)} with node weights equal to weighted degrees, which
 * makes CPM modularity with a resolution parameter (Reichardt and Bornholdt 2006).
 *
 * <p>Deterministic: the random generator has a fixed seed, and communities are numbered from 0
 * by size (largest first), ties by their first vertex in the graph's order. Isolated vertices
 * form communities of their own. Immutable result.
 */
public final class Communities {
    static final long SEED = 20261122L;
    static final int ITERATIONS = 50;

    private final List<String> vertices;
    private final int[] community;
    private final int count;
    private final double modularity;
    private final double resolution;

    private Communities(List<String> vertices, int[] community, int count, double modularity, double resolution) {
        this.vertices = List.copyOf(vertices);
        this.community = community;
        this.count = count;
        this.modularity = modularity;
        this.resolution = resolution;
    }

    /** Finds the communities of {@code graph}, whose vertices keep the graph's iteration order. */
    public static <E> Communities detect(Graph<String, E> graph, double resolution) {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a number > 0, not " + resolution);
        }
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int n = vertices.size();
        List<E> edges = new ArrayList<>(graph.edgeSet());
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weights = new double[edges.size()];
        double total = 0;
        for (int e = 0; e < edges.size(); e++) {
            from[e] = index.get(graph.getEdgeSource(edges.get(e)));
            to[e] = index.get(graph.getEdgeTarget(edges.get(e)));
            weights[e] = graph.getEdgeWeight(edges.get(e));
            total += weights[e];
        }
        int[] clusters;
        if (n == 0) {
            clusters = new int[0];
        } else if (total <= 0) {
            clusters = new int[n];
            Arrays.setAll(clusters, i -> i);
        } else {
            Network network = new Network(n, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)},
                    new LargeDoubleArray(weights), false, true);
            Clustering clustering = new Clustering(n);
            LeidenAlgorithm leiden = new LeidenAlgorithm(resolution / (2 * network.getTotalEdgeWeight()), ITERATIONS,
                    LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(SEED));
            leiden.improveClustering(network, clustering);
            clusters = clustering.getClusters();
        }
        int[] numbered = numberBySize(clusters);
        int count = n == 0 ? 0 : Arrays.stream(numbered).max().getAsInt() + 1;
        return new Communities(vertices, numbered, count, modularity(from, to, weights, numbered, total, resolution), resolution);
    }

    /** Renumbers clusters 0, 1, ... by size, largest first; ties by first vertex. */
    private static int[] numberBySize(int[] clusters) {
        Map<Integer, int[]> stats = new HashMap<>(); // cluster -> {size, first vertex}
        for (int v = 0; v < clusters.length; v++) {
            int[] s = stats.computeIfAbsent(clusters[v], c -> new int[] {0, Integer.MAX_VALUE});
            s[0]++;
            s[1] = Math.min(s[1], v);
        }
        List<Integer> order = new ArrayList<>(stats.keySet());
        order.sort((a, b) -> stats.get(a)[0] != stats.get(b)[0] ? stats.get(b)[0] - stats.get(a)[0]
                : stats.get(a)[1] - stats.get(b)[1]);
        Map<Integer, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        int[] out = new int[clusters.length];
        for (int v = 0; v < clusters.length; v++) {
            out[v] = rank.get(clusters[v]);
        }
        return out;
    }

    /** Newman's weighted modularity with resolution: the sum over communities of L_c/m - γ (d_c/2m)². */
    private static double modularity(int[] from, int[] to, double[] w, int[] community, double total, double resolution) {
        if (total <= 0) {
            return 0.0;
        }
        int k = community.length == 0 ? 0 : Arrays.stream(community).max().getAsInt() + 1;
        double[] inside = new double[k];
        double[] degree = new double[k];
        for (int e = 0; e < w.length; e++) {
            degree[community[from[e]]] += w[e];
            degree[community[to[e]]] += w[e];
            if (community[from[e]] == community[to[e]]) {
                inside[community[from[e]]] += w[e];
            }
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / total - resolution * Math.pow(degree[c] / (2 * total), 2);
        }
        return q;
    }

    /** The community of each vertex, in the order of {@link #vertices()}. */
    public int of(int vertex) {
        return community[vertex];
    }

    public int of(String vertex) {
        return community[vertices.indexOf(vertex)];
    }

    public List<String> vertices() {
        return vertices;
    }

    public int count() {
        return count;
    }

    public double modularity() {
        return modularity;
    }

    public double resolution() {
        return resolution;
    }
}
