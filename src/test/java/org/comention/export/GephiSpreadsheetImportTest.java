package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comention.cli.TestRuns;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.UndirectedGraph;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.AppendProcessor;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * nodes.csv and edges.csv of entities whose ids and labels a spreadsheet would take for
 * formulas ({@code =HYPERLINK(...)}, {@code -1+2}, {@code @SUM}, {@code +cmd}), imported as a
 * Gephi user does (Data Laboratory, "Import spreadsheet": the nodes table, then the edges table
 * appended to the same workspace): every edge's Source and Target still find their node, so the
 * import adds no node of its own, and the weights stay numbers.
 */
class GephiSpreadsheetImportTest {
    /** Ids a spreadsheet would run, and a plain one. */
    static final List<String> IDS = List.of("=HYPERLINK(\"http://example.com\",\"x\")", "-1+2", "@SUM(A1)", "+cmd", "plain");

    @TempDir
    static Path dir;
    static Path out;
    static GraphModel model;
    static UndirectedGraph graph;

    @BeforeAll
    static void importIntoGephi() throws Exception {
        Path gazetteer = Files.createDirectories(dir.resolve("gazetteer"));
        StringBuilder entities = new StringBuilder("id,label,type,wikidata\n");
        StringBuilder aliases = new StringBuilder("entity,alias,lang,kind\n");
        for (int i = 0; i < IDS.size(); i++) {
            String id = IDS.get(i).replace("\"", "\"\"");
            entities.append('"').append(id).append("\",\"").append(id).append("\",PERSON,\n");
            aliases.append('"').append(id).append("\",zorbax").append((char) ('a' + i)).append(",en,name\n");
        }
        Files.writeString(gazetteer.resolve("entities.csv"), entities, StandardCharsets.UTF_8);
        Files.writeString(gazetteer.resolve("aliases.csv"), aliases, StandardCharsets.UTF_8);
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"id": "=1+1", "text": "zorbaxa zorbaxb zorbaxc."}
                {"id": "d2", "text": "zorbaxc zorbaxd zorbaxe zorbaxa."}
                """, StandardCharsets.UTF_8);
        out = TestRuns.build(corpus, dir.resolve("out"), "--gazetteer", gazetteer.toString());

        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container nodes = importer.importFile(out.resolve("nodes.csv").toAbsolutePath().toFile());
        assertNotNull(nodes, "Gephi recognised nodes.csv");
        importer.process(nodes, new DefaultProcessor(), workspace);
        Container edges = importer.importFile(out.resolve("edges.csv").toAbsolutePath().toFile());
        assertNotNull(edges, "Gephi recognised edges.csv");
        importer.process(edges, new AppendProcessor(), workspace);
        model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        graph = model.getUndirectedGraph();
    }

    @Test
    void edgesFindTheirNodesAndNoNodeIsAdded() {
        assertEquals(IDS.size(), graph.getNodeCount(), "the edges table made no node of its own");
        assertEquals(8, graph.getEdgeCount());
        Node link = graph.getNode("'" + IDS.get(0));
        assertNotNull(link, "the formula-like id, as written in both tables");
        assertEquals("'" + IDS.get(0), link.getLabel());
        assertNotNull(graph.getNode("plain"));
        Edge shared = graph.getEdge(link, graph.getNode("'" + IDS.get(2)));
        assertNotNull(shared, "=HYPERLINK and @SUM met in both documents");
        assertEquals(2.0, shared.getWeight(), 1e-9, "Weight read as a number");
    }

    @Test
    void noCellStartsAFormula() throws Exception {
        for (String table : List.of("nodes.csv", "edges.csv", "rankings.csv", "mentions.csv", "aliases.csv")) {
            for (String line : Files.readAllLines(out.resolve(table))) {
                for (String cell : line.split(",")) {
                    String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                        assertEquals(true, text.matches("-?[0-9.]+"), () -> table + ": " + line);
                    }
                }
            }
        }
    }
}
