package org.comention.graph;

import static org.comention.common.UserInputException.printable;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.comention.common.UserInputException;
import org.comention.common.XmlInput;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.util.SupplierUtil;

/**
 * Reads a GEXF file (1.1 to 1.3; comention's, Gephi's, networkx's) into an {@link EntityGraph}.
 * Node labels come from the {@code label} XML attribute, else an attribute titled {@code label} or
 * {@code name}, else the node id; types and counts from the attributes titled {@code type},
 * {@code mentions}, {@code documents} (any case). An edge's weight is its {@code weight} XML
 * attribute, else a static attribute titled {@code weight}, else 1: the total, which is what
 * comention writes there in every file. An edge whose weight is given only per time interval is
 * refused, as no one number of it is the weight. Values are checked as {@link ReadGraph} does.
 *
 * <p>JGraphT's GEXF support only writes, so this is a small StAX reader: the JDK's, with DTDs and
 * external entities off, over bytes {@link XmlInput} has already checked for a DOCTYPE.
 */
public final class GexfReader {
    private static final String WEIGHT = "weight";

    /** Reads an input already checked by {@link XmlInput}. */
    public EntityGraph read(XmlInput input) throws IOException {
        Path file = input.file();
        Parse parse = new Parse(file);
        try (Reader reader = input.reader()) {
            XMLStreamReader xml = factory().createXMLStreamReader(reader);
            try {
                parse.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            UserInputException known = input.problem(e, "not valid GEXF");
            if (known != null) {
                throw known;
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ").strip();
            // The JDK prefixes its message with "ParseError at [row,col]:[..]\nMessage: "
            int told = message.indexOf("Message: ");
            throw UserInputException.at(file, line, "not valid GEXF: " + printable(told < 0 ? message : message.substring(told + 9)));
        }
        return ReadGraph.assemble(file, parse.raw, parse.nodeAttributes, parse.edgeDocuments);
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, not whichever a jar on the class path registers as the default.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** One pass over the elements; what is read so far. */
    private static final class Parse {
        private final Path file;
        private final Graph<String, DefaultWeightedEdge> raw =
                new WeightedPseudograph<>(null, SupplierUtil.createDefaultWeightedEdgeSupplier());
        private final Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
        private final Map<DefaultWeightedEdge, Long> edgeDocuments = new HashMap<>();
        /** Declared attributes by class ("node", "edge") and id: their lower-cased titles. */
        private final Map<String, Map<String, String>> titles = new HashMap<>();
        private String attributeClass;
        private String nodeId;
        private DefaultWeightedEdge edge;
        private boolean edgeWeightGiven;
        private boolean edgeWeightPerInterval;

        Parse(Path file) {
            this.file = file;
        }

        void read(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
        }

        private void start(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "attributes" -> attributeClass = attribute(xml, "class");
                case "attribute" -> {
                    String id = attribute(xml, "id");
                    String title = attribute(xml, "title");
                    if (attributeClass != null && id != null) {
                        titles.computeIfAbsent(attributeClass.toLowerCase(Locale.ROOT), c -> new HashMap<>())
                                .put(id, (title == null || title.isBlank() ? id : title).toLowerCase(Locale.ROOT));
                    }
                }
                case "node" -> node(xml);
                case "edge" -> edge(xml);
                case "attvalue" -> attvalue(xml);
                default -> {
                }
            }
        }

        private void end(String name) {
            if (name.equals("attributes")) {
                attributeClass = null;
            } else if (name.equals("node")) {
                nodeId = null;
            } else if (name.equals("edge")) {
                if (edge != null && !edgeWeightGiven && edgeWeightPerInterval) {
                    throw new UserInputException(file + ": " + edgeName() + ": weight given only per time interval; "
                            + "rank needs one weight per edge (a 'weight' attribute on the edge, as comention writes)");
                }
                edge = null;
            }
        }

        private void node(XMLStreamReader xml) {
            String id = required(xml, "node", "id");
            if (!raw.addVertex(id)) {
                throw UserInputException.at(file, xml.getLocation().getLineNumber(), "node '" + printable(id) + "' is declared twice");
            }
            nodeId = id;
            String label = attribute(xml, "label");
            if (label != null && !label.isBlank()) {
                nodeAttributes.computeIfAbsent(id, v -> new HashMap<>()).put("label", label);
            }
        }

        private void edge(XMLStreamReader xml) {
            String source = required(xml, "edge", "source");
            String target = required(xml, "edge", "target");
            for (String end : new String[] {source, target}) {
                if (!raw.containsVertex(end)) {
                    throw UserInputException.at(file, xml.getLocation().getLineNumber(), ReadGraph.edgeName(source, target)
                            + ": no node '" + printable(end) + "' (nodes come before the edges that join them)");
                }
            }
            edge = raw.addEdge(source, target);
            String weight = attribute(xml, WEIGHT);
            edgeWeightGiven = weight != null;
            edgeWeightPerInterval = false;
            if (edgeWeightGiven) {
                raw.setEdgeWeight(edge, ReadGraph.requireWeight(file, this::edgeName, weight));
            }
        }

        private void attvalue(XMLStreamReader xml) {
            String key = attribute(xml, "for");
            if (key == null) {
                key = attribute(xml, "id"); // GEXF 1.1
            }
            String value = attribute(xml, "value");
            if (key == null || value == null) {
                return;
            }
            boolean perInterval = attribute(xml, "start") != null || attribute(xml, "end") != null
                    || attribute(xml, "timestamp") != null;
            if (nodeId != null && edge == null) {
                if (!perInterval) {
                    String title = titles.getOrDefault("node", Map.of()).getOrDefault(key, key.toLowerCase(Locale.ROOT));
                    Map<String, String> attributes = nodeAttributes.computeIfAbsent(nodeId, v -> new HashMap<>());
                    // the label XML attribute, when given, wins over an attribute titled label
                    if (!title.equals("label") || !attributes.containsKey("label")) {
                        attributes.put(title, value);
                    }
                }
            } else if (edge != null) {
                String title = titles.getOrDefault("edge", Map.of()).getOrDefault(key, key.toLowerCase(Locale.ROOT));
                if (title.equals(WEIGHT)) {
                    if (perInterval) {
                        edgeWeightPerInterval = true;
                    } else if (!edgeWeightGiven) {
                        edgeWeightGiven = true;
                        raw.setEdgeWeight(edge, ReadGraph.requireWeight(file, this::edgeName, value));
                    }
                } else if (title.equals("documents") && !perInterval) {
                    edgeDocuments.put(edge, ReadGraph.count(file, this::edgeName, "documents", value, Integer.MAX_VALUE));
                }
            }
        }

        private String edgeName() {
            return ReadGraph.edgeName(raw.getEdgeSource(edge), raw.getEdgeTarget(edge));
        }

        private String required(XMLStreamReader xml, String element, String name) {
            String value = attribute(xml, name);
            if (value == null) {
                throw UserInputException.at(file, xml.getLocation().getLineNumber(), "a " + element + " without '" + name + "'");
            }
            return value;
        }

        private static String attribute(XMLStreamReader xml, String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }
    }
}
