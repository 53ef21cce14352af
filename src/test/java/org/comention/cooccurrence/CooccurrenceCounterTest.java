package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CooccurrenceCounterTest {

    private static List<Mention> mentions(int... entities) {
        List<Mention> list = new ArrayList<>();
        for (int i = 0; i < entities.length; i++) {
            list.add(new Mention(entities[i], AliasKind.NAME, i * 10, i * 10 + 5, i * 10));
        }
        return list;
    }

    private static WindowAssigner.Windows windows(int count, int... ofMention) {
        return new WindowAssigner.Windows(ofMention, count);
    }

    private static Map<String, long[]> pairs(CooccurrenceCounts counts) {
        Map<String, long[]> map = new HashMap<>();
        for (CooccurrenceCounts.PairCount p : counts.pairs()) {
            map.put(p.a() + "-" + p.b(), new long[] {p.windows(), p.documents()});
        }
        return map;
    }

    @Test
    void aPairCountsOncePerWindowHoweverOftenMentioned() {
        CooccurrenceCounter counter = new CooccurrenceCounter(3);
        counter.add(mentions(0, 1, 0, 1, 1), windows(1, 0, 0, 0, 0, 0));
        CooccurrenceCounts counts = counter.counts();
        assertEquals(1, counts.pairs().size());
        assertEquals(1, counts.pairs().get(0).windows());
        assertEquals(1, counts.pairs().get(0).documents());
        assertEquals(2, counts.nodes().get(0).mentions());
        assertEquals(3, counts.nodes().get(1).mentions());
    }

    @Test
    void weightCountsWindowsAndDocumentsCountDocuments() {
        CooccurrenceCounter counter = new CooccurrenceCounter(3);
        counter.add(mentions(0, 1, 0, 1, 2), windows(3, 0, 0, 1, 1, 2));
        counter.add(mentions(1, 0), windows(1, 0, 0));
        Map<String, long[]> pairs = pairs(counter.counts());
        assertEquals(3, pairs.get("0-1")[0], "two windows in the first document, one in the second");
        assertEquals(2, pairs.get("0-1")[1]);
        assertEquals(null, pairs.get("1-2"), "entity 2 is alone in its window");
        assertEquals(2, counter.counts().documents());
        assertEquals(4, counter.counts().windows());
    }

    @Test
    void selfPairsAreNeverCounted() {
        CooccurrenceCounter counter = new CooccurrenceCounter(1);
        counter.add(mentions(0, 0, 0), windows(1, 0, 0, 0));
        assertEquals(List.of(), counter.counts().pairs());
        assertEquals(1, counter.counts().nodes().get(0).documents());
    }

    /** Invariants on seeded random corpora: weights bounded by windows, counts independent of document order. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void invariantsOnRandomCorpora(long seed) {
        Random random = new Random(seed);
        int entities = 12;
        List<List<Mention>> docs = new ArrayList<>();
        List<WindowAssigner.Windows> docWindows = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            int n = random.nextInt(15);
            int[] ids = new int[n];
            int[] w = new int[n];
            int window = 0;
            for (int i = 0; i < n; i++) {
                ids[i] = random.nextInt(entities);
                if (random.nextInt(4) == 0) {
                    window++;
                }
                w[i] = window;
            }
            docs.add(mentions(ids));
            docWindows.add(windows(window + 1, w));
        }
        CooccurrenceCounter forward = new CooccurrenceCounter(entities);
        for (int d = 0; d < docs.size(); d++) {
            forward.add(docs.get(d), docWindows.get(d));
        }
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            order.add(d);
        }
        Collections.shuffle(order, random);
        CooccurrenceCounter shuffled = new CooccurrenceCounter(entities);
        for (int d : order) {
            shuffled.add(docs.get(d), docWindows.get(d));
        }
        CooccurrenceCounts counts = forward.counts();
        assertEquals(counts, shuffled.counts(), "counts must not depend on document order");
        Map<Integer, Integer> documentsOf = new HashMap<>();
        for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
            documentsOf.put(node.entity(), node.documents());
        }
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            assertTrue(pair.a() < pair.b());
            assertTrue(pair.windows() >= pair.documents());
            assertTrue(pair.windows() <= counts.windows());
            assertTrue(pair.documents() <= Math.min(documentsOf.get(pair.a()), documentsOf.get(pair.b())));
        }
    }
}
