package org.comention.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * A synthetic co-occurrence graph for benchmarks of {@code comention rank} and of other tools:
 * {@code NODES EDGES OUTPUT_PREFIX SEED}.
 *
 * <p>The topology is Barabási–Albert preferential attachment (a few hubs, a power-law degree
 * tail, as entity graphs of news have), each new node bringing {@code round(EDGES / NODES)} edges,
 * so the graph has about {@code EDGES} edges. Edge weights are drawn from a Zipf distribution over
 * 1..{@value #MAX_WEIGHT}: most pairs share one document, a few share hundreds. Writes
 * {@code PREFIX.graphml} (the {@code label} and {@code weight} attributes that
 * {@link org.comention.graph.GraphMlReader} reads) and {@code PREFIX.edges}, one
 * {@code source target weight} line an edge, which igraph's {@code Graph.Read_Ncol} and networkx's
 * {@code read_weighted_edgelist} read. Same seed, same bytes.
 */
public final class SyntheticGraph {
    static final int MAX_WEIGHT = 1000;
    /** Weights steeper than names: co-occurrence counts fall off faster than mention counts. */
    static final double WEIGHT_EXPONENT = 2.0;

    private SyntheticGraph() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: SyntheticGraph NODES EDGES OUTPUT_PREFIX SEED");
            System.exit(1);
        }
        int nodes = Integer.parseInt(args[0]);
        long edges = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[3]);
        Graph<Integer, DefaultEdge> graph = generate(nodes, edges, seed);
        write(graph, Path.of(args[2]), seed);
        System.err.printf(Locale.ROOT, "SyntheticGraph: %,d nodes, %,d edges, seed %d -> %s.graphml, %s.edges%n",
                graph.vertexSet().size(), graph.edgeSet().size(), seed, args[2], args[2]);
    }

    static Graph<Integer, DefaultEdge> generate(int nodes, long edges, long seed) {
        int perNode = (int) Math.max(1, Math.round((double) edges / nodes));
        if (nodes <= perNode) {
            throw new IllegalArgumentException(nodes + " nodes cannot hold " + edges + " edges in a simple graph");
        }
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(perNode + 1, perNode, nodes, new Random(seed))
                .generateGraph(graph);
        return graph;
    }

    /** Writes {@code prefix.graphml} and {@code prefix.edges}, both with the same weights. */
    static void write(Graph<Integer, DefaultEdge> graph, Path prefix, long seed) throws IOException {
        Path parent = prefix.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Zipf weights = new Zipf(MAX_WEIGHT, WEIGHT_EXPONENT);
        // a random source of its own: the weights do not depend on how JGraphT consumed its Random
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Path graphml = prefix.resolveSibling(prefix.getFileName() + ".graphml");
        Path edgeList = prefix.resolveSibling(prefix.getFileName() + ".edges");
        try (Writer xml = new BufferedWriter(Files.newBufferedWriter(graphml, StandardCharsets.UTF_8), 1 << 16);
             Writer list = new BufferedWriter(Files.newBufferedWriter(edgeList, StandardCharsets.UTF_8), 1 << 16)) {
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                    + "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                    + "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                    + "  <graph id=\"G\" edgedefault=\"undirected\">\n");
            for (Integer v : graph.vertexSet()) {
                xml.write("    <node id=\"n" + v + "\"><data key=\"label\">Entity " + v + "</data></node>\n");
            }
            long e = 0;
            for (DefaultEdge edge : graph.edgeSet()) {
                int weight = weights.next(random) + 1;
                int s = graph.getEdgeSource(edge);
                int t = graph.getEdgeTarget(edge);
                xml.write("    <edge id=\"e" + e++ + "\" source=\"n" + s + "\" target=\"n" + t + "\"><data key=\"weight\">"
                        + weight + "</data></edge>\n");
                list.write("n" + s + " n" + t + " " + weight + "\n");
            }
            xml.write("  </graph>\n</graphml>\n");
        }
    }
}
