package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Rankings;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes {@code graph.graphml} with JGraphT's exporter, set up the way Gephi reads GraphML: node
 * ids are entity ids; the node label key is named {@code label} (JGraphT's default is
 * {@code VertexLabel}, which Gephi ignores); every key declares {@code attr.type}; edges carry
 * {@code weight} (double) and {@code documents}; the graph is declared undirected. Nodes also
 * carry {@code type}, {@code wikidata}, {@code mentions}, {@code documents} and every centrality.
 */
public final class GraphMlWriter {

    public void write(EntityGraph entityGraph, Rankings rankings, Path target) throws IOException {
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        List<CentralityMeasure> measures = rankings.measures();
        Map<String, Integer> vertexIndex = new HashMap<>();
        for (int v = 0; v < rankings.vertices().size(); v++) {
            vertexIndex.put(rankings.vertices().get(v), v);
        }
        Map<CooccurrenceEdge, String> edgeIds = new HashMap<>();
        for (CooccurrenceEdge e : graph.edgeSet()) {
            edgeIds.put(e, "e" + edgeIds.size());
        }

        GraphMLExporter<String, CooccurrenceEdge> exporter = new GraphMLExporter<>(v -> v);
        exporter.setEdgeIdProvider(edgeIds::get);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeWeightAttributeName("weight");
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("wikidata", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("mentions", AttributeCategory.NODE, AttributeType.LONG);
        exporter.registerAttribute("documents", AttributeCategory.ALL, AttributeType.INT);
        for (CentralityMeasure measure : measures) {
            exporter.registerAttribute(measure.name(), AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        exporter.setVertexAttributeProvider(v -> {
            NodeAttributes node = entityGraph.node(v);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(node.label()));
            attributes.put("type", DefaultAttribute.createAttribute(node.type() == null ? "" : node.type()));
            attributes.put("wikidata", DefaultAttribute.createAttribute(node.wikidata() == null ? "" : node.wikidata()));
            attributes.put("mentions", new DefaultAttribute<>(Long.toString(node.mentions()), AttributeType.LONG));
            attributes.put("documents", new DefaultAttribute<>(Integer.toString(node.documents()), AttributeType.INT));
            int index = vertexIndex.get(v);
            for (int m = 0; m < measures.size(); m++) {
                attributes.put(measures.get(m).name(),
                        new DefaultAttribute<>(Numbers.format(rankings.score(m, index)), AttributeType.DOUBLE));
            }
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("weight", new DefaultAttribute<>(Numbers.format(graph.getEdgeWeight(e)), AttributeType.DOUBLE));
            attributes.put("documents", new DefaultAttribute<>(Integer.toString(e.documents()), AttributeType.INT));
            return attributes;
        });
        AtomicOutput.write(target, writer -> exporter.exportGraph(graph, writer));
    }
}
