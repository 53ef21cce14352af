package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark route on documents whose ids and languages hold lone surrogates, controls, bidi
 * overrides and markup: {@code comention spark} in local mode, then {@code build --from-tables},
 * writes byte for byte the outputs of a local {@code build}, none of them holding an encoder's
 * {@code ?} where a lone surrogate was (Spark's UTF-8 encoder would have written one).
 */
class HostileSparkTest {
    private static final List<String> SAME = List.of("nodes.csv", "edges.csv", "rankings.csv", "aliases.csv",
            "graph.graphml", "graph.gexf", "graph.json", "report.html");

    @TempDir
    Path dir;

    @Test
    void theTablesOfHostileDocumentsGiveTheOutputsOfALocalBuild() throws Exception {
        String[] ids = {"a\ud800", "b\udc00\u0001", "c\u001b[2J", "d<!--<script>", "e\u202etxt", "f\ufffe", "g\"&'", "h\u2028"};
        String[] texts = {"NATO and Ukraine met in Brussels.", "Russia and Ukraine, NATO said.", "Ukraine asked NATO in Kyiv.",
                "China and Russia met.", "NATO, China and Ukraine.", "Brussels and Kyiv.", "Russia and China.", "NATO and Kyiv."};
        JsonMapper json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            Map<String, String> document = new LinkedHashMap<>();
            document.put("id", ids[i]);
            document.put("text", texts[i]);
            document.put("lang", "en");
            document.put("date", "2024-0" + (1 + i % 3) + "-1" + i);
            corpus.append(json.writeValueAsString(document)).append('\n');
        }
        Path input = dir.resolve("hostile.jsonl");
        Files.writeString(input, corpus, StandardCharsets.US_ASCII);
        Path local = dir.resolve("local");
        Path tables = dir.resolve("tables");
        Path fromTables = dir.resolve("from-tables");

        // the Spark route links the gazetteer only: the local build it must equal does too
        CliRunner build = CliRunner.run("build", "--quiet", "--no-discover", "--input", input.toString(), "--output",
                local.toString(), "--time-slice", "month");
        assertEquals(0, build.exitCode(), build.err());
        CliRunner spark = CliRunner.run("spark", "--master", "local[2]", "--input", input.toAbsolutePath().toString(),
                "--tables", tables.toString(), "--time-slice", "month");
        assertEquals(0, spark.exitCode(), spark.err());
        CliRunner reduced = CliRunner.run("build", "--quiet", "--from-tables", tables.toString(), "--output", fromTables.toString());
        assertEquals(0, reduced.exitCode(), reduced.err());

        for (String file : SAME) {
            assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(fromTables.resolve(file)), file);
        }
        String graph = Files.readString(fromTables.resolve("graph.graphml"));
        assertTrue(graph.contains("a\ufffd"), "a lone surrogate is U+FFFD in the outputs");
        assertTrue(!graph.contains("a?"), "not an encoder's question mark");
    }
}
