package org.comention.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.comention.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is reproducible and makes the matcher do its whole job. */
class SyntheticCorpusTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesInEveryFormat() throws IOException {
        for (SyntheticCorpus.Format format : SyntheticCorpus.Format.values()) {
            Path a = dir.resolve("a-" + format);
            Path b = dir.resolve("b-" + format);
            Path c = dir.resolve("c-" + format);
            SyntheticCorpus.write(100_000, format, a, 7);
            SyntheticCorpus.write(100_000, format, b, 7);
            SyntheticCorpus.write(100_000, format, c, 8);
            assertArrayEquals(bytes(a), bytes(b), format + ": same seed");
            assertFalse(Arrays.equals(bytes(a), bytes(c)), format + ": another seed");
            assertTrue(bytes(a).length >= 100_000 && bytes(a).length < 120_000, format + ": " + bytes(a).length + " bytes");
        }
    }

    @Test
    void graphIsReproducibleAndReadByRank() throws IOException {
        SyntheticGraph.write(SyntheticGraph.generate(300, 900, 5), dir.resolve("g1"), 5);
        SyntheticGraph.write(SyntheticGraph.generate(300, 900, 5), dir.resolve("g2"), 5);
        assertArrayEquals(bytes(dir.resolve("g1.graphml")), bytes(dir.resolve("g2.graphml")));
        assertEquals(Files.readAllLines(dir.resolve("g1.edges")).size(), 3 * (300 - 4) + 6, "BA edges: m(n - m0) + C(m0, 2)");
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"rank", dir.resolve("g1.graphml").toString(), "--top", "3"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, code);
        assertTrue(out.toString().contains("300 nodes, 894 edges"), out.toString());
    }

    @Test
    void oneMegabyteOfJsonLinesExercisesTheMatcher() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        long documents = SyntheticCorpus.write(SyntheticCorpus.MB, SyntheticCorpus.Format.JSONL, corpus, 42);
        Path output = dir.resolve("out");
        // --top-edges: the centralities of the full graph (tens of thousands of edges) take half a
        // minute and are not what this test is about; mentions do not depend on it
        int code = Main.run(new String[] {"build", "--input", corpus.toString(), "--output", output.toString(),
                "--quiet", "--threads", "2", "--top-edges", "500"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, code);
        JsonNode figures = new ObjectMapper().readTree(output.resolve("run.json").toFile()).get("figures");
        assertEquals(documents, figures.get("documents_read").asLong());
        assertTrue(figures.get("documents_cut").asLong() > documents / 5, "boilerplate cut from " + figures);

        Map<String, Integer> byMatch = new HashMap<>();
        Map<String, Integer> byEntity = new HashMap<>();
        try (Reader in = Files.newBufferedReader(output.resolve("mentions.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                byMatch.merge(row.get("match"), 1, Integer::sum);
                byEntity.merge(row.get("entity_id"), 1, Integer::sum);
            }
        }
        int mentions = byMatch.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(mentions > 10 * documents, mentions + " mentions in " + documents + " documents");
        assertTrue(byEntity.size() > 500, byEntity.size() + " distinct entities");
        assertTrue(byMatch.getOrDefault("proclitic", 0) > mentions / 20, "proclitic matches: " + byMatch);
        assertTrue(byMatch.getOrDefault("normalised", 0) > mentions / 20, "normalised matches: " + byMatch);
        assertTrue(byMatch.getOrDefault("variant", 0) > 20, "variant matches: " + byMatch);
        int top = byEntity.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(top > mentions / 20, "Zipf: the top entity has " + top + " of " + mentions + " mentions");
    }

    private static byte[] bytes(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.readAllBytes(path);
        }
        // a directory: its files' names and bytes in name order
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                all.write(path.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                all.write(Files.readAllBytes(f));
            }
        }
        return all.toByteArray();
    }
}
