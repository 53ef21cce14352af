package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.comention.analysis.Communities;
import org.comention.analysis.Degree;
import org.comention.analysis.Rankings;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html draws a dense graph's strongest edges only, and says so; a small graph whole. */
class ReportWriterTest {
    @TempDir
    Path dir;

    private JsonNode elements(String html) throws Exception {
        int from = html.indexOf("const ELEMENTS = ") + "const ELEMENTS = ".length();
        return new ObjectMapper().readTree(html.substring(from, html.indexOf(";\n", from)));
    }

    private String write(EntityGraph graph) throws Exception {
        Rankings rankings = Rankings.compute(graph.graph(), List.of(new Degree()));
        Path file = dir.resolve("report.html");
        new ReportWriter().write(graph, rankings, Communities.detect(graph.graph(), 1.0), SurfaceForms.none(),
                rankings.measures().get(0), 25, file);
        return Files.readString(file);
    }

    @Test
    void aDenseGraphShowsItsStrongestEdgesAndSaysSo() throws Exception {
        EntityGraph graph = TestGraphs.complete(110); // 5,995 edges
        assertEquals(5_995, graph.edgeCount());
        String html = write(graph);
        assertTrue(html.contains("Showing the 5,000 strongest of 5,995 edges; the full graph is in graph.graphml / graph.gexf."),
                "the page says it shows a part");

        // expected: by weight, heaviest first, a tie to the earlier edge; ids are the edges' positions
        List<CooccurrenceEdge> all = new ArrayList<>(graph.graph().edgeSet());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -graph.graph().getEdgeWeight(all.get(i)))
                .thenComparing(Comparator.naturalOrder()));
        Set<String> expected = new TreeSet<>();
        for (int i : order.subList(0, ReportWriter.MAX_EDGES)) {
            expected.add("e" + i);
        }
        Set<String> edges = new TreeSet<>();
        int nodes = 0;
        for (JsonNode element : elements(html)) {
            if (element.get("group").asText().equals("edges")) {
                JsonNode data = element.get("data");
                edges.add(data.get("id").asText());
                int id = Integer.parseInt(data.get("id").asText().substring(1));
                assertEquals(graph.graph().getEdgeSource(all.get(id)), data.get("source").asText());
                assertEquals(graph.graph().getEdgeWeight(all.get(id)), data.get("weight").asDouble());
            } else {
                nodes++;
            }
        }
        assertEquals(ReportWriter.MAX_EDGES, edges.size());
        assertEquals(expected, edges);
        assertEquals(110, nodes, "every entity stays on the page, for the search and the ranking");
    }

    @Test
    void aSmallGraphIsDrawnWhole() throws Exception {
        EntityGraph graph = TestGraphs.natoStar();
        String html = write(graph);
        assertFalse(html.contains("id=\"shown\""), "no note on a graph drawn whole");
        long edges = 0;
        for (JsonNode element : elements(html)) {
            edges += element.get("group").asText().equals("edges") ? 1 : 0;
        }
        assertEquals(graph.edgeCount(), edges);
    }

    @Test
    void embeddedDataCannotEndOrCommentOutItsScript() throws Exception {
        String label = "<!--<script></script>\u2028\u2029&amp;";
        String json = JsonFile.compact(java.util.Map.of("label", label));
        String data = ReportWriter.scriptData(json);
        assertEquals("{\"label\":\"\\u003c!--\\u003cscript\\u003e\\u003c/script\\u003e\\u2028\\u2029\\u0026amp;\"}", data);
        assertEquals(label, new ObjectMapper().readTree(data).get("label").asText());
    }
}
