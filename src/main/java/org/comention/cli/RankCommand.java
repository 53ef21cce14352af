package org.comention.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.CentralityMeasures;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.common.Plural;
import org.comention.common.UserInputException;
import org.comention.export.RankingTableWriter;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comention rank}: centrality rankings of an existing GraphML or GEXF file. */
@Command(name = "rank",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Prints centrality rankings of a GraphML or GEXF graph: one written by comention build, or by Gephi, "
                + "networkx or igraph.",
                "",
                "Node labels come from a 'label' attribute (else igraph's 'name', else the node id), edge weights from "
                        + "'weight' (else 1; in GEXF the edge's weight, the total in a dynamic file). "
                        + "The graph is read as undirected: parallel edges and both directions are merged by adding "
                        + "weights; self-loops are dropped. Betweenness and harmonic closeness run on distance = 1/weight."})
public final class RankCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GRAPH", description = "the graph to rank: GraphML or GEXF")
    Path graphFile;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "how many entities to show (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = {"--rank-by", "--by"}, paramLabel = "MEASURE", defaultValue = "weighted_degree",
            description = "degree, weighted_degree, betweenness, harmonic_closeness, pagerank, eigenvector, or all: "
                    + "the top entities under every measure side by side (default: ${DEFAULT-VALUE})")
    String rankBy;

    @Option(names = "--compare", paramLabel = "OTHER",
            description = "show how the top entities' ranks differ in another graph (another window, corpus or period)")
    Path compare;

    @Option(names = "--resolution", paramLabel = "R", defaultValue = "1.0",
            description = "resolution of the Leiden community detection (default: ${DEFAULT-VALUE})")
    double resolution;

    @Mixin
    CentralityOptions centrality;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write every node with every measure to FILE (rankings.csv layout)")
    Path csv;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        if (top < 0) {
            throw new UserInputException("--top must be 0 or more, not " + top);
        }
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new UserInputException("--resolution must be a number > 0, not " + resolution);
        }
        centrality.validate();
        java.util.List<CentralityMeasure> measures = centrality.measures(
                Runtime.getRuntime().availableProcessors());
        boolean all = rankBy.strip().equalsIgnoreCase("all");
        CentralityMeasure measure = all ? CentralityMeasures.byName("weighted_degree") : measure(rankBy);
        PublishedOutputs.check(graphFile, spec.commandLine().getErr());
        EntityGraph graph = new GraphFileReader().read(graphFile);
        // Both files are read before anything is printed, so a bad --compare file is one line, not half a ranking.
        EntityGraph other = compare == null ? null : new GraphFileReader().read(compare);
        Rankings rankings = Rankings.compute(graph.graph(), measures);
        Communities communities = Communities.detect(graph.graph(), resolution);
        RankingPrinter printer = new RankingPrinter(spec.commandLine().getOut());
        if (all) {
            printer.printSideBySide(graph, rankings, top);
        } else {
            printer.print(graph, rankings, measure, top, "the weight attribute of " + graphFile.getFileName());
        }
        if (other != null) {
            spec.commandLine().getOut().println();
            printer.printComparison(graph, rankings, Rankings.compute(other.graph(), measures), measure, top,
                    graphFile.toString(), compare.toString());
        }
        spec.commandLine().getOut().println();
        printer.printCommunities(graph, rankings, communities, measure, top, 6);
        spec.commandLine().getOut().printf("%n%s, %s.%n", Plural.of(graph.nodeCount(), "node", "nodes"),
                Plural.of(graph.edgeCount(), "edge", "edges"));
        if (csv != null) {
            new RankingTableWriter().write(graph, rankings, communities, measure, csv);
        }
        return Main.EXIT_OK;
    }

    private static CentralityMeasure measure(String name) {
        try {
            return CentralityMeasures.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--rank-by: " + e.getMessage() + ", or all");
        }
    }
}
