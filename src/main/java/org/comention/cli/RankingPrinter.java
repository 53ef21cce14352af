package org.comention.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comention.analysis.Betweenness;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.common.Plural;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;

/** Prints the top entities by one measure as an aligned table, with every other measure beside it. */
final class RankingPrinter {
    private static final int LABEL_WIDTH = 32;

    private final PrintWriter out;

    RankingPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(EntityGraph graph, Rankings rankings, CentralityMeasure by, int top, String weighting) {
        List<Integer> order = rankings.order(by);
        int shown = Math.min(top, order.size());
        out.printf(Locale.ROOT, "Top %d of %s by %s (%s).%n", shown, Plural.of(order.size(), "entity", "entities"), by.name(),
                by.description());
        out.printf(Locale.ROOT, "Edge weight: %s. Betweenness and harmonic closeness use distance = 1/weight.%n", weighting);
        printEstimateNote(rankings);
        List<CentralityMeasure> columns = new ArrayList<>();
        columns.add(by);
        for (CentralityMeasure m : rankings.measures()) {
            if (!m.name().equals(by.name())) {
                columns.add(m);
            }
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %-" + LABEL_WIDTH + "s %-6s %8s", "#", "entity", "type", "mentions"));
        for (CentralityMeasure m : columns) {
            header.append(String.format(Locale.ROOT, " %" + width(m) + "s", m.name()));
        }
        out.println(header);
        for (int r = 0; r < shown; r++) {
            int v = order.get(r);
            NodeAttributes node = graph.node(rankings.vertices().get(v));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4d  %-" + LABEL_WIDTH + "s %-6s %8d", r + 1,
                    clip(node.label()), node.type() == null ? "" : node.type(), node.mentions()));
            for (CentralityMeasure m : columns) {
                row.append(String.format(Locale.ROOT, " %" + width(m) + "s", number(rankings.score(rankings.indexOf(m), v))));
            }
            out.println(row);
        }
    }

    /** When betweenness is an estimate, says so, from how many sources, and how far off it may be. */
    private void printEstimateNote(Rankings rankings) {
        int n = rankings.vertices().size();
        for (CentralityMeasure m : rankings.measures()) {
            if (m instanceof Betweenness betweenness && betweenness.sources(n) < n) {
                out.printf(Locale.ROOT, "Betweenness is estimated from %,d of %,d source entities (Brandes and Pich 2007): "
                                + "each score within %s of the exact one with probability 0.95.%n",
                        betweenness.sources(n), n, String.format(Locale.ROOT, "%.4f", betweenness.errorBound(n, 0.05)));
            }
        }
    }

    /** The top {@code top} entities under every measure, one column per measure. */
    void printSideBySide(EntityGraph graph, Rankings rankings, int top) {
        List<CentralityMeasure> measures = rankings.measures();
        int width = 24;
        out.printf(Locale.ROOT, "Top %s under each measure (betweenness and harmonic closeness on distance = 1/weight).%n",
                Plural.of(Math.min(top, rankings.vertices().size()), "entity", "entities"));
        printEstimateNote(rankings);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s", "#"));
        for (CentralityMeasure m : measures) {
            header.append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", m.name()));
        }
        out.println(header.toString().stripTrailing());
        List<List<Integer>> orders = new ArrayList<>();
        for (CentralityMeasure m : measures) {
            orders.add(rankings.order(m));
        }
        for (int r = 0; r < Math.min(top, rankings.vertices().size()); r++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4d", r + 1));
            for (List<Integer> order : orders) {
                String label = TerminalWriter.escape(graph.node(rankings.vertices().get(order.get(r))).label());
                row.append("  ").append(String.format(Locale.ROOT, "%-" + width + "s",
                        label.length() <= width ? label : label.substring(0, width - 1) + "…"));
            }
            out.println(row.toString().stripTrailing());
        }
    }

    /** How the top entities of {@code here} rank in {@code there} by the same measure. */
    void printComparison(EntityGraph graph, Rankings here, Rankings there, CentralityMeasure by, int top,
                         String hereName, String thereName) {
        List<Integer> order = here.order(by);
        java.util.Map<String, Integer> rankThere = new java.util.HashMap<>();
        List<Integer> otherOrder = there.order(by);
        for (int r = 0; r < otherOrder.size(); r++) {
            rankThere.put(there.vertices().get(otherOrder.get(r)), r + 1);
        }
        out.printf(Locale.ROOT, "Ranks by %s here (%s) and there (%s); +N: N places higher here.%n", by.name(), hereName,
                thereName);
        out.printf(Locale.ROOT, "%-" + LABEL_WIDTH + "s %6s %6s  %s%n", "entity", "here", "there", "change");
        for (int r = 0; r < Math.min(top, order.size()); r++) {
            String id = here.vertices().get(order.get(r));
            Integer other = rankThere.get(id);
            String change = other == null ? "not there" : other == r + 1 ? "=" : String.format(Locale.ROOT, "%+d", other - r - 1);
            out.printf(Locale.ROOT, "%-" + LABEL_WIDTH + "s %6d %6s  %s%n", clip(graph.node(id).label()), r + 1,
                    other == null ? "-" : Integer.toString(other), change);
        }
    }

    /**
     * The community summary: how many, the modularity, and each community's most central members
     * by {@code by} (at most {@code members}), for the {@code shown} largest communities.
     */
    void printCommunities(EntityGraph graph, Rankings rankings, Communities communities, CentralityMeasure by,
                          int shown, int members) {
        out.printf(Locale.ROOT, "%s (Leiden, modularity, resolution %s), modularity %.4f.%n",
                Plural.of(communities.count(), "community", "communities"), number(communities.resolution()), communities.modularity());
        List<Integer> order = rankings.order(by);
        for (int c = 0; c < Math.min(shown, communities.count()); c++) {
            List<String> names = new ArrayList<>();
            int size = 0;
            for (int v : order) {
                String id = rankings.vertices().get(v);
                if (communities.of(id) == c) {
                    size++;
                    if (names.size() < members) {
                        names.add(graph.node(id).label());
                    }
                }
            }
            out.printf(Locale.ROOT, "%4d  %12s: %s%s%n", c, Plural.of(size, "entity", "entities"), String.join(", ", names),
                    size > names.size() ? ", ..." : "");
        }
    }

    private static int width(CentralityMeasure m) {
        return Math.max(9, m.name().length());
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** The label as printed (escaped here, so the column is padded to what the terminal shows), cut to the column. */
    private static String clip(String label) {
        String shown = TerminalWriter.escape(label);
        return shown.length() <= LABEL_WIDTH ? shown : shown.substring(0, LABEL_WIDTH - 1) + "…";
    }
}
