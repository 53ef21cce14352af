package org.comention.graph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.comention.common.InputFiles;
import org.comention.common.UserInputException;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.util.SupplierUtil;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * Reads a GraphML file, ours or another tool's (Gephi, networkx, igraph), into an
 * {@link EntityGraph} with JGraphT's importer. Node labels come from a {@code label} attribute
 * (any case), else the node id; edge weights from {@code weight}, else 1. The graph is taken as
 * undirected and simple: parallel edges (and both directions of a directed edge) are merged by
 * adding their weights, self-loops are dropped.
 */
public final class GraphMlReader {

    public EntityGraph read(Path file) throws IOException {
        InputFiles.requireFile(file, "GraphML file");
        Graph<String, DefaultWeightedEdge> raw = new WeightedPseudograph<>(null, SupplierUtil.createDefaultWeightedEdgeSupplier());
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.setEdgeWeightAttributeName("weight");
        Map<String, Map<String, String>> vertexAttributes = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> edgeDocuments = new HashMap<>();
        importer.addVertexAttributeConsumer((vertexAndName, attribute) -> vertexAttributes
                .computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>())
                .put(vertexAndName.getSecond().toLowerCase(java.util.Locale.ROOT), attribute.getValue()));
        importer.addEdgeAttributeConsumer((edgeAndName, attribute) -> {
            if (edgeAndName.getSecond().equalsIgnoreCase("documents")) {
                edgeDocuments.put(edgeAndName.getFirst(), parseInt(attribute));
            }
        });
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(raw, reader);
        } catch (ImportException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
            throw new UserInputException(file + ": not valid GraphML: " + message);
        }

        Graph<String, CooccurrenceEdge> graph = new SimplePairGraph<>();
        Map<String, NodeAttributes> nodes = new LinkedHashMap<>();
        for (String v : new TreeSet<>(raw.vertexSet())) {
            graph.addVertex(v);
            Map<String, String> attributes = vertexAttributes.getOrDefault(v, Map.of());
            String label = attributes.getOrDefault("label", v);
            nodes.put(v, new NodeAttributes(v, label.isBlank() ? v : label, attributes.get("type"),
                    attributes.get("wikidata"), parseLong(attributes.get("mentions")), (int) parseLong(attributes.get("documents"))));
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
            value[1] += edgeDocuments.getOrDefault(e, 0);
        }
        for (Map.Entry<String, double[]> entry : merged.entrySet()) {
            int split = entry.getKey().indexOf('\u0000');
            CooccurrenceEdge edge = new CooccurrenceEdge((int) entry.getValue()[1]);
            graph.addEdge(entry.getKey().substring(0, split), entry.getKey().substring(split + 1), edge);
            graph.setEdgeWeight(edge, entry.getValue()[0]);
        }
        return new EntityGraph(graph, nodes, null);
    }

    private static int parseInt(Attribute attribute) {
        return (int) parseLong(attribute.getValue());
    }

    private static long parseLong(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return (long) Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
