package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code graph.graphml}.
 */
public final class NodeLinkJsonWriter {
    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, Path target) throws IOException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<CentralityMeasure> measures = rankings.measures();
        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", node.id());
            n.put("label", node.label());
            n.put("type", node.type());
            if (node.wikidata() != null) {
                n.put("wikidata", node.wikidata());
            }
            n.put("mentions", node.mentions());
            n.put("documents", node.documents());
            n.put("community", communities.of(node.id()));
            for (int m = 0; m < measures.size(); m++) {
                n.put(measures.get(m).name(), round(rankings.score(m, v)));
            }
            nodes.add(n);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (CooccurrenceEdge e : graph.edgeSet()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("source", graph.getEdgeSource(e));
            link.put("target", graph.getEdgeTarget(e));
            link.put("weight", round(graph.getEdgeWeight(e)));
            link.put("documents", e.documents());
            if (e.hasAssociations()) {
                for (Association measure : Association.values()) {
                    link.put(measure.code(), round(e.association(measure)));
                }
            }
            e.windowWeights().forEach((kind, windows) -> link.put("weight_" + kind, windows));
            edges.add(link);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("directed", false);
        document.put("multigraph", false);
        document.put("graph", Map.of());
        document.put("nodes", nodes);
        document.put("edges", edges);
        document.put("links", edges);
        // Cytoscape.js: cy.add(json.elements) or cytoscape({elements: json.elements})
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes.stream().map(n -> Map.of("data", n)).toList());
        elements.put("edges", edges.stream().map(e -> Map.of("data", e)).toList());
        document.put("elements", elements);
        JsonFile.write(document, target);
    }

    /** Eight decimals, as in the other outputs, so the same input gives the same bytes. */
    private static double round(double value) {
        return Double.parseDouble(Numbers.format(value));
    }
}
