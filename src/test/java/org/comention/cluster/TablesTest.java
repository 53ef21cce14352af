package org.comention.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Reading tables back without Spark: the per-window weights of version 2, and version 1 tables;
 * and every damage to them one line naming the file and, in a table, the line (issue 17).
 */
class TablesTest {
    private static final String NODES = "Id,Label,type,mentions,documents,windows,slices\n"
            + "russia,Russia,GPE,4,2,3,\nukraine,Ukraine,GPE,2,2,2,\nchina,China,GPE,1,1,1,\n";
    private static final String EDGE_COLUMNS = "Source,Target,Weight,documents,sample_documents,documents_by_language,"
            + "first_date,last_date,windows_by_slice";

    private static final Map<String, Object> FIGURES = Map.of("documents_read", 2, "characters_read", 100,
            "characters_cut", 0, "teasers_kept", 0, "inputs_skipped", 1, "mentions", 7, "windows_capped", 0,
            "skip_reasons", List.of("x.jsonl:3: not JSON"));

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
        write(1, "paragraph", EDGE_COLUMNS + "\nrussia,ukraine,2,1,[],{},,,{}\n");
        Tables tables = Tables.read(dir, gazetteer);
        assertEquals(List.of("paragraph"), tables.windows());
        assertEquals(Map.of(), tables.otherCounts());
        assertEquals(2, tables.counts().pairs().get(0).windows());
    }

    @Test
    void aMissingWeightColumnOrAnUnknownVersionIsOneSentence() throws IOException {
        write(2, List.of("document", "sentence"), EDGE_COLUMNS + ",weight_document\nrussia,ukraine,2,2,[],{},,,{},2\n");
        UserInputException missing = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(missing.getMessage().contains(edgesPart() + ":1: no column weight_sentence"), missing.getMessage());

        write(3, List.of("document"), EDGE_COLUMNS + "\n");
        UserInputException version = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(version.getMessage().contains("version 3; this one reads comention-tables versions [1, 2]"),
                version.getMessage());

        write(2, List.of("document", "phrase"), EDGE_COLUMNS + "\n");
        UserInputException window = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(window.getMessage().contains("is not a list of windows"), window.getMessage());
    }

    @Test
    void aNonNumericCountIsOneLineNamingTheFileAndLine() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,{}\nrussia,china,x1,1,[],{},,,{}\n");
        assertRefused(edgesPart() + ":3: Weight 'x1' is not a whole number from 1 to 1");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,-2,[],{},,,{}\n");
        assertRefused(edgesPart() + ":2: documents '-2' is not a whole number");
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        table(Tables.NODES, "Id,Label,type,mentions,documents,windows,slices\nrussia,Russia,GPE,4,2,3,\n"
                + "ukraine,Ukraine,GPE,99999999999999999999,2,2,\n");
        assertRefused(part(Tables.NODES) + ":3: mentions '99999999999999999999' is not a whole number");
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        table(Tables.FORMS, "entity_id,surface,match,alias_lang,alias_text,count\nrussia,Russia,exact,,,many\n");
        assertRefused(part(Tables.FORMS) + ":2: count 'many' is not a whole number");
    }

    @Test
    void aSelfLoopARepeatedPairAndAnEdgeWithoutItsNodesAreRefused() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,russia,2,2,[],{},,,{}\n");
        assertRefused(edgesPart() + ":2: an edge from entity 'russia' to itself");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,{}\nukraine,russia,1,1,[],{},,,{}\n");
        assertRefused(edgesPart() + ":3: a second row for the pair 'ukraine', 'russia'");
        // what a directory holding the part files of two counts gave: a NullPointerException, exit 3
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,iran,1,1,[],{},,,{}\n");
        assertRefused(edgesPart() + ":2: Target: entity 'iran' has no row in nodes.csv");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,atlantis,1,1,[],{},,,{}\n");
        assertRefused(edgesPart() + ":2: Target: entity 'atlantis' is not in the gazetteer");
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        table(Tables.NODES, NODES + "russia,Russia,GPE,1,1,1,\n");
        assertRefused(part(Tables.NODES) + ":5: a second row for entity 'russia'");
    }

    @Test
    void aShortOrLongRowIsRefusedAtItsLine() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,{}\nrussia,china,1\n");
        assertRefused(edgesPart() + ":3: 3 fields, the header has 9");
        // a quoted field across lines: the line of the row is where it starts
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,\"[\n]\",{},,,{}\nrussia,china,1,1,[],{},,,{},7\n");
        assertRefused(edgesPart() + ":4: 10 fields, the header has 9");
    }

    @Test
    void aBadSliceDateIsRefusedAtItsLine() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        table(Tables.NODES, "Id,Label,type,mentions,documents,windows,slices\nrussia,Russia,GPE,4,2,3,2024-01-01;2024-13-01\n");
        assertRefused(part(Tables.NODES) + ":2: slices: '2024-13-01' is not a date (YYYY-MM-DD)");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,\"{\"\"+999999999-12-01\"\":1}\"\n");
        assertRefused(edgesPart() + ":2: windows_by_slice: '+999999999-12-01' is not a date from the year 1 to 9999");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,\"{\"\"2024-03-15\"\":1}\"\n");
        assertRefused(edgesPart() + ":2: windows_by_slice: '2024-03-15' is not the first day of a month slice");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,\"{\"\"2024-03-01\"\":1}\"\n");
        assertEquals(1, Tables.read(dir, gazetteer).counts().pairs().size(), "a month's first day is a month slice");
    }

    @Test
    void aCellThatIsNotTheJsonItsColumnHoldsIsRefusedAtItsLine() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,\"[\"\"a\"\"]x\",{},,,{}\n");
        assertRefused(edgesPart() + ":2: sample_documents is not List<String> in JSON");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],\"{\"\"en\"\":null}\",,,{}\n");
        assertRefused(edgesPart() + ":2: documents_by_language holds a count that is not from 1");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,null\n");
        assertRefused(edgesPart() + ":2: windows_by_slice is null");
    }

    @Test
    void wrongHeadersAndMissingFilesAreRefusedNamingTheFile() throws IOException {
        write(2, List.of("document"), "Source,Target,Weight\nrussia,ukraine,2\n");
        assertRefused(edgesPart() + ":1: no column documents, sample_documents");
        write(2, List.of("document"), EDGE_COLUMNS + ",Weight\n");
        assertRefused(edgesPart() + ":1: bad header");
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        table(Tables.FORMS, "entity_id,surface,match,alias_lang,alias_text,count\nrussia,Russia,guessed,,,1\n");
        assertRefused(part(Tables.FORMS) + ":2: match 'guessed' is not one of [exact, normalised");

        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        deleteTree(dir.resolve("forms.csv"));
        assertRefused(dir + ": no forms.csv directory");
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        Files.delete(dir.resolve(Tables.CORPUS));
        assertRefused(dir + ": no corpus.json");
        Path file = Files.writeString(dir.resolve("a-file"), "");
        UserInputException notDirectory = assertThrows(UserInputException.class, () -> Tables.read(file, gazetteer));
        assertEquals(file + ": not a directory; give the tables directory of `comention spark`", notDirectory.getMessage());
    }

    @Test
    void aPartFileThatIsNotUtf8OrNotCsvIsRefused() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        Files.write(dir.resolve("nodes.csv/part-00000.csv"), new byte[] {'I', 'd', ',', (byte) 0xC3, '\n'});
        assertRefused(part(Tables.NODES) + ":1: not UTF-8");
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,\"[]\"x,{},,,{}\n");
        assertRefused(edgesPart() + ":2: not CSV");
    }

    @Test
    void aBadCorpusJsonIsOneLineNamingIt() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\n");
        Path corpus = dir.resolve(Tables.CORPUS);
        String good = Files.readString(corpus);
        Files.writeString(corpus, good.replace("\"max_window_entities\":500", "\"max_window_entities\":\"many\""));
        assertRefused(corpus + ": max_window_entities 'many' is not a whole number of 0 or more");
        Files.writeString(corpus, good.replace("\"time_slice\":\"month\"", "\"time_slice\":\"fortnight\""));
        assertRefused(corpus + ": time_slice 'fortnight' is not day, week, month, year or none");
        Files.writeString(corpus, good.replace("\"documents_read\":2", "\"documents_read\":\"two\""));
        assertRefused(corpus + ": documents_read 'two' is not a whole number");
        Files.writeString(corpus, good.substring(0, good.length() / 2));
        assertRefused(corpus + ":1: not a JSON object");
        Files.writeString(corpus, "[1]");
        assertRefused(corpus + ":1: not a JSON object");
    }

    @Test
    void thePartFilesMustBeThoseCorpusJsonLists() throws IOException {
        write(2, List.of("document"), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,{}\n");
        listParts();
        assertEquals(1, Tables.read(dir, gazetteer).counts().pairs().size(), "the listed parts are read");
        // a count that died while writing into the directory of an earlier one: one part of each
        Files.writeString(dir.resolve("edges.csv/part-00001.csv"), EDGE_COLUMNS + "\nrussia,china,1,1,[],{},,,{}\n");
        assertRefused(dir.resolve("edges.csv/part-00001.csv") + ": not a part file of this count");
        Files.delete(dir.resolve("edges.csv/part-00001.csv"));
        long listed = Files.size(edgesPart());
        Files.writeString(edgesPart(), EDGE_COLUMNS + "\nrussia,ukraine,2,2,[],{},,,{}\nrussia,china,1,1,[],{},,,{}\n");
        assertRefused(edgesPart() + ": " + Files.size(edgesPart()) + " bytes, corpus.json says " + listed);
        Files.delete(dir.resolve("nodes.csv/part-00000.csv"));
        assertRefused(dir.resolve("nodes.csv") + ": no 'part-00000.csv', which corpus.json lists");
    }

    @Test
    void shownValuesAreShortAndEscaped() {
        assertEquals("'a\\u001B[2Jb\\u202E'", Tables.shown("a\u001b[2Jb\u202e"));
        assertEquals("'" + "x".repeat(200) + "... (1000 characters)'", Tables.shown("x".repeat(1000)));
        assertEquals("3", Tables.shown(3));
    }

    private void assertRefused(String expected) {
        UserInputException refused = assertThrows(UserInputException.class, () -> Tables.read(dir, gazetteer));
        assertTrue(refused.getMessage().startsWith(expected), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
    }

    private Path part(String table) {
        return dir.resolve(table + ".csv").resolve("part-00000.csv");
    }

    private Path edgesPart() {
        return part(Tables.EDGES);
    }

    /** Adds to corpus.json the manifest a count writes: each table's part files and their sizes. */
    private void listParts() throws IOException {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (String table : List.of(Tables.NODES, Tables.EDGES, Tables.FORMS)) {
            Path part = part(table);
            parts.put(table + ".csv", Map.of(part.getFileName().toString(), Files.size(part)));
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> corpus = json.readValue(dir.resolve(Tables.CORPUS).toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<>() {
                });
        corpus.put("parts", parts);
        json.writeValue(dir.resolve(Tables.CORPUS).toFile(), corpus);
    }

    private static void deleteTree(Path path) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
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
        corpus.put("figures", FIGURES);
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
