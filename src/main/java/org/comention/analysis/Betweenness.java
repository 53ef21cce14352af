package org.comention.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;

/**
 * Betweenness centrality (Freeman 1977) by Brandes' algorithm (Brandes 2001, "A faster algorithm
 * for betweenness centrality", J. Math. Sociol. 25(2)): how often an entity lies on shortest paths
 * between others, the "bridges" between clusters. Betweenness reads weights as distances; we pass
 * {@code 1 / weight}, so a strong tie is a short distance. Normalised to [0, 1] by the number of
 * pairs of other vertices, {@code (n-1)(n-2)/2}, as networkx and Gephi do for undirected graphs.
 *
 * <p>One Dijkstra run per source vertex (binary heap on arrays, ties in distance broken by vertex
 * index), then the dependencies accumulated in reverse settle order: O(nm + n^2 log n) time, O(n + m)
 * memory per thread, and a batch of up to 32 dependency vectors per thread (at most 32 MB in all, but
 * never fewer than one vector per thread). Sources run in parallel on {@code threads} threads, each
 * with its own arrays; their dependency vectors are added into the scores in source order, batch by batch, exactly as
 * JGraphT's sequential {@code BetweennessCentrality} adds them, so the scores are the same doubles
 * for any thread count and agree with JGraphT's (to the last bit where no two vertices at equal
 * distance from a source settle in another order). Path lengths are compared exactly, as JGraphT
 * does: two paths are both shortest when their lengths summed arc by arc are the same double.
 * Path counts are doubles: exact up to 2^53 like JGraphT's longs, then rounded where longs would
 * go on exactly to 2^63 and then wrap to negative counts.
 *
 * <p>With {@code samples = K} (0 < K < n), only K source vertices chosen uniformly at random without
 * replacement (fixed seed {@value #SEED}, so the same graph gives the same estimate) are run, and
 * their sum is scaled by n/K: the unbiased estimator of Brandes and Pich (2007, "Centrality
 * estimation in large networks", Int. J. Bifurcation and Chaos 17(7)), in O(Km + Kn log n). The
 * normalised score is the mean over all n sources of {@code X_s = n * delta_s(v) / ((n-1)(n-2))},
 * and since a source's dependency {@code delta_s(v)} is at most n-2, each {@code X_s} lies in
 * [0, n/(n-1)]. Hoeffding's inequality (1963, which holds for sampling without replacement too)
 * then bounds the estimate of each vertex: {@code P(|estimate - exact| >= eps) <= 2 exp(-2 K eps^2
 * (n-1)^2 / n^2)}; that is, with probability at least 1 - delta the error is at most
 * {@link #errorBound}{@code = n/(n-1) * sqrt(ln(2/delta) / (2K))} (for all n vertices at once, put
 * delta/n for delta). K = 1,000 gives 0.043 at delta = 0.05: a worst-case bound; the errors seen are
 * far smaller (see the README).
 */
public final class Betweenness implements CentralityMeasure {
    /** Seed of the source sample: fixed, so that an estimate is reproducible. */
    public static final long SEED = 20070701L;
    /** A batch holds at most this many doubles of dependency vectors in all (32 MB). */
    private static final long BATCH_DOUBLES = 4_000_000L;
    /** Sources per thread in a batch: enough that threads rarely wait for each other at its end. */
    private static final int SOURCES_PER_THREAD = 32;

    private final int samples;
    private final int threads;

