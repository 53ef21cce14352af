package org.comention.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * <p>Written by hand ({@link XmlOut}, escaping as the JDK's StAX writer did) rather than with JGraphT's {@code GraphMLExporter}: that
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
        AtomicOutput.write(target, writer -> writeXml(entityGraph, rankings, communities, surfaces, writer));
    }

    private static void writeXml(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                                 Writer out) throws IOException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        List<CentralityMeasure> measures = rankings.measures();
        List<Key> nodeKeys = new ArrayList<>(List.of(
                new Key("label", "node", "label", "string"),
                new Key("type", "node", "type", "string"),
                new Key("wikidata", "node", "wikidata", "string"),
                new Key("mentions", "node", "mentions", "long"),
                new Key("documents", "node", "documents", "int"),
                new Key("community", "node", "community", "int"),
                new Key("origin", "node", "origin", "string"),
                new Key("confidence", "node", "confidence", "double")));
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

        // decided once, not per edge: the measures' codes (Association.code lower-cases) and the column keys
        String[] measureCodes = columns.measured()
                ? java.util.Arrays.stream(Association.values()).map(Association::code).toArray(String[]::new)
                : new String[0];
        Association[] associations = Association.values();
        List<String> languages = List.copyOf(columns.languages());
        String[] languageKeys = languages.stream().map(lang -> "documents_" + lang).toArray(String[]::new);
        List<String> kinds = List.copyOf(columns.windowKinds());
        String[] kindKeys = kinds.stream().map(kind -> "weight_" + kind).toArray(String[]::new);
        String[] measureNames = measures.stream().map(CentralityMeasure::name).toArray(String[]::new);

        XmlOut xml = new XmlOut(out);
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.newline(0).raw("<graphml").attribute("xmlns", NAMESPACE).raw(">");
        for (Key key : nodeKeys) {
            writeKey(xml, key);
        }
        for (Key key : edgeKeys) {
            writeKey(xml, key);
        }
        xml.newline(1).raw("<graph").attribute("id", "G").attribute("edgedefault", "undirected").raw(">");

        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            xml.newline(2).raw("<node").attribute("id", node.id()).raw(">");
            writeData(xml, "label", node.label());
            writeData(xml, "type", node.type());
            writeData(xml, "wikidata", node.wikidata());
            writeNumber(xml, "mentions", node.mentions());
            writeNumber(xml, "documents", node.documents());
            writeNumber(xml, "community", communities.of(node.id()));
            writeData(xml, "origin", node.origin());
            writeData(xml, "confidence", Numbers.format(node.confidence()));
            for (String lang : surfaces.languages()) {
                writeData(xml, "label_" + lang, surfaces.labelIn(node.id(), lang));
            }
            if (!surfaces.languages().isEmpty()) {
                writeData(xml, "surfaces", surfaces.surfacesOf(node.id()));
                writeData(xml, "languages", surfaces.languagesOf(node.id()));
            }
            for (int m = 0; m < measureNames.length; m++) {
                writeData(xml, measureNames[m], Numbers.format(rankings.score(m, v)));
            }
            xml.newline(2).raw("</node>");
        }
        EdgeLayout layout = new EdgeLayout(associations, measureCodes, kinds, kindKeys, languages, languageKeys, columns.sampled());
        long edgeId = 0;
        for (CooccurrenceEdge e : graph.edgeSet()) {
            writeEdge(xml, graph, e, edgeId++, layout);
        }
        xml.newline(1).raw("</graph>");
        xml.newline(0).raw("</graphml>");
        xml.newline(0);
        xml.finish();
    }

    /** What every edge is written with, decided once. */
    private record EdgeLayout(Association[] associations, String[] measureCodes, List<String> kinds, String[] kindKeys,
                              List<String> languages, String[] languageKeys, boolean sampled) {
    }

    /** One edge; a method of its own so the JIT compiles it whole rather than as part of a loop in a long method. */
    private static void writeEdge(XmlOut xml, Graph<String, CooccurrenceEdge> graph, CooccurrenceEdge e, long id,
                                  EdgeLayout layout) throws IOException {
        xml.newline(2).raw("<edge id=\"e").raw(id).raw("\"")
                .attribute("source", graph.getEdgeSource(e)).attribute("target", graph.getEdgeTarget(e)).raw(">");
        writeData(xml, "weight", Numbers.format(graph.getEdgeWeight(e)));
        writeNumber(xml, "edge_documents", e.documents());
        for (int a = 0; a < layout.measureCodes().length; a++) {
            writeData(xml, layout.measureCodes()[a], Numbers.format(e.association(layout.associations()[a])));
        }
        if (layout.sampled()) {
            writeData(xml, "document_ids", EdgeColumns.documentIds(e));
        }
        writeData(xml, "first_date", e.provenance().firstDate());
        writeData(xml, "last_date", e.provenance().lastDate());
        for (int l = 0; l < layout.languageKeys().length; l++) {
            writeNumber(xml, layout.languageKeys()[l], EdgeColumns.documentsIn(e, layout.languages().get(l)));
        }
        Map<String, Long> windowWeights = e.windowWeights();
        for (int k = 0; k < layout.kindKeys().length; k++) {
            writeNumber(xml, layout.kindKeys()[k], windowWeights.getOrDefault(layout.kinds().get(k), 0L));
        }
        xml.newline(2).raw("</edge>");
    }

    private static void writeKey(XmlOut xml, Key key) throws IOException {
        xml.newline(1).raw("<key").attribute("id", key.id()).attribute("for", key.domain())
                .attribute("attr.name", key.name()).attribute("attr.type", key.type()).raw("/>");
    }

    /** A {@code <data>} element; an absent value writes nothing, so Gephi leaves the cell empty. */
    private static void writeData(XmlOut xml, String key, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.newline(3).raw("<data").attribute("key", key).raw(">").text(value).raw("</data>");
    }

    /** A {@code <data>} element holding a whole number (never empty, nothing to escape). */
    private static void writeNumber(XmlOut xml, String key, long value) throws IOException {
        xml.newline(3).raw("<data").attribute("key", key).raw(">").raw(value).raw("</data>");
    }
}
