package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.junit.jupiter.api.Test;

/**
 * Entities discovered in a run are numbered after the gazetteer's: pairing and counting grow their
 * arrays for them instead of sizing every thread's for the cap up front.
 */
class GrowingEntitiesTest {

    @Test
    void indicesBeyondTheInitialSizeArePairedAndCounted() {
        CooccurrenceCounter counter = new CooccurrenceCounter(2);
        List<Mention> mentions = List.of(new Mention(1, AliasKind.NAME, 0, 3, 0), new Mention(40, AliasKind.NAME, 4, 7, 4),
                new Mention(1000, AliasKind.NAME, 8, 11, 8), new Mention(40, AliasKind.NAME, 12, 15, 12));
        counter.add(mentions, new WindowAssigner.Windows(new int[] {0, 0, 0, 0}, 1));
        counter.add(List.of(new Mention(1000, AliasKind.NAME, 0, 3, 0)), new WindowAssigner.Windows(new int[] {0}, 1));
        CooccurrenceCounts counts = counter.finish();
        assertEquals(List.of(1, 40, 1000), counts.nodes().stream().map(CooccurrenceCounts.NodeCount::entity).toList());
        assertEquals(2, counts.nodes().get(1).mentions());
        assertEquals(2, counts.nodes().get(2).documents());
        assertEquals(3, counts.pairs().size());
    }

    @Test
    void renamedCountsKeepEveryPairKeyOrdered() {
        DocumentPairs pairs = new DocumentPairing(2, 0).pair(List.of(new Mention(0, AliasKind.NAME, 0, 3, 0),
                new Mention(5, AliasKind.NAME, 4, 7, 4)), new WindowAssigner.Windows(new int[] {0, 0}, 1));
        DocumentPairs renamed = pairs.renamed(e -> e == 5 ? 3 : 9);
        assertEquals(List.of(9, 3), java.util.Arrays.stream(renamed.entities()).boxed().toList());
        assertEquals(PairIndex.key(3, 9), renamed.pairKeys()[0]);
    }
}
