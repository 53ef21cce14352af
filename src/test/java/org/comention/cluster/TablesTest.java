package org.comention.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comention.common.UserInputException;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading tables back without Spark: the per-window weights of version 2, and version 1 tables. */
class TablesTest {
    private static final String NODES = "Id,Label,type,mentions,documents,windows,slices\n"
            + "russia,Russia,GPE,4,2,3,\nukraine,Ukraine,GPE,2,2,2,\nchina,China,GPE,1,1,1,\n";
    private static final String EDGE_COLUMNS = "Source,Target,Weight,documents,sample_documents,documents_by_language,"
            + "first_date,last_date,windows_by_slice";

    private static Gazetteer gazetteer;

    @TempDir
    Path dir;

    @BeforeAll
    static void readGazetteer() throws IOException {
        gazetteer = GazetteerReader.readWithBundled(List.of());
    }

    @Test
    void theWeightColumnsAreEachDistinctWindowWhenThereAreSeveral() {
        assertEquals(List.of(), Tables.windowColumns(List.of("sentence")));
        assertEquals(List.of("weight_sentence", "weight_document"), Tables.windowColumns(List.of("sentence", "document")));
        List<String> repeated = List.of("document", "sentence", "document", "5");
        assertEquals(List.of("weight_document", "weight_sentence", "weight_5"), Tables.windowColumns(repeated));
        assertEquals(List.of(0, 1, 3), java.util.Arrays.stream(Tables.windowColumnSources(repeated)).boxed().toList());
    }

    @Test
    void theWeightsOfLaterWindowsComeBackByWindowName() throws IOException {
        write(2, List.of("sentence", "document"), EDGE_COLUMNS + ",weight_sentence,weight_document\n"
                + "ukraine,russia,2,2,\"[\"\"a\"\",\"\"b\"\"]\",{},,,{},2,5\n"
                + "russia,china,1,1,\"[\"\"a\"\"]\",{},,,{},1,1\n");
        Tables tables = Tables.read(dir, gazetteer);
        assertEquals(List.of("sentence", "document"), tables.windows());
        int russia = gazetteer.indexOf("russia");
        int ukraine = gazetteer.indexOf("ukraine");
        int china = gazetteer.indexOf("china");
        assertEquals(List.of("document"), List.copyOf(tables.otherCounts().keySet()));
        Map<List<Integer>, Long> first = weights(tables.counts());
        Map<List<Integer>, Long> document = weights(tables.otherCounts().get("document"));
        assertEquals(Map.of(pair(russia, ukraine), 2L, pair(russia, china), 1L), first);
        assertEquals(Map.of(pair(russia, ukraine), 5L, pair(russia, china), 1L), document);
        assertEquals(List.of("a", "b"), tables.counts().pairs().stream()
                .filter(p -> p.a() == Math.min(russia, ukraine)).findFirst().orElseThrow().provenance().sampleDocuments());
    }

    @Test
    void aLaterWindowSharedByNoEdgeHoldsNoPairs() throws IOException {
        write(2, List.of("document", "sentence"), EDGE_COLUMNS + ",weight_document,weight_sentence\n"
                + "russia,ukraine,2,2,[],{},,,{},2,0\n");
        Tables tables = Tables.read(dir, gazetteer);
        assertEquals(List.of(), tables.otherCounts().get("sentence").pairs());
        assertEquals(1, tables.counts().pairs().size());
    }

    @Test
    void versionOneTablesAreReadAsOneWindow() throws IOException {
        write(1, "paragraph", EDGE_COLUMNS + "\nrussia,ukraine,3,2,[],{},,,{}\n");
        Tables tables = Tables.read(dir, gazetteer);
        assertEquals(List.of("paragraph"), tables.windows());
        assertEquals(Map.of(), tables.otherCounts());
        assertEquals(3, tables.counts().pairs().get(0).windows());
    }

    @Test
    void aMissingWeightColumnOrAnUnknownVersionIsOneSentence() throws IOException {
        write(2, List.of("document", "sentence"), EDGE_COLUMNS + ",weight_document\nrussia,ukraine,2,2,[],{},,,{},2\n");
        UserInputException missing = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(missing.getMessage().contains("edges.csv has no column weight_sentence"), missing.getMessage());

        write(3, List.of("document"), EDGE_COLUMNS + "\n");
        UserInputException version = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(version.getMessage().contains("version 3; this one reads comention-tables versions [1, 2]"),
                version.getMessage());

        write(2, List.of("document", "phrase"), EDGE_COLUMNS + "\n");
        UserInputException window = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(window.getMessage().contains("is not a list of windows"), window.getMessage());
    }

    private static List<Integer> pair(int a, int b) {
        return List.of(Math.min(a, b), Math.max(a, b));
    }

    private static Map<List<Integer>, Long> weights(CooccurrenceCounts counts) {
        Map<List<Integer>, Long> weights = new LinkedHashMap<>();
        counts.pairs().forEach(p -> weights.put(List.of(p.a(), p.b()), p.windows()));
        return weights;
    }

    /** A tables directory as a Spark count writes it, one part file a table. */
    private void write(int version, Object window, String edges) throws IOException {
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("format", Tables.FORMAT_NAME);
        corpus.put("version", version);
        corpus.put("window", window);
        corpus.put("max_window_entities", 500);
        corpus.put("time_slice", "month");
        corpus.put("gazetteer_sha256", gazetteer.fingerprint());
        corpus.put("documents", 2);
        corpus.put("windows", 3);
        corpus.put("figures", Map.of());
        new ObjectMapper().writeValue(dir.resolve(Tables.CORPUS).toFile(), corpus);
        table(Tables.NODES, NODES);
        table(Tables.EDGES, edges);
        table(Tables.FORMS, "entity_id,surface,match,alias_lang,alias_text,count\n");
    }

    private void table(String name, String csv) throws IOException {
        Path table = Files.createDirectories(dir.resolve(name + ".csv"));
        Files.writeString(table.resolve("part-00000.csv"), csv);
    }
}
