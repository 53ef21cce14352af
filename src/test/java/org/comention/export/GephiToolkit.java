package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Collection;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.UndirectedGraph;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/** Opens a file as Gephi Desktop's File > Open does, each in a project of its own. */
final class GephiToolkit {
    private GephiToolkit() {
    }

    /** A graph as Gephi holds it, with the warnings and errors of its import report. */
    record Imported(Collection<Issue> issues, GraphModel model, UndirectedGraph graph) {
    }

    static Imported importFile(Path file) {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container;
        try {
            container = importer.importFile(file.toAbsolutePath().toFile());
        } catch (java.io.FileNotFoundException e) {
            throw new AssertionError(e);
        }
        assertNotNull(container, "Gephi recognised " + file);
        container.getLoader().setAutoScale(false);
        container.verify();
        // Gephi logs the GEXF version as an INFO "issue"; warnings and errors are what count
        Collection<Issue> issues = container.getReport().getIssuesList(100).stream()
                .filter(issue -> issue.getLevel() != Issue.Level.INFO).toList();
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        return new Imported(issues, model, model.getUndirectedGraph());
    }
}
