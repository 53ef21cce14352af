package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cap on distinct entities paired per window: what it keeps, what it still counts, what it reports. */
class WindowCapTest {

    private static List<Mention> mentions(int... entities) {
        List<Mention> list = new ArrayList<>(entities.length);
        for (int i = 0; i < entities.length; i++) {
            list.add(new Mention(entities[i], AliasKind.NAME, i * 10, i * 10 + 5, i * 10));
        }
        return list;
    }

    private static WindowAssigner.Windows oneWindow(int mentions) {
        return new WindowAssigner.Windows(new int[mentions], 1);
    }

    private static Set<Integer> pairedEntities(CooccurrenceCounts counts) {
        Set<Integer> paired = new HashSet<>();
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            paired.add(pair.a());
            paired.add(pair.b());
        }
        return paired;
    }

    /**
     * 100,000 mentions of 2,000 entities in one window, in seeded random order: entity e is
     * mentioned 100 - e / 20 times for e below 1,000 (runs of twenty with equal counts: a cap of
     * 500 or 100 cuts between two runs, one of 510 inside a run, where the first mentioned win)
     * and the rest share what remains, 24 or 25 mentions each. Uncapped that window would make
     * 1,999,000 pairs.
     */
    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {500, 100, 510})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHostileDocumentPairsOnlyItsMostMentionedEntities(int cap) {
        int entities = 2_000;
        List<Integer> ids = new ArrayList<>(100_000);
        for (int e = 0; e < 1_000; e++) {
            for (int k = 0; k < 100 - e / 20; k++) {
                ids.add(e);
            }
        }
        for (int i = 0; ids.size() < 100_000; i++) {
            ids.add(1_000 + i % 1_000);
        }
        Collections.shuffle(ids, new Random(20_250_101L));
        int[] list = ids.stream().mapToInt(Integer::intValue).toArray();
        CooccurrenceCounter counter = new CooccurrenceCounter(entities, TimeSlice.MONTH, cap);
        assertEquals(1, counter.add(mentions(list), oneWindow(list.length)));
        CooccurrenceCounts counts = counter.counts();

        assertEquals((long) cap * (cap - 1) / 2, counts.pairs().size(), "every pair of the kept entities, no other");
        // the reference: by mentions, most first, then by first mention
        int[] count = new int[entities];
        int[] first = new int[entities];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < list.length; i++) {
            count[list[i]]++;
            if (first[list[i]] < 0) {
                first[list[i]] = i;
            }
        }
        List<Integer> ranked = new ArrayList<>();
        for (int e = 0; e < entities; e++) {
            ranked.add(e);
        }
        ranked.sort(java.util.Comparator.<Integer>comparingInt(e -> -count[e]).thenComparingInt(e -> first[e]));
        Set<Integer> expected = new HashSet<>(ranked.subList(0, cap));
        if (cap % 20 == 0) {
            for (int e = 0; e < cap; e++) {
                assertTrue(expected.contains(e), "the cut falls between two runs of equal counts");
            }
        }
        assertEquals(expected, pairedEntities(counts));
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            assertEquals(1, pair.windows());
            assertEquals(1, pair.documents());
        }
        assertEquals(entities, counts.nodes().size(), "unpaired entities are still nodes");
        assertEquals(100_000, counts.nodes().stream().mapToLong(CooccurrenceCounts.NodeCount::mentions).sum(),
                "every mention still counts");
        assertTrue(counts.nodes().stream().allMatch(n -> n.windows() == 1 && n.documents() == 1));
        assertEquals(new WindowCap(cap, 1, 1, List.of("#1")), counter.capping());
    }

    /** Uncapped, 100,000 distinct entities in one window would be five billion pairs: this would not end. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aHundredThousandDistinctEntitiesInOneWindow() {
        int n = 100_000;
        int[] list = new int[n];
        for (int i = 0; i < n; i++) {
            list[i] = (int) ((i * 7_919L) % n);
        }
        CooccurrenceCounter counter = new CooccurrenceCounter(n, TimeSlice.MONTH, 500);
        counter.add(mentions(list), oneWindow(n));
        CooccurrenceCounts counts = counter.counts();
        assertEquals(500L * 499 / 2, counts.pairs().size());
        Set<Integer> firstMentioned = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            firstMentioned.add(list[i]);
        }
        assertEquals(firstMentioned, pairedEntities(counts), "all mentioned once: the first 500 mentioned are kept");
        assertEquals(n, counts.nodes().size());
    }

    @Test
    void tiesGoToTheEntityMentionedFirstInTheWindow() {
        // counts: 3 -> 2, 1 -> 2, 2 -> 2, 4 -> 1; of the tied 3, 1, 2 the first two mentioned stay
        CooccurrenceCounter counter = new CooccurrenceCounter(5, TimeSlice.MONTH, 2);
        counter.add(mentions(3, 1, 2, 1, 2, 3, 4), oneWindow(7));
        List<CooccurrenceCounts.PairCount> pairs = counter.counts().pairs();
        assertEquals(List.of(new CooccurrenceCounts.PairCount(1, 3, 1, 1)), pairs);
    }

    @Test
    void aWindowAtTheCapIsNotCapped() {
        CooccurrenceCounter counter = new CooccurrenceCounter(4, TimeSlice.MONTH, 3);
        assertEquals(0, counter.add(mentions(0, 1, 2, 0, 1, 2), oneWindow(6)));
        assertEquals(3, counter.counts().pairs().size());
        assertEquals(0, counter.capping().windows());
        assertEquals(0, counter.capping().documents());
    }

    @Test
    void zeroMeansNoCap() {
        CooccurrenceCounter uncapped = new CooccurrenceCounter(50, TimeSlice.MONTH, 0);
        CooccurrenceCounter unlimited = new CooccurrenceCounter(50);
        int[] list = new int[50];
        for (int i = 0; i < list.length; i++) {
            list[i] = i;
        }
        assertEquals(0, uncapped.add(mentions(list), oneWindow(list.length)));
        unlimited.add(mentions(list), oneWindow(list.length));
        assertEquals(50 * 49 / 2, uncapped.counts().pairs().size());
        assertEquals(unlimited.counts(), uncapped.counts());
        assertThrows(IllegalArgumentException.class, () -> new CooccurrenceCounter(5, TimeSlice.MONTH, -1));
    }

    /** The cap is per window: a sentence with few entities is whole even when its document is capped. */
    @Test
    void eachWindowIsCappedOnItsOwn() {
        CooccurrenceCounter counter = new CooccurrenceCounter(10, TimeSlice.MONTH, 2);
        // window 0: 0 0 1 2 (capped: keeps 0 and 1); window 1: 3 4 (whole); window 2: 5 6 7 7 6 (keeps 7 and 6)
        int[] entities = {0, 0, 1, 2, 3, 4, 5, 6, 7, 7, 6};
        int[] windows = {0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
        assertEquals(2, counter.add(mentions(entities), new WindowAssigner.Windows(windows, 3)));
        assertEquals(List.of(new CooccurrenceCounts.PairCount(0, 1, 1, 1), new CooccurrenceCounts.PairCount(3, 4, 1, 1),
                new CooccurrenceCounts.PairCount(6, 7, 1, 1)), counter.counts().pairs());
        CooccurrenceCounts.NodeCount two = counter.counts().nodes().get(2);
        assertEquals(2, two.entity());
        assertEquals(1, two.windows(), "an entity left out of the pairs still appears in its window");
        assertEquals(new WindowCap(2, 2, 1, List.of("#1")), counter.capping());
    }

    @Test
    void capReportNamesTheFirstCappedDocumentsInInputOrder() {
        CooccurrenceCounter counter = new CooccurrenceCounter(4, TimeSlice.MONTH, 2);
        for (int d = 0; d < 25; d++) {
            List<Mention> doc = d % 2 == 0 ? mentions(0, 1, 2) : mentions(0, 1);
            counter.add(new DocumentInfo("doc" + d, null, null), doc, oneWindow(doc.size()));
        }
        counter.add(mentions(0, 1, 2, 3), oneWindow(4));
        WindowCap cap = counter.capping();
        assertEquals(14, cap.windows());
        assertEquals(14, cap.documents());
        assertEquals(List.of("doc0", "doc2", "doc4", "doc6", "doc8", "doc10", "doc12", "doc14", "doc16", "doc18"),
                cap.firstDocuments());
        // a pair kept in a capped window counts like any other: 0 and 1 are the first two of every document
        assertEquals(26, counter.counts().pairs().get(0).windows());
        assertEquals(1, counter.counts().pairs().size());
    }

    /** A document after a huge one starts from clean per-document state. */
    @Test
    void aHugeDocumentLeavesNothingBehindForTheNext() {
        CooccurrenceCounter counter = new CooccurrenceCounter(1_500, TimeSlice.MONTH, 0);
        int[] many = new int[1_500];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        counter.add(mentions(many), oneWindow(many.length));
        counter.add(mentions(5, 7), oneWindow(2));
        CooccurrenceCounts counts = counter.counts();
        assertEquals(1_500L * 1_499 / 2, counts.pairs().size());
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            boolean again = pair.a() == 5 && pair.b() == 7;
            assertEquals(again ? 2 : 1, pair.windows(), pair.a() + "-" + pair.b());
            assertEquals(again ? 2 : 1, pair.documents(), pair.a() + "-" + pair.b());
        }
    }
}
