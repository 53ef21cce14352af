package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import org.comention.cli.TestRuns;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.UndirectedGraph;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * Opens the {@code graph.graphml} of a build on the sample corpus with the Gephi Toolkit, the
 * importer Gephi Desktop uses, and checks what a Gephi user sees: labelled nodes, weighted
 * undirected edges, every attribute as a typed column, and an import report without issues.
 */
class GephiImportTest {
    @TempDir
    static Path dir;
    static Collection<Issue> issues;
    static GraphModel model;
    static UndirectedGraph graph;

    @BeforeAll
    static void importIntoGephi() throws Exception {
        Path out = TestRuns.buildSeeds(dir);
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(out.resolve("graph.graphml").toAbsolutePath().toFile());
        assertNotNull(container, "Gephi recognised the file");
        container.verify();
        issues = container.getReport().getIssuesList(100); // read before process(), which clears it
        importer.process(container, new DefaultProcessor(), workspace);
        model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        graph = model.getUndirectedGraph();
    }

    @Test
    void importReportHasNoIssue() {
        assertTrue(issues.isEmpty(), issues.toString());
    }

    @Test
    void nodesCarryTheirLabels() {
        assertEquals(36, graph.getNodeCount());
        Node nato = graph.getNode("nato");
        assertEquals("NATO", nato.getLabel());
        assertEquals("Jens Stoltenberg", graph.getNode("jens-stoltenberg").getLabel());
    }

    @Test
    void edgesAreUndirectedAndWeighted() {
        assertTrue(model.isUndirected(), "Gephi read the graph as undirected");
        Edge edge = graph.getEdge(graph.getNode("nato"), graph.getNode("ukraine"));
        assertNotNull(edge);
        assertEquals(5.0, edge.getWeight(), 1e-9);
        Edge pair = graph.getEdge(graph.getNode("antony-blinken"), graph.getNode("jens-stoltenberg"));
        assertEquals(2.0, pair.getWeight(), 1e-9);
    }

    @Test
    void everyAttributeIsATypedColumnOnTheRightTable() {
        Column mentions = model.getNodeTable().getColumn("mentions");
        assertEquals(Long.class, mentions.getTypeClass());
        assertEquals(Integer.class, model.getNodeTable().getColumn("documents").getTypeClass());
        assertEquals(Double.class, model.getNodeTable().getColumn("betweenness").getTypeClass());
        assertEquals(Integer.class, model.getNodeTable().getColumn("community").getTypeClass(),
                "Gephi can colour nodes by community (Appearance > Partition)");
        assertEquals("type", model.getNodeTable().getColumn("type").getTitle());
        Column edgeDocuments = model.getEdgeTable().getColumn("edge_documents");
        assertNotNull(edgeDocuments, "documents on edges reach Gephi's edge table");
        assertEquals("documents", edgeDocuments.getTitle());
        Edge edge = graph.getEdge(graph.getNode("nato"), graph.getNode("ukraine"));
        assertEquals(5, edge.getAttribute(edgeDocuments));
        assertEquals(41L, graph.getNode("nato").getAttribute(mentions));
    }

    @Test
    void provenanceReachesGephi() {
        Node stoltenberg = graph.getNode("jens-stoltenberg");
        assertEquals("ينس ستولتنبرغ", stoltenberg.getAttribute(model.getNodeTable().getColumn("label_ar")));
        assertEquals("ینس استولتنبرگ", stoltenberg.getAttribute(model.getNodeTable().getColumn("label_fa")));
        assertEquals("ar, fa", stoltenberg.getAttribute(model.getNodeTable().getColumn("languages")));
        Edge edge = graph.getEdge(graph.getNode("nato"), graph.getNode("ukraine"));
        assertEquals(4, edge.getAttribute(model.getEdgeTable().getColumn("documents_ar")), "four Arabic articles");
        assertEquals(1, edge.getAttribute(model.getEdgeTable().getColumn("documents_fa")), "one Persian article");
        String ids = (String) edge.getAttribute(model.getEdgeTable().getColumn("document_ids"));
        assertEquals(5, ids.split("; ").length, ids);
    }

    @Test
    void rankReadsTheGraphMlGephiWritesBack() throws Exception {
        org.gephi.io.exporter.api.ExportController exporter =
                Lookup.getDefault().lookup(org.gephi.io.exporter.api.ExportController.class);
        Path exported = dir.resolve("from-gephi.graphml").toAbsolutePath();
        exporter.exportFile(exported.toFile(), exporter.getFileExporter(exported.toFile()));
        org.comention.graph.EntityGraph back = new org.comention.graph.GraphMlReader().read(exported);
        assertEquals(36, back.nodeCount());
        assertEquals(graph.getEdgeCount(), back.edgeCount());
        assertEquals("NATO", back.node("nato").label());
        assertEquals(5.0, back.graph().getEdgeWeight(back.graph().getEdge("nato", "ukraine")), 1e-6);
    }
}
