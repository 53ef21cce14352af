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
}
