package org.comention.graph;

import static org.comention.common.UserInputException.printable;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
 * (any case), else igraph's {@code name}, else the node id; edge weights from {@code weight}, else
 * 1; parallel edges are merged as {@link ReadGraph} says.
 *
 * <p>The file is read once through {@link XmlInput}, which refuses a DOCTYPE before the importer's
 * own parser (JDK defaults: entities and DTDs resolved) sees the bytes. A value the rankings
 * cannot compute with is refused with the file and the edge or node: a weight that is not a
 * number, not positive, or outside {@link ReadGraph#MIN_WEIGHT}..{@link ReadGraph#MAX_WEIGHT}; a
 * count that is not a whole number. Ranking such a graph anyway would print wrong numbers.
 */
public final class GraphMlReader {
    private static final String WEIGHT = "weight";

    public EntityGraph read(Path file) throws IOException {
        return read(XmlInput.read(file, "GraphML file"));
    }

    /** Reads an input already checked by {@link XmlInput}. */
    public EntityGraph read(XmlInput input) throws IOException {
        Path file = input.file();
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
            Supplier<String> name = () -> ReadGraph.edgeName(raw.getEdgeSource(edge), raw.getEdgeTarget(edge));
            if (edgeAndName.getSecond().equals(WEIGHT)) {
                ReadGraph.requireWeight(file, name, attribute.getValue());
            }
            if (edgeAndName.getSecond().equalsIgnoreCase("documents")) {
                edgeDocuments.put(edge, ReadGraph.count(file, name, "documents", attribute.getValue(), Integer.MAX_VALUE));
            }
        });
        try (Reader reader = input.reader()) {
            importer.importGraph(raw, reader);
        } catch (ImportException e) {
            UserInputException located = input.problem(e, "not valid GraphML");
            throw located != null ? located : new UserInputException(file + ": not valid GraphML: " + detail(e));
        }

        return ReadGraph.assemble(file, raw, vertexAttributes, edgeDocuments);
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
}
