package org.comention.graph;

import static org.comention.common.UserInputException.printable;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.comention.common.UserInputException;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * What the graph file readers share: the values {@code rank} accepts and how a file's nodes and
 * edges, as read, become an {@link EntityGraph}. A node's label is its {@code label} attribute,
 * else igraph's {@code name}, else its id. The graph is taken as undirected and simple: parallel
 * edges (and both directions of a directed edge) are merged by adding their weights, self-loops
 * are dropped.
 */
final class ReadGraph {
    /**
     * The weights {@code rank} accepts, chosen so that every quantity the rankings form stays a
     * finite double: distances of 1/weight and path lengths over up to 2^31 edges (below 1e110),
     * weighted degrees and the total weight (below 1e110), and products of two of them in
     * modularity (below 1e220). A subnormal weight would make its distance infinite, a weight
     * near Double.MAX_VALUE its node's weighted degree. Co-mention counts and the weights other
     * tools write are far inside.
     */
    static final double MIN_WEIGHT = 1e-100;
    static final double MAX_WEIGHT = 1e100;

    private ReadGraph() {
    }

    /**
     * @param vertexAttributes each node's attributes by lower-cased name
     * @param edgeDocuments the {@code documents} count of the edges that have one
     */
    static EntityGraph assemble(Path file, Graph<String, DefaultWeightedEdge> raw,
                                Map<String, Map<String, String>> vertexAttributes, Map<DefaultWeightedEdge, Long> edgeDocuments) {
        Graph<String, CooccurrenceEdge> graph = new SimplePairGraph<>();
        Map<String, NodeAttributes> nodes = new LinkedHashMap<>();
        for (String v : new TreeSet<>(raw.vertexSet())) {
            graph.addVertex(v);
            Map<String, String> attributes = vertexAttributes.getOrDefault(v, Map.of());
            String label = label(attributes, v);
            Supplier<String> node = () -> "node '" + printable(v) + "'";
            nodes.put(v, new NodeAttributes(v, label, attributes.get("type"), attributes.get("wikidata"),
                    count(file, node, "mentions", attributes.get("mentions"), Long.MAX_VALUE),
                    (int) count(file, node, "documents", attributes.get("documents"), Integer.MAX_VALUE),
                    new TreeSet<>(), origin(attributes.get("origin")), confidence(attributes.get("confidence"))));
        }
        Map<String, double[]> merged = new TreeMap<>();
        for (DefaultWeightedEdge e : raw.edgeSet()) {
            String s = raw.getEdgeSource(e);
            String t = raw.getEdgeTarget(e);
            if (s.equals(t)) {
                continue;
            }
            String a = s.compareTo(t) < 0 ? s : t;
            String b = s.compareTo(t) < 0 ? t : s;
            double[] value = merged.computeIfAbsent(a + '\u0000' + b, k -> new double[2]);
            value[0] += raw.getEdgeWeight(e);
            value[1] += edgeDocuments.getOrDefault(e, 0L);
        }
        for (Map.Entry<String, double[]> entry : merged.entrySet()) {
            int split = entry.getKey().indexOf('\u0000');
            String a = entry.getKey().substring(0, split);
            String b = entry.getKey().substring(split + 1);
            if (entry.getValue()[1] > Integer.MAX_VALUE) {
                throw new UserInputException(file + ": edge '" + printable(a) + "' -- '"
                        + printable(b) + "': its parallel edges' documents add up to "
                        + "more than " + Integer.MAX_VALUE);
            }
            CooccurrenceEdge edge = new CooccurrenceEdge((int) entry.getValue()[1]);
            graph.addEdge(a, b, edge);
            graph.setEdgeWeight(edge, entry.getValue()[0]);
        }
        return new EntityGraph(graph, nodes, null);
    }

    /** The {@code label} attribute, else the {@code name} igraph writes, else the id: the first that is not blank. */
    private static String label(Map<String, String> attributes, String id) {
        for (String key : new String[] {"label", "name"}) {
            String value = attributes.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return id;
    }

    static String edgeName(String source, String target) {
        return "edge '" + printable(source) + "' -- '" + printable(target) + "'";
    }

    /** The weight {@code value} as a number the rankings can compute with, or a one-line refusal naming the file and edge. */
    static double requireWeight(Path file, Supplier<String> edge, String value) {
        double weight;
        try {
            weight = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UserInputException(file + ": " + edge.get() + ": weight '" + printable(value) + "' is not a number");
        }
        if (!(weight > 0)) {
            throw new UserInputException(file + ": " + edge.get() + ": weight " + printable(value.strip()) + " is not a positive number "
                    + "(rank reads weights as co-mention strengths; remove the edge or give it a weight > 0)");
        }
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new UserInputException(file + ": " + edge.get() + ": weight " + printable(value.strip()) + " is outside the range rank "
                    + "computes with (" + MIN_WEIGHT + " to " + MAX_WEIGHT + "); rescale the weights");
        }
        return weight;
    }

    /** A whole number from 0 to {@code max} (networkx may write 12 as 12.0); absent is 0. */
    static long count(Path file, Supplier<String> element, String name, String value, long max) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            parsed = Double.NaN;
        }
        if (!(parsed >= 0 && parsed <= max && parsed == Math.rint(parsed))) {
            throw new UserInputException(file + ": " + element.get() + ": " + name + " '" + printable(value)
                    + "' is not a whole number from 0 to " + max);
        }
        return (long) parsed;
    }

    /** A node's origin as written, or gazetteer when the file does not say (graphs of earlier versions). */
    private static String origin(String value) {
        return value == null || value.isBlank() ? NodeAttributes.GAZETTEER : value.strip();
    }

    /** A node's confidence as written, or 1 when the file does not say or says something that is none. */
    private static double confidence(String value) {
        try {
            double c = value == null ? 1 : Double.parseDouble(value.strip());
            return c > 0 && c <= 1 ? c : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