    /** Exact betweenness on every core. */
    public Betweenness() {
        this(0, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param samples 0 for exact betweenness, else the number K of sampled sources (exact when K >= n)
     * @param threads threads to run sources on, 1 or more; the scores do not depend on it
     */
    public Betweenness(int samples, int threads) {
        if (samples < 0) {
            throw new IllegalArgumentException("betweenness samples must be 0 (exact) or more, not " + samples);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.samples = samples;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "betweenness";
    }

    @Override
    public String description() {
        return "share of shortest paths through the entity, on distances 1/weight, normalised to [0,1]";
    }

    /** How many sources a graph of {@code n} vertices is run from: n when exact, else K. */
    public int sources(int n) {
        return samples == 0 || samples >= n ? n : samples;
    }

    /**
     * The error bound of the estimate on a graph of {@code n} vertices: with probability at least
     * {@code 1 - failure}, a vertex's estimated score is within this of its exact score (Hoeffding;
     * see the class comment). 0 when the scores are exact.
     */
    public double errorBound(int n, double failure) {
        if (!(failure > 0 && failure < 1)) {
            throw new IllegalArgumentException("failure probability must be in (0, 1), not " + failure);
        }
        int k = sources(n);
        if (k >= n) {
            return 0.0;
        }
        return n / (n - 1.0) * Math.sqrt(Math.log(2 / failure) / (2.0 * k));
    }

    @Override
    public <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        DistanceGraph<V> distances = DistanceGraph.of(graph);
        int n = distances.size();
        int[] sources = chooseSources(n);
        double[] sum = new Algorithm<>(distances, sources, Math.min(threads, Math.max(1, sources.length))).sums();
        double scale = sources.length < n ? (double) n / sources.length : 1.0;
        double pairs = n > 2 ? (n - 1) * (double) (n - 2) / 2.0 : 1.0;
        Map<V, Double> scores = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            // each pair was counted from both ends: halve, as JGraphT does, then normalise
            double raw = scale == 1.0 ? sum[v] : sum[v] * scale;
            scores.put(distances.vertices.get(v), raw / 2 / pairs);
        }
        return scores;
    }

    /** All vertices, or K of them drawn without replacement with the fixed seed, in index order. */
    private int[] chooseSources(int n) {
        int k = sources(n);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (k == n) {
            return all;
        }
        Random random = new Random(SEED);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = Arrays.copyOf(all, k);
        // in index order, so the sum runs in the same order as the exact one's
        Arrays.sort(chosen);
        return chosen;
    }

    /** The heavy state of one computation; garbage once the sums exist. */
    private static final class Algorithm<V> {
        private final DistanceGraph<V> graph;
        private final int[] sources;
        private final int threads;
        private final double[] sum;
        /** One dependency vector per source of the current batch. */
        private final double[][] batch;

        Algorithm(DistanceGraph<V> graph, int[] sources, int threads) {
            this.graph = graph;
            this.sources = sources;
            this.threads = threads;
            int n = graph.size();
            this.sum = new double[n];
            long fit = Math.max(threads, BATCH_DOUBLES / Math.max(1, n));
            int size = (int) Math.min(Math.min(fit, (long) threads * SOURCES_PER_THREAD), Math.max(1, sources.length));
            this.batch = new double[size][n];
        }

        double[] sums() {
            int n = graph.size();
            if (n == 0) {
                return sum;
            }
            @SuppressWarnings("unchecked")
            DistanceGraph<V>.Search[] searches = new DistanceGraph.Search[threads];
            try (Workers workers = new Workers(threads)) {
                for (int start = 0; start < sources.length; start += batch.length) {
                    int count = Math.min(batch.length, sources.length - start);
                    int first = start;
                    // 1. dependency vectors of the batch's sources, thread t taking every t-th
                    workers.run(t -> {
                        if (searches[t] == null) {
                            searches[t] = graph.new Search(true);
                        }
                        for (int i = t; i < count; i += threads) {
                            accumulate(searches[t], sources[first + i], batch[i]);
                        }
                    });
                    // 2. added in source order, thread t taking a range of vertices: every vertex's
                    // sum gets its terms in the order JGraphT's sequential loop adds them
                    workers.run(t -> {
                        int from = (int) ((long) n * t / threads);
                        int to = (int) ((long) n * (t + 1) / threads);
                        for (int i = 0; i < count; i++) {
                            double[] delta = batch[i];
                            int source = sources[first + i];
                            for (int w = from; w < to; w++) {
                                if (w != source) {
                                    sum[w] += delta[w];
                                }
                            }
                        }
                    });
                }
            }
            return sum;
        }

        /** Brandes' dependencies of every vertex on {@code source}, into {@code delta}. */
        private static void accumulate(DistanceGraph<?>.Search search, int source, double[] delta) {
            Arrays.fill(delta, 0.0);
            search.run(source);
            int[] offsets = search.offsets();
            for (int i = search.settledCount - 1; i >= 0; i--) {
                int w = search.settled[i];
                double sigmaW = search.sigma[w];
                double deltaW = delta[w];
                for (int p = offsets[w], end = p + search.predecessorCount[w]; p < end; p++) {
                    int v = search.predecessors[p];
                    delta[v] = delta[v] + (search.sigma[v] / sigmaW) * (1 + deltaW);
                }
            }
        }
    }
}
