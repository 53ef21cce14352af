package org.comention.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.cooccurrence.Association;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;
import org.jgrapht.Graph;

/**
 * Writes {@code graph.json} in the node-link layout of networkx ({@code node_link_graph}):
 * {@code directed}, {@code multigraph}, {@code graph}, {@code nodes} (each with {@code id} and its
 * attributes) and the edges (each with {@code source}, {@code target} and its attributes) under
 * {@code edges}, the key networkx 3.4 and later read, and again under {@code links}, the key of
 * older networkx and of d3-force; and the same nodes and edges as Cytoscape.js elements
 * ({@code elements.nodes[].data}, {@code elements.edges[].data}). Attributes are those of
 * {@code graph.graphml}, provenance included ({@code label_<lang>}, {@code surfaces}, {@code languages};
 * {@code document_ids}, {@code first_date}, {@code last_date}, {@code documents_<lang>}); {@code graph} holds what
 * the graph is: its creator, sizes, the measures and columns its nodes and edges carry, and the span of its dates.
 *
 * <p>Streamed with Jackson's generator, field by field, rather than serializing a tree of maps:
 * a dense graph's edges made hundreds of megabytes of maps, boxed numbers and rounded-number
 * text. The bytes are those the maps gave (same pretty printer, same field order, numbers as
 * the doubles parsed from {@link Numbers#format}, in Double.toString's text as Jackson writes them).
 * The edges are written three times and their measures repeat (ratios of small counts), so the
 * number texts come from a small cache ({@link NumberTexts}); field names are pre-quoted.
 */
