package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.junit.jupiter.api.Test;

class DocumentPairingTest {

    private static List<Mention> mentions(int... entities) {
        List<Mention> list = new ArrayList<>();
        for (int i = 0; i < entities.length; i++) {
            list.add(new Mention(entities[i], AliasKind.NAME, i * 10, i * 10 + 5, i * 10));
        }
        return list;
    }

    @Test
    void aDocumentsCountsPerEntityAndPair() {
        DocumentPairs pairs = new DocumentPairing(4, 0)
                .pair(mentions(2, 0, 2, 3), new WindowAssigner.Windows(new int[] {0, 0, 1, 1}, 2));
        assertArrayEquals(new int[] {2, 0, 3}, pairs.entities, "distinct entities in first-mention order");
        assertArrayEquals(new int[] {2, 1, 1}, pairs.entityMentions);
        assertArrayEquals(new long[] {2, 1, 1}, pairs.entityWindows, "entity 2 is in both windows");
        assertArrayEquals(new long[] {PairIndex.key(0, 2), PairIndex.key(2, 3)}, pairs.pairKeys);
        assertArrayEquals(new long[] {1, 1}, pairs.pairWindows);
        assertEquals(2, pairs.windows);
        assertEquals(0, pairs.cappedWindows());
    }

    @Test
    void aPairingReusedForTheNextDocumentKeepsNothingOfTheLast() {
        DocumentPairing pairing = new DocumentPairing(5, 0);
        pairing.pair(mentions(0, 1, 2, 3, 4), new WindowAssigner.Windows(new int[5], 1));
        DocumentPairs second = pairing.pair(mentions(1, 4), new WindowAssigner.Windows(new int[2], 1));
        assertArrayEquals(new long[] {PairIndex.key(1, 4)}, second.pairKeys);
        assertArrayEquals(new long[] {1}, second.pairWindows);
        assertArrayEquals(new int[] {1, 1}, second.entityMentions);
    }

    @Test
    void theCapPairsOnlyTheMostMentionedAndSaysSo() {
        DocumentPairs pairs = new DocumentPairing(4, 2)
                .pair(mentions(0, 1, 1, 2, 2, 3), new WindowAssigner.Windows(new int[6], 1));
        assertArrayEquals(new long[] {PairIndex.key(1, 2)}, pairs.pairKeys);
        assertEquals(1, pairs.cappedWindows());
        assertEquals(4, pairs.entityCount(), "capped entities still count");
    }

    @Test
    void pairsMadeOnWorkersAddUpAsTheCountersOwn() {
        Random random = new Random(11);
        CooccurrenceCounter direct = new CooccurrenceCounter(30, TimeSlice.MONTH, 4);
        CooccurrenceCounter merged = new CooccurrenceCounter(30, TimeSlice.MONTH, 4);
        DocumentPairing[] workers = {new DocumentPairing(30, 4), new DocumentPairing(30, 4)};
        for (int d = 0; d < 300; d++) {
            int n = random.nextInt(12);
            int[] entities = random.ints(n, 0, 30).toArray();
            int[] ofMention = new int[n];
            for (int i = 1; i < n; i++) {
                ofMention[i] = ofMention[i - 1] + (random.nextInt(3) == 0 ? 1 : 0);
            }
            WindowAssigner.Windows windows = new WindowAssigner.Windows(ofMention, n == 0 ? 1 : ofMention[n - 1] + 1);
            DocumentInfo info = new DocumentInfo("d" + d, d % 3 == 0 ? "ar" : "fa", "2024-0" + (1 + d % 9) + "-01");
            direct.add(info, mentions(entities), windows);
            merged.add(info, workers[random.nextInt(2)].pair(mentions(entities), windows));
        }
        assertEquals(direct.counts(), merged.counts());
        assertEquals(direct.capping(), merged.capping());
    }

    @Test
    void mismatchedWindowsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentPairing(3, 0)
                .pair(mentions(0, 1), new WindowAssigner.Windows(new int[1], 1)));
    }
}
