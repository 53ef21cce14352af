package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterShardsTest {
    private static final int ENTITIES = 40;

    private record Doc(DocumentInfo info, List<Mention> mentions, WindowAssigner.Windows windows) {
    }

    /** Documents with random mentions, windows, languages and dates, some undated, some without language. */
    private static List<Doc> corpus(long seed, int size) {
        Random random = new Random(seed);
        String[] languages = {"ar", "fa", "en", null};
        List<Doc> docs = new ArrayList<>();
        for (int d = 0; d < size; d++) {
            int n = random.nextInt(25);
            int[] ofMention = new int[n];
            List<Mention> mentions = new ArrayList<>();
            int window = 0;
            for (int i = 0; i < n; i++) {
                mentions.add(new Mention(random.nextInt(ENTITIES), AliasKind.NAME, i * 10, i * 10 + 5, i * 10));
                if (random.nextInt(5) == 0) {
                    window++;
                }
                ofMention[i] = window;
            }
            String date = random.nextInt(6) == 0 ? null
                    : String.format("20%02d-%02d-%02d", 20 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
            docs.add(new Doc(new DocumentInfo("doc-" + d, languages[random.nextInt(languages.length)], date), mentions,
                    new WindowAssigner.Windows(ofMention, window + 1)));
        }
        return docs;
    }

    private static CooccurrenceCounts countAlone(List<Doc> docs, int cap) {
        CooccurrenceCounter counter = new CooccurrenceCounter(ENTITIES, TimeSlice.MONTH, cap);
        docs.forEach(doc -> counter.add(doc.info, doc.mentions, doc.windows));
        return counter.finish();
    }

    @ParameterizedTest(name = "seed {0}, {1} shards, cap {2}")
    @CsvSource({"1, 1, 0", "1, 2, 0", "2, 3, 0", "3, 4, 0", "4, 2, 5", "5, 7, 3"})
    void shardsCountWhatOneCounterCounts(long seed, int shards, int cap) {
        List<Doc> docs = corpus(seed, 600);
        DocumentPairing pairing = new DocumentPairing(ENTITIES, cap);
        CooccurrenceCounts alone = countAlone(docs, cap);
        int cappedAlone = 0;
        try (CounterShards counter = new CounterShards(ENTITIES, TimeSlice.MONTH, cap, shards)) {
            int capped = 0;
            for (Doc doc : docs) {
                capped += counter.add(doc.info, pairing.pair(doc.mentions, doc.windows));
            }
            CooccurrenceCounts sharded = counter.finish();
            assertTrue(alone.pairs().size() > 300, "the corpus must make many pairs to split: " + alone.pairs().size());
            assertEquals(alone, sharded, "nodes, pairs, and every pair's sample, languages, dates and slices");
            CooccurrenceCounter single = new CooccurrenceCounter(ENTITIES, TimeSlice.MONTH, cap);
            for (Doc doc : docs) {
                cappedAlone += single.add(doc.info, doc.mentions, doc.windows);
            }
            assertEquals(cappedAlone, capped);
            assertEquals(single.capping(), counter.capping());
        }
    }

    @Test
    void everyShardGetsPairsOfADenseGraph() {
        int shards = 3;
        int[] perShard = new int[shards];
        for (int a = 0; a < 100; a++) {
            for (int b = a + 1; b < 100; b++) {
                perShard[CooccurrenceCounter.shardOf(PairIndex.key(a, b), shards)]++;
            }
        }
        for (int count : perShard) {
            assertTrue(count > 4950 / shards * 0.9 && count < 4950 / shards * 1.1, java.util.Arrays.toString(perShard));
        }
    }

    @Test
    void aShardThatFailsIsReportedToTheCaller() {
        try (CounterShards counter = new CounterShards(ENTITIES, TimeSlice.MONTH, 0, 2)) {
            DocumentPairing pairing = new DocumentPairing(ENTITIES, 0);
            // a negative entity index fails in shard 0, on its own thread (higher ones only grow the arrays)
            counter.add(null, new DocumentPairs(new int[] {-1}, new int[] {1}, new long[] {1}, new long[0], new long[0], 1, 0));
            RuntimeException failure = assertThrows(RuntimeException.class, () -> {
                for (int i = 0; i < 10_000; i++) {
                    counter.add(null, pairing.pair(List.of(), new WindowAssigner.Windows(new int[0], 1)));
                }
                counter.finish();
            });
            assertTrue(failure instanceof ArrayIndexOutOfBoundsException, failure.toString());
        }
    }

    @Test
    void noDocumentsAfterFinish() {
        try (CounterShards counter = new CounterShards(ENTITIES, TimeSlice.MONTH, 0, 2)) {
            counter.finish();
            DocumentPairs empty = new DocumentPairing(ENTITIES, 0).pair(List.of(), new WindowAssigner.Windows(new int[0], 1));
            assertThrows(IllegalStateException.class, () -> counter.add(null, empty));
        }
    }

    @Test
    void refusesNoShards() {
        assertThrows(IllegalArgumentException.class, () -> new CounterShards(ENTITIES, TimeSlice.MONTH, 0, 0));
    }
}
