package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comention.analysis.CentralityMeasures;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphMlReader;
import org.comention.graph.TestGraphs;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlWriterTest {
    @TempDir
    Path dir;
    EntityGraph graph;
    Rankings rankings;
    Path file;

    @BeforeEach
    void write() throws Exception {
        graph = TestGraphs.natoStar();
        rankings = Rankings.compute(graph.graph(), CentralityMeasures.all());
        file = dir.resolve("graph.graphml");
        new GraphMlWriter().write(graph, rankings, Communities.detect(graph.graph(), 1.0), file);
    }

    @Test
    void roundTripsThroughJGraphTsImporterWithSchemaValidation() throws Exception {
        Graph<String, DefaultWeightedEdge> imported =
                new SimpleWeightedGraph<>(null, SupplierUtil.createDefaultWeightedEdgeSupplier());
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> nodeData = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                nodeData.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        try (Reader reader = Files.newBufferedReader(file)) {
            importer.importGraph(imported, reader);
        }
        assertEquals(graph.graph().vertexSet(), imported.vertexSet());
        assertEquals(5, imported.edgeSet().size());
        assertEquals(5.0, imported.getEdgeWeight(imported.getEdge("nato", "ukraine")));
        assertEquals(2.0, imported.getEdgeWeight(imported.getEdge("antony-blinken", "jens-stoltenberg")));
        Map<String, String> nato = nodeData.get("nato");
        assertEquals("NATO", nato.get("label"));
        assertEquals("ORG", nato.get("type"));
        assertEquals("9", nato.get("mentions"));
        assertEquals("5", nato.get("documents"));
        assertTrue(nato.containsKey("betweenness") && nato.containsKey("pagerank"), nato.toString());
    }

    @Test
    void roundTripsThroughOurReader() throws Exception {
        EntityGraph back = new GraphMlReader().read(file);
        assertEquals(graph.nodes(), back.nodes());
        assertEquals(4, back.graph().getEdge("jens-stoltenberg", "ukraine").documents());
        assertEquals(4.0, back.graph().getEdgeWeight(back.graph().getEdge("jens-stoltenberg", "ukraine")));
    }

    @Test
    void declaresWhatGephiNeeds() throws Exception {
        String xml = Files.readString(file);
        assertTrue(xml.contains("edgedefault=\"undirected\""), "undirected");
        Matcher keys = Pattern.compile("<key [^>]*>").matcher(xml);
        int count = 0;
        while (keys.find()) {
            count++;
            assertTrue(keys.group().contains("attr.type="), "every key has attr.type: " + keys.group());
            assertTrue(keys.group().contains("attr.name="), keys.group());
        }
        assertTrue(count >= 10, "label, type, wikidata, mentions, documents x2, community, weight and 6 measures");
        assertTrue(xml.contains("<key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>"), xml);
        assertTrue(Pattern.compile("<key [^>]*attr.name=\"label\"[^>]*for=\"node\"|<key [^>]*for=\"node\"[^>]*attr.name=\"label\"")
                .matcher(xml).find(), "the node label key is named label");
        assertTrue(Pattern.compile("attr.name=\"weight\" attr.type=\"double\"|attr.type=\"double\"[^>]*attr.name=\"weight\"")
                .matcher(xml).find() || xml.matches("(?s).*<key[^>]*for=\"edge\"[^>]*attr.name=\"weight\"[^>]*attr.type=\"double\".*"),
                "the edge weight is a double");
        assertTrue(!xml.contains("VertexLabel"), "not JGraphT's default label name");
        assertTrue(!xml.contains("for=\"all\""), "Gephi turns for=all into a node column only");
        assertTrue(xml.contains("<key id=\"edge_documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"int\"/>"), xml);
        assertTrue(xml.contains("<key id=\"documents\" for=\"node\" attr.name=\"documents\" attr.type=\"int\"/>"), xml);
    }

    @Test
    void isByteIdenticalFromRunToRun() throws Exception {
        Path again = dir.resolve("again.graphml");
        EntityGraph rebuilt = TestGraphs.natoStar();
        new GraphMlWriter().write(rebuilt, Rankings.compute(rebuilt.graph(), CentralityMeasures.all()),
                Communities.detect(rebuilt.graph(), 1.0), again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void leavesNoTemporaryFiles() throws Exception {
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
