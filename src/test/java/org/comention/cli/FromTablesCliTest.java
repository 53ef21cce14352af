package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comention.entity.GazetteerReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --from-tables} on tables written by hand, without Spark: what a damaged tables
 * directory gives (one line naming the file and line, exit 1), and what run.json records.
 */
class FromTablesCliTest {
    private static final String NODES = "Id,Label,type,mentions,documents,windows,slices\n"
            + "russia,Russia,GPE,4,2,3,\nukraine,Ukraine,GPE,2,2,2,\nchina,China,GPE,1,1,1,\n";
    private static final String EDGES = "Source,Target,Weight,documents,sample_documents,documents_by_language,"
            + "first_date,last_date,windows_by_slice\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void runJsonRecordsTheInputTheTablesWereCountedFrom() throws IOException {
        Path tables = tables(EDGES + "russia,ukraine,2,2,\"[\"\"a\"\",\"\"b\"\"]\",{},,,{}\n");
        CliRunner build = CliRunner.run("build", "--quiet", "--from-tables", tables.toString(), "--output",
                dir.resolve("out").toString());
        assertEquals(0, build.exitCode(), build.err());
        JsonNode options = JSON.readTree(dir.resolve("out/run.json").toFile()).get("options");
        // not --input's default (data/articles), which a run from tables never reads
        assertEquals("hdfs:///news/2024/*.jsonl", options.get("input").asText());
        assertEquals(tables.toString(), options.get("from_tables").asText());
    }

    @Test
    void aSelfLoopRowIsOneLineWithItsFileAndLineNotAnInternalError() throws IOException {
        Path tables = tables(EDGES + "russia,ukraine,2,2,[],{},,,{}\nchina,china,1,1,[],{},,,{}\n");
        assertRefused(tables, tables.resolve("edges.csv/part-00000.csv") + ":3: an edge from entity 'china' to itself");
    }

    @Test
    void anEdgeWhoseNodeRowIsMissingIsOneLineNotANullPointerException() throws IOException {
        // what the part files of two counts mixed in one directory gave: exit 3, NullPointerException
        Path tables = tables(EDGES + "russia,iran,1,1,[],{},,,{}\n");
        assertRefused(tables, tables.resolve("edges.csv/part-00000.csv") + ":2: Target: entity 'iran' has no row in nodes.csv");
    }

    @Test
    void aNonNumericCountAndAShortRowAreOneLineEach() throws IOException {
        Path tables = tables(EDGES + "russia,ukraine,two,2,[],{},,,{}\n");
        assertRefused(tables, tables.resolve("edges.csv/part-00000.csv") + ":2: Weight 'two' is not a whole number");
        Files.writeString(tables.resolve("edges.csv/part-00000.csv"), EDGES + "russia,ukraine,2\n");
        assertRefused(tables, tables.resolve("edges.csv/part-00000.csv") + ":2: 3 fields, the header has 9");
    }

    private void assertRefused(Path tables, String expected) {
        CliRunner build = CliRunner.run("build", "--quiet", "--from-tables", tables.toString(), "--output",
                dir.resolve("refused").toString());
        assertEquals(Main.EXIT_INPUT, build.exitCode(), build.err());
        assertTrue(build.oneLineError(), build.err());
        assertEquals("comention: " + expected, build.err().strip().substring(0, expected.length() + 11));
    }

    /** A tables directory as a Spark count writes it, one part file a table. */
    private Path tables(String edges) throws IOException {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("format", "comention-tables");
        corpus.put("version", 2);
        corpus.put("input", "hdfs:///news/2024/*.jsonl");
        corpus.put("window", List.of("document"));
        corpus.put("max_window_entities", 500);
        corpus.put("time_slice", "month");
        corpus.put("gazetteer_sha256", GazetteerReader.readWithBundled(List.of()).fingerprint());
        corpus.put("documents", 2);
        corpus.put("windows", 3);
        corpus.put("figures", Map.of("documents_read", 2, "characters_read", 100, "characters_cut", 0,
                "teasers_kept", 0, "inputs_skipped", 0, "mentions", 7, "windows_capped", 0, "skip_reasons", List.of()));
        JSON.writeValue(tables.resolve("corpus.json").toFile(), corpus);
        table(tables, "nodes", NODES);
        table(tables, "edges", edges);
        table(tables, "forms", "entity_id,surface,match,alias_lang,alias_text,count\nrussia,Russia,exact,,,4\n");
        return tables;
    }

    private static void table(Path tables, String name, String csv) throws IOException {
        Path table = Files.createDirectories(tables.resolve(name + ".csv"));
        Files.writeString(table.resolve("part-00000.csv"), csv);
    }
}
