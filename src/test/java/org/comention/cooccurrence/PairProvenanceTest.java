package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairProvenanceTest {
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);

    private static void add(PairProvenance provenance, int pair, int before, String id, String lang, String date,
                            LocalDate slice, long windows) {
        provenance.startDocument(new DocumentInfo(id, lang, date), slice);
        provenance.add(pair, before, windows);
    }

    @Test
    void slicesOutOfDateOrderAreSummedAndSortedByDate() {
        PairProvenance provenance = new PairProvenance();
        add(provenance, 0, 0, "d1", "fa", "2024-03-05", MARCH, 2);
        add(provenance, 0, 1, "d2", "ar", "2024-01-09", JANUARY, 1);
        add(provenance, 0, 2, "d3", "ar", "2024-03-20", MARCH, 4);
        CooccurrenceCounts.Provenance built = provenance.build(0, 3, provenance.sorter());
        assertEquals(new TreeMap<>(Map.of(JANUARY, 1L, MARCH, 6L)), built.windowsBySlice());
        assertEquals(List.of(JANUARY, MARCH), List.copyOf(built.windowsBySlice().keySet()));
        assertEquals(new TreeMap<>(Map.of("ar", 2, "fa", 1)), built.documentsByLanguage());
        assertEquals(2, built.documentsIn("ar"));
        assertEquals(0, built.documentsIn("en"));
        assertEquals("2024-01-09", built.firstDate());
        assertEquals("2024-03-20", built.lastDate());
        assertEquals(List.of("d1", "d2", "d3"), built.sampleDocuments());
    }

    @Test
    void theSampleKeepsTheFirstDocumentsInInputOrder() {
        PairProvenance provenance = new PairProvenance();
        int documents = CooccurrenceCounts.Provenance.SAMPLE + 5;
        for (int d = 0; d < documents; d++) {
            add(provenance, 3, d, "doc" + d, null, null, null, 1);
        }
        List<String> sample = provenance.build(3, documents, provenance.sorter()).sampleDocuments();
        assertEquals(CooccurrenceCounts.Provenance.SAMPLE, sample.size());
        assertEquals("doc0", sample.get(0));
        assertEquals("doc" + (CooccurrenceCounts.Provenance.SAMPLE - 1), sample.get(sample.size() - 1));
    }

    @Test
    void undatedDocumentsHaveNoDatesNorSlices() {
        PairProvenance provenance = new PairProvenance();
        add(provenance, 0, 0, "d1", "en", null, null, 3);
        CooccurrenceCounts.Provenance built = provenance.build(0, 1, provenance.sorter());
        assertNull(built.firstDate());
        assertEquals(Map.of(), built.windowsBySlice());
    }

    @Test
    void aPairWithoutRecordOrReleasedHasNone() {
        PairProvenance provenance = new PairProvenance();
        add(provenance, 1, 0, "d1", "en", "2024-01-02", JANUARY, 1);
        assertSame(CooccurrenceCounts.Provenance.NONE, provenance.build(0, 1, provenance.sorter()));
        assertSame(CooccurrenceCounts.Provenance.NONE, provenance.build(500, 1, provenance.sorter()));
        provenance.release(1);
        assertSame(CooccurrenceCounts.Provenance.NONE, provenance.build(1, 1, provenance.sorter()));
    }

    @Test
    void theCompactRecordEqualsTheOneMadeFromMaps() {
        PairProvenance provenance = new PairProvenance();
        add(provenance, 0, 0, "d1", "ar", "2024-01-09", JANUARY, 2);
        CooccurrenceCounts.Provenance fromMaps = new CooccurrenceCounts.Provenance(List.of("d1"),
                new TreeMap<>(Map.of("ar", 1)), "2024-01-09", "2024-01-09", new TreeMap<>(Map.of(JANUARY, 2L)));
        CooccurrenceCounts.Provenance built = provenance.build(0, 1, provenance.sorter());
        assertEquals(fromMaps, built);
        assertEquals(fromMaps.hashCode(), built.hashCode());
    }

    @Test
    void windowsThatOutgrowANarrowEntryWidenTheBlock() {
        PairProvenance provenance = new PairProvenance();
        long big = CooccurrenceCounts.Provenance.NARROW_WINDOWS - 1;
        add(provenance, 0, 0, "d1", "ar", "2024-01-09", JANUARY, big);
        add(provenance, 1, 0, "d1", "ar", "2024-01-09", JANUARY, 3);
        add(provenance, 0, 1, "d2", "ar", "2024-03-09", MARCH, 5);
        add(provenance, 0, 2, "d3", "ar", "2024-01-19", JANUARY, 1);
        add(provenance, 0, 3, "d4", "ar", "2024-01-29", JANUARY, 1L << 35);
        PairProvenance.Sorter order = provenance.sorter();
        assertEquals(new TreeMap<>(Map.of(JANUARY, big + 1 + (1L << 35), MARCH, 5L)),
                provenance.build(0, 4, order).windowsBySlice());
        assertEquals(new TreeMap<>(Map.of(JANUARY, 3L)), provenance.build(1, 1, order).windowsBySlice(),
                "another pair's block stays narrow");
        assertEquals(List.of("d1", "d2", "d3", "d4"), provenance.build(0, 4, order).sampleDocuments());
    }

    @Test
    void moreSlicesThanANarrowEntryNumbersWidenTheBlocksThatMeetThem() {
        PairProvenance provenance = new PairProvenance();
        int slices = CooccurrenceCounts.Provenance.NARROW_SLICES + 10;
        LocalDate day = LocalDate.of(1970, 1, 1);
        for (int d = 0; d < slices; d++) {
            LocalDate date = day.plusDays(slices - 1 - d);
            add(provenance, d % 2, d / 2, "d" + d, "en", date.toString(), date, 1);
        }
        PairProvenance.Sorter order = provenance.sorter();
        CooccurrenceCounts.Provenance even = provenance.build(0, (slices + 1) / 2, order);
        assertEquals((slices + 1) / 2, even.windowsBySlice().size());
        assertEquals(day.plusDays(1), even.windowsBySlice().firstKey());
        assertEquals(day.plusDays(slices - 1), even.windowsBySlice().lastKey());
        assertEquals(day.plusDays(slices - 1).toString(), even.lastDate());
        assertEquals(day.plusDays(1).toString(), even.firstDate());
    }

    @Test
    void seededRandomDocumentsGiveWhatMapsCountingTheSameGive() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20; round++) {
            PairProvenance provenance = new PairProvenance();
            int pairs = 1 + random.nextInt(6);
            int[] documents = new int[pairs];
            List<Map<LocalDate, Long>> slices = new java.util.ArrayList<>();
            List<Map<String, Integer>> languages = new java.util.ArrayList<>();
            List<List<String>> samples = new java.util.ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                slices.add(new TreeMap<>());
                languages.add(new TreeMap<>());
                samples.add(new java.util.ArrayList<>());
            }
            // a few rounds reach past the narrow entries, in windows or in slice numbers
            int sliceRange = round % 5 == 4 ? CooccurrenceCounts.Provenance.NARROW_SLICES + 50 : 1 + random.nextInt(40);
            long windowRange = round % 5 == 3 ? CooccurrenceCounts.Provenance.NARROW_WINDOWS : 1 + random.nextInt(9);
            int docs = round % 5 == 4 ? 3 * sliceRange : 1 + random.nextInt(300);
            for (int d = 0; d < docs; d++) {
                String lang = List.of("ar", "fa", "en", "ru").get(random.nextInt(4));
                LocalDate slice = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(sliceRange));
                provenance.startDocument(new DocumentInfo("doc" + d, lang, slice.toString()), slice);
                for (int p = 0; p < pairs; p++) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    long windows = 1 + (long) (random.nextDouble() * windowRange);
                    provenance.add(p, documents[p], windows);
                    if (documents[p] < CooccurrenceCounts.Provenance.SAMPLE) {
                        samples.get(p).add("doc" + d);
                    }
                    documents[p]++;
                    slices.get(p).merge(slice, windows, Long::sum);
                    languages.get(p).merge(lang, 1, Integer::sum);
                }
            }
            PairProvenance.Sorter order = provenance.sorter();
            for (int p = 0; p < pairs; p++) {
                if (documents[p] == 0) {
                    continue;
                }
                CooccurrenceCounts.Provenance built = provenance.build(p, documents[p], order);
                assertEquals(slices.get(p), built.windowsBySlice(), "round " + round + " pair " + p);
                assertEquals(languages.get(p), built.documentsByLanguage(), "round " + round + " pair " + p);
                assertEquals(samples.get(p), built.sampleDocuments(), "round " + round + " pair " + p);
                assertEquals(slices.get(p).keySet().iterator().next().toString(), built.firstDate());
            }
        }
    }

    @Test
    void aSampleWithGapsTooWideForTwoBytesKeepsItsDocuments() {
        PairProvenance provenance = new PairProvenance();
        int documents = 70_000;
        // every document enters some pair's sample, so each takes a number; pair 0 sees the first and the last
        add(provenance, 0, 0, "doc0", "en", null, null, 1);
        for (int d = 1; d < documents; d++) {
            add(provenance, d, 0, "doc" + d, "en", null, null, 1);
        }
        add(provenance, 0, 1, "last", "en", null, null, 1);
        add(provenance, 0, 2, "after-last", "en", null, null, 1);
        PairProvenance.Sorter order = provenance.sorter();
        assertEquals(List.of("doc0", "last", "after-last"), provenance.build(0, 3, order).sampleDocuments());
        assertEquals(List.of("doc69999"), provenance.build(documents - 1, 1, order).sampleDocuments());
    }

    @Test
    void aDictionaryRecordWhoseSampleFallsKeepsItsOrder() {
        CooccurrenceCounts.Dictionary words = new CooccurrenceCounts.Dictionary();
        words.provenance(List.of("d1", "d2", "d3"), new TreeMap<>(), null, null, new TreeMap<>());
        CooccurrenceCounts.Provenance falling = words.provenance(List.of("d3", "d1", "d4"), new TreeMap<>(Map.of("ar", 3)),
                null, null, new TreeMap<>(Map.of(JANUARY, 2L)));
        assertEquals(List.of("d3", "d1", "d4"), falling.sampleDocuments());
        assertEquals(new TreeMap<>(Map.of("ar", 3)), falling.documentsByLanguage());
        assertEquals(new TreeMap<>(Map.of(JANUARY, 2L)), falling.windowsBySlice());
    }
}
