package org.comention.export;

import java.io.IOException;
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
 * Writes {@code nodes.csv} and {@code edges.csv} in the layout of Gephi's spreadsheet import
 * (Data Laboratory, "Import spreadsheet"): nodes {@code Id,Label,Type,Wikidata,Mentions,Documents}
 * then one column per centrality; edges {@code Source,Target,Type,Weight,Documents}, where
 * {@code Type} is {@code Undirected} as Gephi expects in that column.
 */
public final class GephiTableWriter {

    public void writeNodes(EntityGraph entityGraph, Rankings rankings, Communities communities, Path target) throws IOException {
        List<String> header = new ArrayList<>(List.of("Id", "Label", "Type", "Wikidata", "Mentions", "Documents", "Origin",
                "Confidence"));
        for (CentralityMeasure measure : rankings.measures()) {
            header.add(measure.name());
        }
        header.add("community");
        AtomicOutput.write(target, writer -> {
            CsvOut printer = CsvOut.open(writer, header.toArray(String[]::new));
            List<String> vertices = rankings.vertices();
            for (int v = 0; v < vertices.size(); v++) {
                NodeAttributes node = entityGraph.node(vertices.get(v));
                List<Object> row = new ArrayList<>(List.of(node.id(), node.label(), nullToEmpty(node.type()),
                        nullToEmpty(node.wikidata()), node.mentions(), node.documents(), node.origin(),
                        Numbers.format(node.confidence())));
                for (int m = 0; m < rankings.measures().size(); m++) {
                    row.add(Numbers.format(rankings.score(m, v)));
                }
                row.add(communities.of(node.id()));
                printer.record(row);
            }
            printer.flush();
        });
    }

    public void writeEdges(EntityGraph entityGraph, Path target) throws IOException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        EdgeColumns columns = EdgeColumns.of(graph);
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Weight", "Documents"));
        if (columns.measured()) {
            for (Association measure : Association.values()) {
                header.add(measure.code());
            }
        }
        for (String kind : columns.windowKinds()) {
            header.add("weight_" + kind);
        }
        // decided once, not per edge: Association.code lower-cases, and a row list per edge was garbage
        Association[] associations = columns.measured() ? Association.values() : new Association[0];
        List<String> kinds = List.copyOf(columns.windowKinds());
        AtomicOutput.write(target, writer -> {
            CsvOut printer = CsvOut.open(writer, header.toArray(String[]::new));
            for (CooccurrenceEdge e : graph.edgeSet()) {
                printer.cell(graph.getEdgeSource(e));
                printer.cell(graph.getEdgeTarget(e));
                printer.cell("Undirected");
                printer.cell(Numbers.format(graph.getEdgeWeight(e)));
                printer.cell(e.documents());
                for (Association measure : associations) {
                    printer.cell(Numbers.format(e.association(measure)));
                }
                Map<String, Long> windowWeights = e.windowWeights();
                for (String kind : kinds) {
                    printer.cell(windowWeights.getOrDefault(kind, 0L));
                }
                printer.endRow();
            }
            printer.flush();
        });
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
