package org.comention.graph;

import java.io.IOException;
import java.util.List;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.cooccurrence.CooccurrenceCounts.NodeCount;
import org.comention.cooccurrence.CooccurrenceCounts.PairCount;
import org.comention.entity.Gazetteer;
import org.comention.entity.TestGazetteers;

/** Small graphs over the fixture gazetteer, for the graph, analysis and export tests. */
public final class TestGraphs {
    private TestGraphs() {
    }

    /**
     * Entities of the fixture gazetteer (sorted by id: 0 antony-blinken, 1 jens-stoltenberg,
     * 2 nato, 3 russia, 4 ukraine, 5 united-states, 6 vladimir-putin): a NATO-centred graph with
     * one isolated node (Putin).
     */
    public static EntityGraph natoStar() throws IOException {
        Gazetteer gazetteer = TestGazetteers.fixture();
        CooccurrenceCounts counts = new CooccurrenceCounts(
                List.of(new NodeCount(0, 3, 2), new NodeCount(1, 7, 4), new NodeCount(2, 9, 5),
                        new NodeCount(4, 6, 5), new NodeCount(6, 1, 1)),
                List.of(new PairCount(0, 1, 2, 2), new PairCount(1, 2, 4, 4), new PairCount(1, 4, 4, 4),
                        new PairCount(2, 4, 5, 5), new PairCount(0, 2, 1, 1)),
                5, 5);
        return new GraphBuilder(1).build(counts, gazetteer);
    }
}
