package org.comention.graph;

import static org.comention.common.UserInputException.printable;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.comention.common.UserInputException;
import org.comention.common.XmlInput;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.util.SupplierUtil;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * Reads a GraphML file, ours or another tool's (Gephi, networkx, igraph), into an
 * {@link EntityGraph} with JGraphT's importer. Node labels come from a {@code label} attribute
 * (any case), else the node id; edge weights from {@code weight}, else 1. The graph is taken as
 * undirected and simple: parallel edges (and both directions of a directed edge) are merged by
 * adding their weights, self-loops are dropped.
 *
 * <p>The file is read once through {@link XmlInput}, which refuses a DOCTYPE before the importer's
 * own parser (JDK defaults: entities and DTDs resolved) sees the bytes. A value the rankings
 * cannot compute with is refused with the file and the edge or node: a weight that is not a
 * number, not positive, or outside {@link #MIN_WEIGHT}..{@link #MAX_WEIGHT}; a count that is not
 * a whole number. Ranking such a graph anyway would print wrong numbers.
 */
public final class GraphMlReader {
    /**
     * The weights {@code rank} accepts, chosen so that every quantity the rankings form stays a
     * finite double: distances of 1/weight and path lengths over up to 2^31 edges (below 1e110),
     * weighted degrees and the total weight (below 1e110), and products of two of them in
     * modularity (below 1e220). A subnormal weight would make its distance infinite, a weight
     * near Double.MAX_VALUE its node's weighted degree. Co-mention counts and the weights other
     * tools write are far inside.
     */
    public static final double MIN_WEIGHT = 1e-100;
    public static final double MAX_WEIGHT = 1e100;
    private static final String WEIGHT = "weight";

    public EntityGraph read(Path file) throws IOException {
        XmlInput input = XmlInput.read(file, "GraphML file");
        Graph<String, DefaultWeightedEdge> raw = new WeightedPseudograph<>(null, SupplierUtil.createDefaultWeightedEdgeSupplier());
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        // The importer matches this name exactly and takes a value it cannot parse as the key's default, silently.
        importer.setEdgeWeightAttributeName(WEIGHT);
        Map<String, Map<String, String>> vertexAttributes = new HashMap<>();
        Map<DefaultWeightedEdge, Long> edgeDocuments = new HashMap<>();
        importer.addVertexAttributeConsumer((vertexAndName, attribute) -> vertexAttributes
                .computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>())
                .put(vertexAndName.getSecond().toLowerCase(java.util.Locale.ROOT), attribute.getValue()));
        importer.addEdgeAttributeConsumer((edgeAndName, attribute) -> {
            DefaultWeightedEdge edge = edgeAndName.getFirst();
            Supplier<String> name = () -> edgeName(raw, edge);
            if (edgeAndName.getSecond().equals(WEIGHT)) {
                requireWeight(file, name, attribute.getValue());
            }
            if (edgeAndName.getSecond().equalsIgnoreCase("documents")) {
                edgeDocuments.put(edge, count(file, name, "documents", attribute.getValue(), Integer.MAX_VALUE));
            }
        });
        try (Reader reader = input.reader()) {
            importer.importGraph(raw, reader);
        } catch (ImportException e) {
            UserInputException located = input.problem(e, "not valid GraphML");
            throw located != null ? located : new UserInputException(file + ": not valid GraphML: " + detail(e));
        }

        Graph<String, CooccurrenceEdge> graph = new SimplePairGraph<>();
        Map<String, NodeAttributes> nodes = new LinkedHashMap<>();
        for (String v : new TreeSet<>(raw.vertexSet())) {
            graph.addVertex(v);
            Map<String, String> attributes = vertexAttributes.getOrDefault(v, Map.of());
            String label = attributes.getOrDefault("label", v);
            Supplier<String> node = () -> "node '" + printable(v) + "'";
            nodes.put(v, new NodeAttributes(v, label.isBlank() ? v : label, attributes.get("type"), attributes.get("wikidata"),
                    count(file, node, "mentions", attributes.get("mentions"), Long.MAX_VALUE),
                    (int) count(file, node, "documents", attributes.get("documents"), Integer.MAX_VALUE),
                    new java.util.TreeSet<>(), origin(attributes.get("origin")), confidence(attributes.get("confidence"))));
        }
        Map<String, double[]> merged = new java.util.TreeMap<>();
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

    private static String edgeName(Graph<String, DefaultWeightedEdge> raw, DefaultWeightedEdge edge) {
        return "edge '" + printable(raw.getEdgeSource(edge)) + "' -- '"
                + printable(raw.getEdgeTarget(edge)) + "'";
    }

    private static void requireWeight(Path file, Supplier<String> edge, String value) {
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
    }

    /** A whole number from 0 to {@code max} (networkx may write 12 as 12.0); absent is 0. */
    private static long count(Path file, Supplier<String> element, String name, String value, long max) {
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

    /**
     * The innermost message the importer gave ("Source vertex x not found", "Node with id x already
     * exists"): its own is only "Failed to parse GraphML". A bug of its own (a NullPointerException
     * on elements out of place) says nothing useful, so the generic message stays.
     */
    private static String detail(Throwable failure) {
        String message = "elements the GraphML importer cannot read";
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            boolean told = cause instanceof ImportException || cause instanceof org.xml.sax.SAXException
                    || cause instanceof IllegalArgumentException;
            if (told && cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return printable(message.strip());
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
