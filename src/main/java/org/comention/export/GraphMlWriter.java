package org.comention.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Communities;
import org.comention.cooccurrence.Association;
import org.comention.analysis.Rankings;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;
import org.jgrapht.Graph;

/**
 * Writes {@code graph.graphml} the way Gephi's GraphML importer reads it: node ids are entity
 * ids; a node key named {@code label} holds the label; edges carry {@code weight} (double) and
 * {@code documents} and every association measure (count, jaccard, dice, npmi,
 * association_strength, log_likelihood); nodes carry their Leiden {@code community}; every key declares {@code attr.type} and is either {@code for="node"} or
 * {@code for="edge"}; the graph is declared undirected; edge ids are stable ({@code e0, e1, ...}
 * in the graph's edge order).
 *
 * <p>Written with the JDK's StAX writer rather than JGraphT's {@code GraphMLExporter}: that
 * exporter registers attributes by name only, so a node attribute and an edge attribute cannot
 * share the name {@code documents}; its fallback, a key {@code for="all"}, becomes a node column
 * in Gephi and the edges' values are dropped.
 */
public final class GraphMlWriter {
    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** One GraphML {@code <key>}: id, domain ({@code node} or {@code edge}), name and type. */
    private record Key(String id, String domain, String name, String type) {
    }

    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, Path target) throws IOException {
        write(entityGraph, rankings, communities, SurfaceForms.none(), target);
    }

    /** Also writes each node's surface forms, languages and per-language labels. */
    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces, Path target)
            throws IOException {
        AtomicOutput.write(target, writer -> {
            try {
                writeXml(entityGraph, rankings, communities, surfaces, writer);
            } catch (XMLStreamException e) {
                // a full disk reaches us wrapped: report what the system said
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        });
    }

    private static void writeXml(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                                 Writer out) throws XMLStreamException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        List<CentralityMeasure> measures = rankings.measures();
        List<Key> nodeKeys = new ArrayList<>(List.of(
                new Key("label", "node", "label", "string"),
                new Key("type", "node", "type", "string"),
                new Key("wikidata", "node", "wikidata", "string"),
                new Key("mentions", "node", "mentions", "long"),
                new Key("documents", "node", "documents", "int"),
                new Key("community", "node", "community", "int")));
        for (String lang : surfaces.languages()) {
            nodeKeys.add(new Key("label_" + lang, "node", "label_" + lang, "string"));
        }
        if (!surfaces.languages().isEmpty()) {
            nodeKeys.add(new Key("surfaces", "node", "surfaces", "string"));
            nodeKeys.add(new Key("languages", "node", "languages", "string"));
        }
        for (CentralityMeasure measure : measures) {
            nodeKeys.add(new Key(measure.name(), "node", measure.name(), "double"));
        }
        List<Key> edgeKeys = new ArrayList<>(List.of(
                new Key("weight", "edge", "weight", "double"),
                new Key("edge_documents", "edge", "documents", "int")));
        EdgeColumns columns = EdgeColumns.of(graph);
        if (columns.measured()) {
            for (Association measure : Association.values()) {
                edgeKeys.add(new Key(measure.code(), "edge", measure.code(), "double"));
            }
        }
        if (columns.sampled()) {
            edgeKeys.add(new Key("document_ids", "edge", "document_ids", "string"));
        }
        if (columns.dated()) {
            edgeKeys.add(new Key("first_date", "edge", "first_date", "string"));
            edgeKeys.add(new Key("last_date", "edge", "last_date", "string"));
        }
        for (String lang : columns.languages()) {
            edgeKeys.add(new Key("documents_" + lang, "edge", "documents_" + lang, "int"));
        }
        for (String kind : columns.windowKinds()) {
            edgeKeys.add(new Key("weight_" + kind, "edge", "weight_" + kind, "long"));
        }

        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        newline(xml, 0);
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NAMESPACE);
        for (Key key : nodeKeys) {
            writeKey(xml, key);
        }
        for (Key key : edgeKeys) {
            writeKey(xml, key);
        }
        newline(xml, 1);
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "G");
        xml.writeAttribute("edgedefault", "undirected");

        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            newline(xml, 2);
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            writeData(xml, "label", node.label());
            writeData(xml, "type", node.type());
            writeData(xml, "wikidata", node.wikidata());
            writeData(xml, "mentions", Long.toString(node.mentions()));
            writeData(xml, "documents", Integer.toString(node.documents()));
            writeData(xml, "community", Integer.toString(communities.of(node.id())));
            for (String lang : surfaces.languages()) {
                writeData(xml, "label_" + lang, surfaces.labelIn(node.id(), lang));
            }
            if (!surfaces.languages().isEmpty()) {
                writeData(xml, "surfaces", surfaces.surfacesOf(node.id()));
                writeData(xml, "languages", surfaces.languagesOf(node.id()));
            }
            for (int m = 0; m < measures.size(); m++) {
                writeData(xml, measures.get(m).name(), Numbers.format(rankings.score(m, v)));
            }
            newline(xml, 2);
            xml.writeEndElement();
        }
        int edgeId = 0;
        for (CooccurrenceEdge e : graph.edgeSet()) {
            newline(xml, 2);
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edgeId++);
            xml.writeAttribute("source", graph.getEdgeSource(e));
            xml.writeAttribute("target", graph.getEdgeTarget(e));
            writeData(xml, "weight", Numbers.format(graph.getEdgeWeight(e)));
            writeData(xml, "edge_documents", Integer.toString(e.documents()));
            if (columns.measured()) {
                for (Association measure : Association.values()) {
                    writeData(xml, measure.code(), Numbers.format(e.association(measure)));
                }
            }
            if (columns.sampled()) {
                writeData(xml, "document_ids", EdgeColumns.documentIds(e));
            }
            writeData(xml, "first_date", e.provenance().firstDate());
            writeData(xml, "last_date", e.provenance().lastDate());
            for (String lang : columns.languages()) {
                writeData(xml, "documents_" + lang, Integer.toString(EdgeColumns.documentsIn(e, lang)));
            }
            for (String kind : columns.windowKinds()) {
                writeData(xml, "weight_" + kind, Long.toString(e.windowWeights().getOrDefault(kind, 0L)));
            }
            newline(xml, 2);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
        newline(xml, 0);
        xml.writeEndElement();
        newline(xml, 0);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void writeKey(XMLStreamWriter xml, Key key) throws XMLStreamException {
        newline(xml, 1);
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", key.id());
        xml.writeAttribute("for", key.domain());
        xml.writeAttribute("attr.name", key.name());
        xml.writeAttribute("attr.type", key.type());
    }

    /** A {@code <data>} element; an absent value writes nothing, so Gephi leaves the cell empty. */
    private static void writeData(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        newline(xml, 3);
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
