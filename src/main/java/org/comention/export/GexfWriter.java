package org.comention.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * spells, and the windows its entities share within each slice are the dynamic edge attribute
 * {@value #IN_SLICE}, so Gephi's timeline replays the story slice by slice. The edge
 * {@code weight} stays the total, static: Gephi 0.10 reads a dynamic {@code weight} column as the
 * graph's edge weight (and then ignores the {@code weight} XML attribute), which its statistics and
 * layouts take with estimator FIRST, the first slice's value, as it has no SUM.
 */
public final class GexfWriter {
    private static final String GEXF = "http://gexf.net/1.3";
    private static final String VIZ = "http://gexf.net/1.3/viz";
    /** The dynamic edge attribute holding the windows shared in each slice. */
    public static final String IN_SLICE = "windows_in_slice";
    private static final String IN_SLICE_VALUE = "<attvalue for=\"" + IN_SLICE + "\" value=\"";

    private final TimeSlice slicing;

    public GexfWriter(TimeSlice slicing) {
        this.slicing = slicing;
    }

    /**
     * @param sizeBy the measure that sizes nodes
     */
    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                      CentralityMeasure sizeBy, Path target) throws IOException {
        AtomicOutput.write(target, writer -> writeXml(entityGraph, rankings, communities, surfaces, sizeBy, writer));
    }

    private void writeXml(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                          CentralityMeasure sizeBy, Writer out) throws IOException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        List<CentralityMeasure> measures = rankings.measures();
        boolean dynamic = entityGraph.nodes().values().stream().anyMatch(n -> !n.slices().isEmpty());
        EdgeColumns columns = EdgeColumns.of(graph);

        XmlOut xml = new XmlOut(out);
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.newline(0).raw("<gexf").attribute("xmlns", GEXF).attribute("xmlns:viz", VIZ).attribute("version", "1.3").raw(">");
        xml.newline(1).raw("<meta>");
        xml.newline(2).raw("<creator>comention</creator>");
        xml.newline(1).raw("</meta>");
        xml.newline(1).raw("<graph").attribute("defaultedgetype", "undirected").attribute("mode", dynamic ? "dynamic" : "static");
        if (dynamic) {
            xml.attribute("timeformat", "date");
        }
        xml.raw(">");

        List<String[]> nodeAttributes = new ArrayList<>(List.of(
                new String[] {"type", "string"}, new String[] {"wikidata", "string"}, new String[] {"mentions", "long"},
                new String[] {"documents", "integer"}, new String[] {"community", "integer"},
                new String[] {"origin", "string"}, new String[] {"confidence", "double"}));
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
            declare(xml, "edge", "dynamic", List.<String[]>of(new String[] {IN_SLICE, "long"}));
        }

        // decided once, not per node or edge: keys, the measures' codes (Association.code lower-cases), dates
        String[] measureNames = measures.stream().map(CentralityMeasure::name).toArray(String[]::new);
        Association[] associations = Association.values();
        String[] associationCodes = columns.measured()
                ? java.util.Arrays.stream(associations).map(Association::code).toArray(String[]::new)
                : new String[0];
        List<String> kinds = List.copyOf(columns.windowKinds());
        String[] kindKeys = kinds.stream().map(kind -> "weight_" + kind).toArray(String[]::new);
        List<String> languages = List.copyOf(columns.languages());
        String[] languageKeys = languages.stream().map(lang -> "documents_" + lang).toArray(String[]::new);
        Map<LocalDate, String[]> slices = new HashMap<>();

        double max = 0;
        int sizeIndex = rankings.indexOf(sizeBy);
        for (int v = 0; v < rankings.vertices().size(); v++) {
            max = Math.max(max, rankings.score(sizeIndex, v));
        }
        xml.newline(2).raw("<nodes>");
        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            xml.newline(3).raw("<node").attribute("id", node.id()).attribute("label", node.label()).raw(">");
            xml.newline(4).raw("<attvalues>");
            attvalue(xml, "type", node.type());
            attvalue(xml, "wikidata", node.wikidata());
            attvalue(xml, "mentions", node.mentions());
            attvalue(xml, "documents", node.documents());
            int community = communities.of(node.id());
            attvalue(xml, "community", community);
            attvalue(xml, "origin", node.origin());
            attvalue(xml, "confidence", Numbers.format(node.confidence()));
            for (int m = 0; m < measureNames.length; m++) {
                attvalue(xml, measureNames[m], Numbers.format(rankings.score(m, v)));
            }
            for (String lang : surfaces.languages()) {
                attvalue(xml, "label_" + lang, surfaces.labelIn(node.id(), lang));
            }
            if (!surfaces.languages().isEmpty()) {
                attvalue(xml, "surfaces", surfaces.surfacesOf(node.id()));
                attvalue(xml, "languages", surfaces.languagesOf(node.id()));
            }
            xml.newline(4).raw("</attvalues>");
            if (dynamic) {
                spells(xml, node.slices(), slices, 4);
            }
            double score = rankings.score(sizeIndex, v);
            xml.newline(4).raw("<viz:size").attribute("value", Numbers.format(10 + 50 * (max > 0 ? score / max : 0))).raw("/>");
            int[] rgb = CommunityColours.rgb(community);
            xml.newline(4).raw("<viz:color r=\"").raw(rgb[0]).raw("\" g=\"").raw(rgb[1]).raw("\" b=\"").raw(rgb[2]).raw("\"/>");
            xml.newline(3).raw("</node>");
        }
        xml.newline(2).raw("</nodes>");

        xml.newline(2).raw("<edges>");
        EdgeLayout layout = new EdgeLayout(associations, associationCodes, kinds, kindKeys, languages, languageKeys,
                columns.sampled(), dynamic, slices);
        long id = 0;
        for (CooccurrenceEdge e : graph.edgeSet()) {
            writeEdge(xml, graph, e, id++, layout);
        }
        xml.newline(2).raw("</edges>");
        xml.newline(1).raw("</graph>");
        xml.newline(0).raw("</gexf>");
        xml.newline(0);
        xml.finish();
    }

    /** What every edge is written with, decided once; the slices' date texts are filled as met. */
    private record EdgeLayout(Association[] associations, String[] associationCodes, List<String> kinds, String[] kindKeys,
                              List<String> languages, String[] languageKeys, boolean sampled, boolean dynamic,
                              Map<LocalDate, String[]> slices) {
    }

    /** One edge; a method of its own so the JIT compiles it whole rather than as part of a loop in a long method. */
    private void writeEdge(XmlOut xml, Graph<String, CooccurrenceEdge> graph, CooccurrenceEdge e, long id, EdgeLayout layout)
            throws IOException {
        xml.newline(3).raw("<edge id=\"e").raw(id).raw("\"")
                .attribute("source", graph.getEdgeSource(e)).attribute("target", graph.getEdgeTarget(e))
                .attribute("weight", Numbers.format(graph.getEdgeWeight(e))).raw(">");
        xml.newline(4).raw("<attvalues>");
        attvalue(xml, "documents", e.documents());
        for (int a = 0; a < layout.associationCodes().length; a++) {
            attvalue(xml, layout.associationCodes()[a], Numbers.format(e.association(layout.associations()[a])));
        }
        Map<String, Long> windowWeights = e.windowWeights();
        for (int k = 0; k < layout.kindKeys().length; k++) {
            attvalue(xml, layout.kindKeys()[k], windowWeights.getOrDefault(layout.kinds().get(k), 0L));
        }
        if (layout.sampled()) {
            attvalue(xml, "document_ids", EdgeColumns.documentIds(e));
        }
        if (layout.dynamic()) {
            attvalue(xml, "first_date", e.provenance().firstDate());
            attvalue(xml, "last_date", e.provenance().lastDate());
        }
        for (int l = 0; l < layout.languageKeys().length; l++) {
            attvalue(xml, layout.languageKeys()[l], EdgeColumns.documentsIn(e, layout.languages().get(l)));
        }
        Map<LocalDate, Long> bySlice = e.provenance().windowsBySlice();
        if (layout.dynamic()) {
            for (Map.Entry<LocalDate, Long> slice : bySlice.entrySet()) {
                String[] dates = dates(layout.slices(), slice.getKey());
                xml.newline(5).raw(IN_SLICE_VALUE).raw(slice.getValue())
                        .raw("\" start=\"").raw(dates[0]).raw("\" end=\"").raw(dates[1]).raw("\"/>");
            }
        }
        xml.newline(4).raw("</attvalues>");
        if (layout.dynamic()) {
            // windowsBySlice is a sorted map: its keys are the slices in order
            spells(xml, bySlice.keySet(), layout.slices(), 4);
        }
        xml.newline(3).raw("</edge>");
    }

    /** A slice's start and end as text, made once per slice rather than once per spell. */
    private String[] dates(Map<LocalDate, String[]> slices, LocalDate start) {
        return slices.computeIfAbsent(start, s -> new String[] {s.toString(), slicing.end(s).toString()});
    }

    private void spells(XmlOut xml, Set<LocalDate> starts, Map<LocalDate, String[]> slices, int depth) throws IOException {
        if (starts.isEmpty()) {
            return;
        }
        xml.newline(depth).raw("<spells>");
        for (LocalDate start : starts) {
            String[] dates = dates(slices, start);
            xml.newline(depth + 1).raw("<spell start=\"").raw(dates[0]).raw("\" end=\"").raw(dates[1]).raw("\"/>");
        }
        xml.newline(depth).raw("</spells>");
    }

    private static void declare(XmlOut xml, String kind, String mode, List<String[]> attributes) throws IOException {
        xml.newline(2).raw("<attributes").attribute("class", kind).attribute("mode", mode).raw(">");
        for (String[] attribute : attributes) {
            xml.newline(3).raw("<attribute").attribute("id", attribute[0]).attribute("title", attribute[0])
                    .attribute("type", attribute[1]).raw("/>");
        }
        xml.newline(2).raw("</attributes>");
    }

    private static void attvalue(XmlOut xml, String key, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.newline(5).raw("<attvalue").attribute("for", key).attribute("value", value).raw("/>");
    }

    /** A whole number: never empty, nothing to escape. */
    private static void attvalue(XmlOut xml, String key, long value) throws IOException {
        xml.newline(5).raw("<attvalue").attribute("for", key).raw(" value=\"").raw(value).raw("\"/>");
    }
}
