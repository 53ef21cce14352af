package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.cooccurrence.CooccurrenceCounts.NodeCount;
import org.comention.cooccurrence.CooccurrenceCounts.PairCount;
import org.comention.entity.TestGazetteers;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    @Test
    void nodesCarryGazetteerAttributesAndCounts() throws Exception {
        EntityGraph g = TestGraphs.natoStar();
        assertEquals(5, g.nodeCount());
        assertEquals(5, g.edgeCount());
        NodeAttributes nato = g.node("nato");
        assertEquals("NATO", nato.label());
        assertEquals("ORG", nato.type());
        assertEquals("Q7184", nato.wikidata());
        assertEquals(9, nato.mentions());
        assertEquals(5, nato.documents());
        CooccurrenceEdge edge = g.graph().getEdge("nato", "ukraine");
        assertEquals(5.0, g.graph().getEdgeWeight(edge));
        assertEquals(5, edge.documents());
    }

    @Test
    void minWeightDropsWeakerEdgesButKeepsTheirNodes() throws Exception {
        CooccurrenceCounts counts = new CooccurrenceCounts(
                List.of(new NodeCount(0, 1, 1), new NodeCount(1, 1, 1), new NodeCount(2, 2, 2)),
                List.of(new PairCount(0, 1, 1, 1), new PairCount(1, 2, 3, 2)), 2, 2);
        EntityGraph g = new GraphBuilder(2).build(counts, TestGazetteers.fixture());
        assertEquals(3, g.nodeCount());
        assertEquals(1, g.edgeCount());
        assertEquals(null, g.graph().getEdge("antony-blinken", "jens-stoltenberg"));
    }

    @Test
    void rejectsANegativeMinWeight() {
        assertThrows(IllegalArgumentException.class, () -> new GraphBuilder(-1));
        assertThrows(IllegalArgumentException.class, () -> new GraphBuilder(Double.NaN));
    }
}
