package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.comention.cli.TestRuns;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphFileReader;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;
import org.gephi.statistics.plugin.Modularity;
import org.gephi.statistics.plugin.WeightedDegree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * Gephi's own statistics and layout on comention's GEXF: the weights Gephi reads are the totals
 * comention ranks with, in the static file and in the dynamic one a dated corpus makes. The dated
 * corpus is the five sample articles, each given a month of its own (so every pair's first slice
 * holds one article, and a reader of the first slice would see every weight as 1).
 */
class GephiWeightsTest {
    private static final String[] DATES = {"2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15"};

    @TempDir
    static Path dir;
    static Path dynamicGexf;
    static Path staticGexf;
    static double modularity;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = datedSamples(dir.resolve("dated.jsonl"));
        Path dynamic = TestRuns.build(corpus, dir.resolve("dynamic"), "--time-slice", "month");
        Path unsliced = TestRuns.build(corpus, dir.resolve("static"), "--time-slice", "none");
        dynamicGexf = dynamic.resolve("graph.gexf");
        staticGexf = unsliced.resolve("graph.gexf");
        modularity = new ObjectMapper().readTree(dynamic.resolve("run.json").toFile())
                .path("figures").path("modularity").asDouble(Double.NaN);
    }

    /** data/articles as JSON lines, one date each. */
    private static Path datedSamples(Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            List<Path> articles = files.sorted().toList();
            assertEquals(DATES.length, articles.size());
            for (int i = 0; i < articles.size(); i++) {
                ObjectNode line = json.createObjectNode();
                line.put("id", articles.get(i).getFileName().toString().replace(".txt", ""));
                line.put("date", DATES[i]);
                line.put("text", Files.readString(articles.get(i)));
                lines.add(json.writeValueAsString(line));
            }
        }
        return Files.write(target, lines);
    }

    @Test
    void theDynamicFileIsDynamic() throws IOException {
        assertTrue(Files.readString(dynamicGexf).contains("mode=\"dynamic\""));
        GephiToolkit.Imported gephi = GephiToolkit.importFile(dynamicGexf);
        assertTrue(gephi.issues().isEmpty(), gephi.issues().toString());
        assertEquals(357, gephi.graph().getEdgeCount());
        assertFalse(gephi.model().getEdgeTable().getColumn("weight").isDynamic(), "weight is the static total");
        assertTrue(gephi.model().getEdgeTable().getColumn(GexfWriter.IN_SLICE).isDynamic(), "counts per slice");
    }

    @Test
    void gephisWeightedDegreeIsComentionsInBothFiles() {
        for (Path file : List.of(staticGexf, dynamicGexf)) {
            GephiToolkit.Imported gephi = GephiToolkit.importFile(file);
            new WeightedDegree().execute(gephi.model());
            Column ours = gephi.model().getNodeTable().getColumn("weighted_degree");
            for (Node node : gephi.graph().getNodes()) {
                assertEquals(((Number) node.getAttribute(ours)).doubleValue(),
                        ((Number) node.getAttribute(WeightedDegree.WDEGREE)).doubleValue(), 1e-9,
                        file.getParent().getFileName() + ": " + node.getId());
            }
            assertEquals(54.0, ((Number) gephi.graph().getNode("nato").getAttribute(WeightedDegree.WDEGREE)).doubleValue(),
                    1e-9, "NATO shares 54 documents with others, not its 35 neighbours once each");
        }
    }

    @Test
    void gephisModularityIsComentionsInBothFiles() {
        assertTrue(modularity > 0.2, "run.json has the modularity: " + modularity);
        for (Path file : List.of(staticGexf, dynamicGexf)) {
            Modularity gephis = new Modularity();
            gephis.setRandom(false);
            gephis.setUseWeight(true);
            gephis.setResolution(1.0);
            gephis.execute(GephiToolkit.importFile(file).model());
            assertEquals(modularity, gephis.getModularity(), 1e-6, file.getParent().getFileName().toString());
        }
    }

    @Test
    void forceAtlas2FollowsTheWeights() {
        float[] asWritten = layout(GephiToolkit.importFile(dynamicGexf), false);
        assertArrayEquals(asWritten, layout(GephiToolkit.importFile(staticGexf), false), 1e-3f,
                "the same weights, the same layout");
        float[] unweighted = layout(GephiToolkit.importFile(dynamicGexf), true);
        double moved = 0;
        for (int i = 0; i < asWritten.length; i++) {
            moved = Math.max(moved, Math.abs(asWritten[i] - unweighted[i]));
        }
        assertTrue(moved > 1, "every weight set to 1 moves nodes, by at most " + moved);
    }

    /** Gephi's own GEXF export of the dynamic file reads back with the same weights, labels and types. */
    @Test
    void rankReadsTheGexfGephiWritesBack() throws Exception {
        GephiToolkit.Imported gephi = GephiToolkit.importFile(dynamicGexf);
        Path exported = dir.resolve("from-gephi.gexf");
        ExportController exports = Lookup.getDefault().lookup(ExportController.class);
        exports.exportFile(exported.toFile(), exports.getExporter("gexf")); // the workspace just imported
        EntityGraph back = new GraphFileReader().read(exported);
        EntityGraph ours = new GraphFileReader().read(dynamicGexf);
        assertEquals(ours.nodeCount(), back.nodeCount());
        assertEquals(ours.edgeCount(), back.edgeCount());
        for (CooccurrenceEdge edge : ours.graph().edgeSet()) {
            String a = ours.graph().getEdgeSource(edge);
            String b = ours.graph().getEdgeTarget(edge);
            assertEquals(ours.graph().getEdgeWeight(edge), back.graph().getEdgeWeight(back.graph().getEdge(a, b)), 1e-9, a + " -- " + b);
        }
        assertEquals("NATO", back.node("nato").label());
        assertEquals("ORG", back.node("nato").type());
    }

    /** Node positions (x, y by node id) after 200 steps of ForceAtlas2 from the same circle. */
    private static float[] layout(GephiToolkit.Imported gephi, boolean unitWeights) {
        Node[] nodes = gephi.graph().getNodes().toArray();
        Arrays.sort(nodes, (a, b) -> a.getId().toString().compareTo(b.getId().toString()));
        for (int i = 0; i < nodes.length; i++) {
            nodes[i].setX((float) (100 * Math.cos(2 * Math.PI * i / nodes.length)));
            nodes[i].setY((float) (100 * Math.sin(2 * Math.PI * i / nodes.length)));
        }
        if (unitWeights) {
            for (Edge edge : gephi.graph().getEdges().toArray()) {
                edge.setWeight(1.0);
            }
        }
        ForceAtlas2 fa2 = new ForceAtlas2Builder().buildLayout();
        fa2.setGraphModel(gephi.model());
        fa2.resetPropertiesValues();
        fa2.setThreadsCount(1);
        fa2.setEdgeWeightInfluence(1.0);
        fa2.initAlgo();
        for (int step = 0; step < 200 && fa2.canAlgo(); step++) {
            fa2.goAlgo();
        }
        fa2.endAlgo();
        float[] positions = new float[2 * nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            positions[2 * i] = nodes[i].x();
            positions[2 * i + 1] = nodes[i].y();
        }
        return positions;
    }
}
