package org.comention.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.comention.analysis.Betweenness;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Degree;
import org.comention.analysis.Eigenvector;
import org.comention.analysis.HarmonicCloseness;
import org.comention.analysis.PageRankCentrality;
import org.comention.analysis.WeightedDegree;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Times every centrality on a seeded power-law graph (Barabasi-Albert, 10,000 nodes, about 100,000
 * edges, weights geometric counts 1, 2, 3, ... with p = 1/2, as co-occurrence counts are) with 1 and
 * 2 threads, and writes the graph as an edge list {@code source target weight} for igraph. A plain
 * main class, not a test: {@code mvn test} does not run it. Wall clock of single runs after one
 * warm-up run of the cheap measures, not a JMH benchmark.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.comention.bench.CentralityBench \
 *     /tmp/ba10k.tsv [nodes] [edges per new node] [threads,...] [betweenness samples,...] [labels,...]
 * </pre>
 */
public final class CentralityBench {
    private static final long SEED = 42L;

    private CentralityBench() {
    }

    public static void main(String[] args) throws IOException {
        Path edgeList = Path.of(args.length > 0 ? args[0] : "ba10k.tsv");
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perNode = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int[] threadCounts = parse(args.length > 3 ? args[3] : "1,2");
        int[] samples = parse(args.length > 4 ? args[4] : "");
        String only = args.length > 5 ? args[5] : "";
        Graph<String, DefaultWeightedEdge> graph = powerLawGraph(nodes, perNode, new Random(SEED));
        write(graph, edgeList);
        System.out.printf(Locale.ROOT, "graph: %,d nodes, %,d edges, written to %s%n",
                graph.vertexSet().size(), graph.edgeSet().size(), edgeList);
        for (CentralityMeasure warm : List.of(new Degree(), new WeightedDegree(), new PageRankCentrality(), new Eigenvector())) {
            warm.scores(graph);
        }
        java.util.Map<String, java.util.Map<String, Double>> estimates = new java.util.LinkedHashMap<>();
        for (int threads : threadCounts) {
            List<Supplier<CentralityMeasure>> measures = new ArrayList<>();
            measures.add(Degree::new);
            measures.add(WeightedDegree::new);
            measures.add(PageRankCentrality::new);
            measures.add(Eigenvector::new);
            measures.add(() -> new HarmonicCloseness(threads));
            for (int k : samples) {
                measures.add(() -> new Betweenness(k, threads));
            }
            measures.add(() -> new Betweenness(0, threads));
            for (Supplier<CentralityMeasure> make : measures) {
                CentralityMeasure measure = make.get();
                String label = measure.name();
                if (measure instanceof Betweenness b) {
                    int k = b.sources(graph.vertexSet().size());
                    label += k < graph.vertexSet().size() ? " (" + k + " sources)" : " (exact)";
                }
                if (!only.isEmpty() && java.util.Arrays.stream(only.split(",")).noneMatch(label::startsWith)) {
                    continue;
                }
                long start = System.nanoTime();
                java.util.Map<String, Double> scores = measure.scores(graph);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (threads == threadCounts[0] && !label.contains("sources")) {
                    // the scores beside the edge list, for comparing with igraph's
                    Path file = Path.of(edgeList + "." + measure.name());
                    List<String> lines = new ArrayList<>();
                    scores.forEach((v, score) -> lines.add(v + "\t" + score));
                    Files.write(file, lines, StandardCharsets.UTF_8);
                }
                System.out.printf(Locale.ROOT, "threads %d  %-28s %8.3f s%n", threads, label, seconds);
                if (label.contains("sources")) {
                    estimates.put(label, scores);
                } else if (measure instanceof Betweenness b) {
                    int n = graph.vertexSet().size();
                    estimates.forEach((sampled, estimate) -> {
                        double max = 0;
                        double mean = 0;
                        for (String v : graph.vertexSet()) {
                            double error = Math.abs(estimate.get(v) - scores.get(v));
                            max = Math.max(max, error);
                            mean += error / n;
                        }
                        int k = Integer.parseInt(sampled.replaceAll("\\D", ""));
                        System.out.printf(Locale.ROOT, "    %s: max error %.5f, mean error %.6f, bound at 0.95 %.4f, "
                                        + "mean score %.6f%n", sampled, max, mean, new Betweenness(k, 1).errorBound(n, 0.05),
                                scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
                    });
                    estimates.clear();
                }
            }
        }
    }

    /** Barabasi-Albert preferential attachment, weights geometric counts (1 half the time, 2 a quarter, ...). */
    static Graph<String, DefaultWeightedEdge> powerLawGraph(int nodes, int perNode, Random random) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
                new Supplier<String>() {
                    private int next;

                    @Override
                    public String get() {
                        return "n" + next++;
                    }
                }, DefaultWeightedEdge::new);
        new BarabasiAlbertGraphGenerator<String, DefaultWeightedEdge>(perNode + 1, perNode, nodes, random).generateGraph(graph);
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            int count = 1;
            while (random.nextBoolean()) {
                count++;
            }
            graph.setEdgeWeight(e, count);
        }
        return graph;
    }

    private static void write(Graph<String, DefaultWeightedEdge> graph, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DefaultWeightedEdge e : graph.edgeSet()) {
                out.write(graph.getEdgeSource(e) + "\t" + graph.getEdgeTarget(e) + "\t" + (long) graph.getEdgeWeight(e) + "\n");
            }
        }
    }

    private static int[] parse(String list) {
        return list.isBlank() ? new int[0] : java.util.Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
