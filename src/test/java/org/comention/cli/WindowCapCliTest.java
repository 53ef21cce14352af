package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --max-window-entities}: the warnings, the summary line and run.json say what was capped. */
class WindowCapCliTest {
    /**
     * Five entities: Russia three times, Ukraine twice, China, France and Germany once. With a cap
     * of 3 the document window keeps Russia, Ukraine and China (first mentioned of the three tied);
     * the first sentence has three entities and stays whole, the second has four (Russia twice,
     * then France, Germany, Ukraine once) and keeps Russia, France and Germany.
     */
    static final String TEXT = "Russia and Ukraine met China. Russia spoke with France, Germany and Russia again; Ukraine answered.\n";

    @TempDir
    Path dir;
    Path corpus;

    @BeforeEach
    void writeCorpus() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int d = 1; d <= 12; d++) {
            Files.writeString(corpus.resolve(String.format("d%02d.txt", d)), TEXT);
        }
    }

    private static JsonNode runJson(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("run.json").toFile());
    }

    private static Set<String> edges(Path out) throws Exception {
        return SeedsEndToEndTest.read(out.resolve("edges.csv")).stream()
                .map(row -> row.get("Source") + "-" + row.get("Target")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void cappedDocumentsAreWarnedOfCountedAndRecorded() throws Exception {
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("build", "--input", corpus.toString(), "--output", out.toString(),
                "--max-window-entities", "3", "--window", "document,sentence");
        assertEquals(0, run.exitCode(), run.err());

        List<String> warnings = run.err().lines().filter(l -> l.startsWith("comention: warning: ")).toList();
        assertEquals(11, warnings.size(), run.err());
        assertEquals("comention: warning: d01: 1 document window and 1 sentence window had more than 3 distinct entities; "
                + "only the 3 most mentioned of each were paired (--max-window-entities)", warnings.get(0));
        assertTrue(warnings.get(9).startsWith("comention: warning: d10: "), warnings.get(9));
        assertEquals("comention: warning: 2 more documents had windows of more than 3 distinct entities, capped alike",
                warnings.get(10));

        String summary = run.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(summary.contains("; paired only the 3 most mentioned entities in 24 windows (see warnings); skipped none"),
                summary);

        JsonNode record = runJson(out);
        assertEquals(24, record.get("figures").get("windows_capped").asLong(), "12 document and 12 sentence windows");
        assertEquals(3, record.get("options").get("max_window_entities").asInt());
        assertEquals(Set.of("china-russia", "china-ukraine", "russia-ukraine"), edges(out),
                "the document window pairs the three most mentioned");
        // the sentence counter is capped too: Russia and Ukraine share both sentences, but Ukraine is
        // left out of the second, so they share 12 sentence windows, not 24
        org.apache.commons.csv.CSVRecord russiaUkraine = SeedsEndToEndTest.read(out.resolve("edges.csv")).stream()
                .filter(row -> row.get("Source").equals("russia") && row.get("Target").equals("ukraine")).findFirst().orElseThrow();
        assertEquals("12", russiaUkraine.get("weight_document"));
        assertEquals("12", russiaUkraine.get("weight_sentence"));
    }

    @Test
    void oneCappedWindowIsTold() throws Exception {
        Path single = Files.createDirectories(dir.resolve("single"));
        Files.writeString(single.resolve("only.txt"), TEXT);
        CliRunner run = CliRunner.run("build", "--input", single.toString(), "--output", dir.resolve("out1").toString(),
                "--max-window-entities", "4", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("comention: warning: only: 1 document window had more than 4 distinct entities; "
                + "only the 4 most mentioned were paired (--max-window-entities)", run.err().strip());
        assertEquals("", run.out(), "--quiet prints no summary");
    }

    @Test
    void belowTheCapNothingIsCappedOrSaid() throws Exception {
        for (String cap : List.of("500", "0")) {
            Path out = dir.resolve("out-" + cap);
            CliRunner run = CliRunner.run("build", "--input", corpus.toString(), "--output", out.toString(),
                    "--max-window-entities", cap);
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.err().contains("warning"), run.err());
            assertFalse(run.out().contains("paired only"), run.out());
            assertEquals(0, runJson(out).get("figures").get("windows_capped").asLong());
            assertEquals(10, edges(out).size(), "all pairs of five entities");
        }
    }

    @Test
    void aNegativeCapIsAUserMistake() {
        CliRunner run = CliRunner.run("build", "--input", corpus.toString(), "--output", dir.resolve("bad").toString(),
                "--max-window-entities", "-1");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains("--max-window-entities"), run.err());
    }
}
