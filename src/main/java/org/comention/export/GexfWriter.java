package org.comention.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.cooccurrence.Association;
import org.comention.cooccurrence.TimeSlice;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;
import org.jgrapht.Graph;

/**
 * Writes {@code graph.gexf} in GEXF 1.3, Gephi's own format: typed node and edge attributes (those
 * of the GraphML), {@code viz:size} from a centrality scaled to 10..60, {@code viz:color} from the
 * community ({@link CommunityColours}), undirected, no graph attributes.
 *
 * <p>When documents have dates the graph is dynamic ({@code timeformat="date"}): a node lives in
 * the time slices of the documents that name it and an edge in those where its entities meet, as
 * spells, and the edge {@code weight} is dynamic, the windows shared within each slice, so Gephi's
 * timeline replays the story slice by slice.
 */
public final class GexfWriter {
    private static final String GEXF = "http://gexf.net/1.3";
    private static final String VIZ = "http://gexf.net/1.3/viz";

    private final TimeSlice slicing;

    public GexfWriter(TimeSlice slicing) {
        this.slicing = slicing;
    }

    /**
     * @param sizeBy the measure that sizes nodes
     */
    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                      CentralityMeasure sizeBy, Path target) throws IOException {
        AtomicOutput.write(target, writer -> {
            try {
                writeXml(entityGraph, rankings, communities, surfaces, sizeBy, writer);
            } catch (XMLStreamException e) {
                // a full disk reaches us wrapped: report what the system said
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        });
    }

    private void writeXml(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                          CentralityMeasure sizeBy, Writer out) throws XMLStreamException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        List<CentralityMeasure> measures = rankings.measures();
        boolean dynamic = entityGraph.nodes().values().stream().anyMatch(n -> !n.slices().isEmpty());
        EdgeColumns columns = EdgeColumns.of(graph);

        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        nl(xml, 0);
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(GEXF);
        xml.writeNamespace("viz", VIZ);
        xml.writeAttribute("version", "1.3");
        nl(xml, 1);
        xml.writeStartElement("meta");
        nl(xml, 2);
        xml.writeStartElement("creator");
        xml.writeCharacters("comention");
        xml.writeEndElement();
        nl(xml, 1);
        xml.writeEndElement();
        nl(xml, 1);
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeAttribute("mode", dynamic ? "dynamic" : "static");
        if (dynamic) {
            xml.writeAttribute("timeformat", "date");
        }

        List<String[]> nodeAttributes = new ArrayList<>(List.of(
                new String[] {"type", "string"}, new String[] {"wikidata", "string"}, new String[] {"mentions", "long"},
                new String[] {"documents", "integer"}, new String[] {"community", "integer"}));
        for (CentralityMeasure m : measures) {
            nodeAttributes.add(new String[] {m.name(), "double"});
        }
        for (String lang : surfaces.languages()) {
            nodeAttributes.add(new String[] {"label_" + lang, "string"});
        }
        if (!surfaces.languages().isEmpty()) {
            nodeAttributes.add(new String[] {"surfaces", "string"});
            nodeAttributes.add(new String[] {"languages", "string"});
        }
        declare(xml, "node", "static", nodeAttributes);
        List<String[]> edgeAttributes = new ArrayList<>();
        edgeAttributes.add(new String[] {"documents", "integer"});
        if (columns.measured()) {
            for (Association a : Association.values()) {
                edgeAttributes.add(new String[] {a.code(), "double"});
            }
        }
        for (String kind : columns.windowKinds()) {
            edgeAttributes.add(new String[] {"weight_" + kind, "long"});
        }
        if (columns.sampled()) {
            edgeAttributes.add(new String[] {"document_ids", "string"});
        }
        if (dynamic) {
            edgeAttributes.add(new String[] {"first_date", "string"});
            edgeAttributes.add(new String[] {"last_date", "string"});
        }
        for (String lang : columns.languages()) {
            edgeAttributes.add(new String[] {"documents_" + lang, "integer"});
        }
        declare(xml, "edge", "static", edgeAttributes);
        if (dynamic) {
            declare(xml, "edge", "dynamic", List.<String[]>of(new String[] {"weight", "double"}));
        }

        double max = 0;
        int sizeIndex = rankings.indexOf(sizeBy);
        for (int v = 0; v < rankings.vertices().size(); v++) {
            max = Math.max(max, rankings.score(sizeIndex, v));
        }
        nl(xml, 2);
        xml.writeStartElement("nodes");
        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            nl(xml, 3);
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            xml.writeAttribute("label", node.label());
            nl(xml, 4);
            xml.writeStartElement("attvalues");
            attvalue(xml, "type", node.type());
            attvalue(xml, "wikidata", node.wikidata());
            attvalue(xml, "mentions", Long.toString(node.mentions()));
            attvalue(xml, "documents", Integer.toString(node.documents()));
            int community = communities.of(node.id());
            attvalue(xml, "community", Integer.toString(community));
            for (int m = 0; m < measures.size(); m++) {
                attvalue(xml, measures.get(m).name(), Numbers.format(rankings.score(m, v)));
            }
            for (String lang : surfaces.languages()) {
                attvalue(xml, "label_" + lang, surfaces.labelIn(node.id(), lang));
            }
            if (!surfaces.languages().isEmpty()) {
                attvalue(xml, "surfaces", surfaces.surfacesOf(node.id()));
                attvalue(xml, "languages", surfaces.languagesOf(node.id()));
            }
            nl(xml, 4);
            xml.writeEndElement();
            if (dynamic) {
                spells(xml, node.slices(), 4);
            }
            nl(xml, 4);
            xml.writeEmptyElement("viz", "size", VIZ);
            double score = rankings.score(sizeIndex, v);
            xml.writeAttribute("value", Numbers.format(10 + 50 * (max > 0 ? score / max : 0)));
            int[] rgb = CommunityColours.rgb(community);
            nl(xml, 4);
            xml.writeEmptyElement("viz", "color", VIZ);
            xml.writeAttribute("r", Integer.toString(rgb[0]));
            xml.writeAttribute("g", Integer.toString(rgb[1]));
            xml.writeAttribute("b", Integer.toString(rgb[2]));
            nl(xml, 3);
            xml.writeEndElement();
        }
        nl(xml, 2);
        xml.writeEndElement();

        nl(xml, 2);
        xml.writeStartElement("edges");
        int id = 0;
        for (CooccurrenceEdge e : graph.edgeSet()) {
            nl(xml, 3);
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + id++);
            xml.writeAttribute("source", graph.getEdgeSource(e));
            xml.writeAttribute("target", graph.getEdgeTarget(e));
            xml.writeAttribute("weight", Numbers.format(graph.getEdgeWeight(e)));
            nl(xml, 4);
            xml.writeStartElement("attvalues");
            attvalue(xml, "documents", Integer.toString(e.documents()));
            if (columns.measured()) {
                for (Association a : Association.values()) {
                    attvalue(xml, a.code(), Numbers.format(e.association(a)));
                }
            }
            for (String kind : columns.windowKinds()) {
                attvalue(xml, "weight_" + kind, Long.toString(e.windowWeights().getOrDefault(kind, 0L)));
            }
            if (columns.sampled()) {
                attvalue(xml, "document_ids", EdgeColumns.documentIds(e));
            }
            if (dynamic) {
                attvalue(xml, "first_date", e.provenance().firstDate());
                attvalue(xml, "last_date", e.provenance().lastDate());
            }
            for (String lang : columns.languages()) {
                attvalue(xml, "documents_" + lang, Integer.toString(EdgeColumns.documentsIn(e, lang)));
            }
            Map<LocalDate, Long> bySlice = e.provenance().windowsBySlice();
            if (dynamic) {
                for (Map.Entry<LocalDate, Long> slice : bySlice.entrySet()) {
                    nl(xml, 5);
                    xml.writeEmptyElement("attvalue");
                    xml.writeAttribute("for", "weight");
                    xml.writeAttribute("value", Long.toString(slice.getValue()));
                    xml.writeAttribute("start", slice.getKey().toString());
                    xml.writeAttribute("end", slicing.end(slice.getKey()).toString());
                }
            }
            nl(xml, 4);
            xml.writeEndElement();
            if (dynamic) {
                spells(xml, new java.util.TreeSet<>(bySlice.keySet()), 4);
            }
            nl(xml, 3);
            xml.writeEndElement();
        }
        nl(xml, 2);
        xml.writeEndElement();
        nl(xml, 1);
        xml.writeEndElement();
        nl(xml, 0);
        xml.writeEndElement();
        nl(xml, 0);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void spells(XMLStreamWriter xml, SortedSet<LocalDate> slices, int depth) throws XMLStreamException {
        if (slices.isEmpty()) {
            return;
        }
        nl(xml, depth);
        xml.writeStartElement("spells");
        for (LocalDate start : slices) {
            nl(xml, depth + 1);
            xml.writeEmptyElement("spell");
            xml.writeAttribute("start", start.toString());
            xml.writeAttribute("end", slicing.end(start).toString());
        }
        nl(xml, depth);
        xml.writeEndElement();
    }

    private static void declare(XMLStreamWriter xml, String kind, String mode, List<String[]> attributes)
            throws XMLStreamException {
        nl(xml, 2);
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        xml.writeAttribute("mode", mode);
        for (String[] attribute : attributes) {
            nl(xml, 3);
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        nl(xml, 2);
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        nl(xml, 5);
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", value);
    }

    private static void nl(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