public final class NodeLinkJsonWriter {
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString TARGET = new SerializedString("target");
    private static final SerializableString WEIGHT = new SerializedString("weight");
    private static final SerializableString DOCUMENTS = new SerializedString("documents");
    private static final SerializableString DATA = new SerializedString("data");

    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, Path target) throws IOException {
        write(entityGraph, rankings, communities, SurfaceForms.none(), target);
    }

    /** Also writes each node's surface forms, languages and per-language labels, as {@link GraphMlWriter} does. */
    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces, Path target)
            throws IOException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        EdgeColumns columns = EdgeColumns.of(graph);
        List<CentralityMeasure> measures = rankings.measures();
        String[] measureNames = measures.stream().map(CentralityMeasure::name).toArray(String[]::new);
        Association[] associations = Association.values();
        SerializableString[] associationCodes = Arrays.stream(associations)
                .map(a -> new SerializedString(a.code())).toArray(SerializableString[]::new);
        Map<String, SerializableString> kindKeys = new HashMap<>();
        NumberTexts numbers = new NumberTexts();
        JsonFile.stream(target, json -> {
            json.writeStartObject();
            json.writeBooleanField("directed", false);
            json.writeBooleanField("multigraph", false);
            json.writeFieldName("graph");
            writeGraph(json, graph, columns, measureNames, surfaces);
            json.writeFieldName("nodes");
            writeNodes(json, entityGraph, rankings, communities, measureNames, surfaces, false);
            json.writeFieldName("edges");
            writeEdges(json, graph, associations, associationCodes, kindKeys, numbers, columns, false);
            json.writeFieldName("links");
            writeEdges(json, graph, associations, associationCodes, kindKeys, numbers, columns, false);
            // Cytoscape.js: cy.add(json.elements) or cytoscape({elements: json.elements})
            json.writeFieldName("elements");
            json.writeStartObject();
            json.writeFieldName("nodes");
            writeNodes(json, entityGraph, rankings, communities, measureNames, surfaces, true);
            json.writeFieldName("edges");
            writeEdges(json, graph, associations, associationCodes, kindKeys, numbers, columns, true);
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /**
     * What the graph is, for a reader of the file alone: its creator, node and edge counts, the centralities on its
     * nodes, the optional columns of its nodes and edges, and its first and last document date (when dated).
     */
    private static void writeGraph(JsonGenerator json, Graph<String, CooccurrenceEdge> graph, EdgeColumns columns,
                                   String[] measureNames, SurfaceForms surfaces) throws IOException {
        json.writeStartObject();
        json.writeStringField("creator", "comention");
        json.writeNumberField("node_count", graph.vertexSet().size());
        json.writeNumberField("edge_count", graph.edgeSet().size());
        json.writeFieldName("centralities");
        json.writeArray(measureNames, 0, measureNames.length);
        json.writeBooleanField("association_measures", columns.measured());
        json.writeFieldName("window_kinds");
        writeStrings(json, columns.windowKinds());
        json.writeFieldName("node_languages");
        writeStrings(json, surfaces.languages());
        json.writeFieldName("edge_languages");
        writeStrings(json, columns.languages());
        String first = null;
        String last = null;
        for (CooccurrenceEdge e : graph.edgeSet()) {
            // ISO days, so text order is time order
            String f = e.provenance().firstDate();
            String l = e.provenance().lastDate();
            first = f != null && (first == null || f.compareTo(first) < 0) ? f : first;
            last = l != null && (last == null || l.compareTo(last) > 0) ? l : last;
        }
        if (first != null) {
            json.writeStringField("first_date", first);
            json.writeStringField("last_date", last);
        }
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, java.util.Collection<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A string field, left out when there is no value (as GraphML leaves out its {@code <data>}). */
    private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }

    /** The nodes in ranking order; {@code wrapped} puts each under {@code data}, as Cytoscape.js wants. */
    private static void writeNodes(JsonGenerator json, EntityGraph entityGraph, Rankings rankings, Communities communities,
                                   String[] measureNames, SurfaceForms surfaces, boolean wrapped) throws IOException {
        json.writeStartArray();
        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            if (wrapped) {
                json.writeStartObject();
                json.writeFieldName("data");
            }
            json.writeStartObject();
            json.writeStringField("id", node.id());
            json.writeStringField("label", node.label());
            json.writeStringField("type", node.type());
            if (node.wikidata() != null) {
                json.writeStringField("wikidata", node.wikidata());
            }
            json.writeNumberField("mentions", node.mentions());
            json.writeNumberField("documents", node.documents());
            json.writeNumberField("community", communities.of(node.id()));
            json.writeStringField("origin", node.origin());
            json.writeNumberField("confidence", Numbers.round(node.confidence()));
            for (String lang : surfaces.languages()) {
                writeOptional(json, "label_" + lang, surfaces.labelIn(node.id(), lang));
            }
            writeOptional(json, "surfaces", surfaces.surfacesOf(node.id()));
            writeOptional(json, "languages", surfaces.languagesOf(node.id()));
            for (int m = 0; m < measureNames.length; m++) {
                json.writeNumberField(measureNames[m], Numbers.round(rankings.score(m, v)));
            }
            json.writeEndObject();
            if (wrapped) {
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /** The edges in the graph's order; {@code wrapped} puts each under {@code data}. */
    private static void writeEdges(JsonGenerator json, Graph<String, CooccurrenceEdge> graph, Association[] associations,
                                   SerializableString[] associationCodes, Map<String, SerializableString> kindKeys,
                                   NumberTexts numbers, EdgeColumns columns, boolean wrapped) throws IOException {
        json.writeStartArray();
        for (CooccurrenceEdge e : graph.edgeSet()) {
            writeEdge(json, graph, e, associations, associationCodes, kindKeys, numbers, columns, wrapped);
        }
        json.writeEndArray();
    }

    /** One edge; a method of its own so the JIT compiles it whole rather than as part of the loop. */
    private static void writeEdge(JsonGenerator json, Graph<String, CooccurrenceEdge> graph, CooccurrenceEdge e,
                                  Association[] associations, SerializableString[] associationCodes,
                                  Map<String, SerializableString> kindKeys, NumberTexts numbers, EdgeColumns columns,
                                  boolean wrapped) throws IOException {
        if (wrapped) {
            json.writeStartObject();
            json.writeFieldName(DATA);
        }
        json.writeStartObject();
        json.writeFieldName(SOURCE);
        json.writeString(graph.getEdgeSource(e));
        json.writeFieldName(TARGET);
        json.writeString(graph.getEdgeTarget(e));
        json.writeFieldName(WEIGHT);
        json.writeNumber(numbers.text(Numbers.round(graph.getEdgeWeight(e))));
        json.writeFieldName(DOCUMENTS);
        json.writeNumber(e.documents());
        if (e.hasAssociations()) {
            for (int a = 0; a < associations.length; a++) {
                json.writeFieldName(associationCodes[a]);
                json.writeNumber(numbers.text(Numbers.round(e.association(associations[a]))));
            }
        }
        if (columns.sampled()) {
            writeOptional(json, "document_ids", EdgeColumns.documentIds(e));
        }
        writeOptional(json, "first_date", e.provenance().firstDate());
        writeOptional(json, "last_date", e.provenance().lastDate());
        for (String lang : columns.languages()) {
            json.writeNumberField("documents_" + lang, EdgeColumns.documentsIn(e, lang));
        }
        for (Map.Entry<String, Long> kind : e.windowWeights().entrySet()) {
            json.writeFieldName(kindKeys.computeIfAbsent(kind.getKey(), k -> new SerializedString("weight_" + k)));
            json.writeNumber(kind.getValue());
        }
        json.writeEndObject();
        if (wrapped) {
            json.writeEndObject();
        }
    }

    /**
     * Double.toString of doubles, remembered in a fixed table indexed by the value's bits (a
     * collision replaces the entry): the same text always, in bounded memory, and the costly
     * conversion once per distinct value in most cases.
     */
    private static final class NumberTexts {
        private static final int SLOTS = 1 << 16;
        private final long[] bits = new long[SLOTS];
        private final String[] texts = new String[SLOTS];

        /** The text Jackson's writeNumber(double) writes: Double.toString (its fast writer is off). */
        String text(double value) {
            long key = Double.doubleToRawLongBits(value);
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 48);
            String text = texts[slot];
            if (text != null && bits[slot] == key) {
                return text;
            }
            text = Double.toString(value);
            bits[slot] = key;
            texts[slot] = text;
            return text;
        }
    }
}
