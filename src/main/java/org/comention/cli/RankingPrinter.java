package org.comention.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Rankings;
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
        out.printf(Locale.ROOT, "Top %d of %d entities by %s (%s).%n", shown, order.size(), by.name(), by.description());
        out.printf(Locale.ROOT, "Edge weight: co-occurring windows, %s. Betweenness and harmonic closeness use distance = 1/weight.%n",
                weighting);
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

    private static int width(CentralityMeasure m) {
        return Math.max(9, m.name().length());
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String clip(String label) {
        return label.length() <= LABEL_WIDTH ? label : label.substring(0, LABEL_WIDTH - 1) + "…";
    }
}
