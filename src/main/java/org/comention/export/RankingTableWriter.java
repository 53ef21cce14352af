package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;

/**
 * Writes {@code rankings.csv}: every node with every measure, ordered by one measure (ties by
 * id), with {@code rank} (1 = most central by that measure) and {@code rank_<measure>} columns for
 * the rank under each measure.
 */
public final class RankingTableWriter {

    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, CentralityMeasure orderBy,
                      Path target) throws IOException {
        List<CentralityMeasure> measures = rankings.measures();
        int n = rankings.vertices().size();
        int[][] ranks = new int[measures.size()][n];
        for (int m = 0; m < measures.size(); m++) {
            List<Integer> order = rankings.order(measures.get(m));
            for (int r = 0; r < order.size(); r++) {
                ranks[m][order.get(r)] = r + 1;
            }
        }
        List<String> header = new ArrayList<>(List.of("rank", "id", "label", "type", "community", "mentions", "documents", "origin",
                "confidence"));
        for (CentralityMeasure measure : measures) {
            header.add(measure.name());
        }
        for (CentralityMeasure measure : measures) {
            header.add("rank_" + measure.name());
        }
        AtomicOutput.write(target, writer -> {
            CsvOut printer = CsvOut.open(writer, header.toArray(String[]::new));
            List<Integer> order = rankings.order(orderBy);
            for (int r = 0; r < order.size(); r++) {
                int v = order.get(r);
                NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
                List<Object> row = new ArrayList<>(List.of(r + 1, node.id(), node.label(),
                        GephiTableWriter.nullToEmpty(node.type()), communities.of(node.id()), node.mentions(), node.documents(),
                        node.origin(), Numbers.format(node.confidence())));
                for (int m = 0; m < measures.size(); m++) {
                    row.add(Numbers.format(rankings.score(m, v)));
                }
                for (int m = 0; m < measures.size(); m++) {
                    row.add(ranks[m][v]);
                }
                printer.record(row);
            }
            printer.flush();
        });
    }
}
