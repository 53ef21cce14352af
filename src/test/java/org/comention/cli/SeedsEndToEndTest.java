package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the five sample articles in {@code data/articles} (four Arabic, one
 * Persian), with the bundled gazetteer and the default document window. The expectations were
 * checked by hand against the articles' main text.
 */
class SeedsEndToEndTest {
    static final Path SEEDS = Path.of("data/articles");

    @TempDir
    static Path dir;
    static Path out;
    static CliRunner run;
    static Map<String, String> labels = new HashMap<>();
    static Map<String, Double> edges = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        out = dir.resolve("out");
        run = CliRunner.run("build", "--input", SEEDS.toString(), "--output", out.toString());
        for (CSVRecord row : read(out.resolve("nodes.csv"))) {
            labels.put(row.get("Id"), row.get("Label"));
        }
        for (CSVRecord row : read(out.resolve("edges.csv"))) {
            edges.put(key(labels.get(row.get("Source")), labels.get(row.get("Target"))), Double.parseDouble(row.get("Weight")));
        }
    }

    static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
    }

    static double weight(String a, String b) {
        return edges.getOrDefault(key(a, b), 0.0);
    }

    @Test
    void runsAndPrintsARankingAndASummary() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Antony Blinken") || run.out().contains("NATO"), run.out());
        assertTrue(run.out().matches("(?s).*\\d+ communities \\(Leiden, modularity, resolution 1\\), modularity 0\\.\\d{4}\\..*"),
                run.out());
        String summary = run.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(summary.matches("5 documents, \\d+ mentions, 36 nodes, \\d+ edges \\(window document\\) in .*"
                + "; cut [0-9,]+ characters of boilerplate from 5 documents; skipped none; wrote .*"), summary);
    }

    @Test
    void namedEdgeWeightsOverDocuments() {
        assertEquals(2.0, weight("Antony Blinken", "Jens Stoltenberg"));
        assertEquals(5.0, weight("NATO", "Ukraine"));
        assertEquals(4.0, weight("Jens Stoltenberg", "Ukraine"));
    }

    @Test
    void nodeSetIsTheArticlesEntitiesAndNothingFromTheBoilerplate() {
        assertEquals(EXPECTED_NODES, new TreeSet<>(labels.values()));
    }

    /**
     * Every entity named in the five articles' main text: the people, places and organisations of
     * the stories, and the agencies and regions named in passing (IRNA and Tehran in the Persian
     * dateline, AFP and France 24 as sources).
     */
    static final Set<String> EXPECTED_NODES = new TreeSet<>(Set.of(
            "Antony Blinken", "Jens Stoltenberg", "NATO", "Ukraine", "Russia", "United States",
            "Washington, D.C.", "Moscow", "Kyiv", "Kremlin", "Prague", "Gaza Strip", "Mark Rutte", "Brussels",
            "Donald Trump", "North Korea", "Middle East", "Finland", "Sweden", "Vladimir Putin", "South Korea",
            "Japan", "China", "Iran", "Europe", "Volodymyr Zelenskyy", "Kursk Oblast", "White House", "TASS",
            "Tehran", "Islamic Republic News Agency", "United States Department of State", "Indo-Pacific",
            "Asia-Pacific", "France 24", "Agence France-Presse"));

    @Test
    void mentionOffsetsPointIntoTheOriginalText() throws Exception {
        for (CSVRecord row : read(out.resolve("mentions.csv"))) {
            String id = row.get("doc_id");
            String text = Files.readString(SEEDS.resolve(id + ".txt"));
            String surface = text.substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end")));
            assertEquals(row.get("surface"), surface, row.toString());
        }
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws Exception {
        Path again = dir.resolve("again");
        CliRunner second = CliRunner.run("build", "--input", SEEDS.toString(), "--output", again.toString(), "--quiet");
        assertEquals(0, second.exitCode(), second.err());
        for (String name : List.of("graph.graphml", "graph.gexf", "graph.json", "report.html", "nodes.csv", "edges.csv", "mentions.csv", "rankings.csv",
                "aliases.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    @Test
    void aliasTableCountsEverySurfaceFormWithItsMatchKind() throws Exception {
        List<CSVRecord> aliases = read(out.resolve("aliases.csv"));
        long mentions = read(out.resolve("mentions.csv")).size();
        assertEquals(mentions, aliases.stream().mapToLong(r -> Long.parseLong(r.get("count"))).sum());
        assertTrue(aliases.stream().anyMatch(r -> r.get("label").equals("Jens Stoltenberg")
                && r.get("surface").equals("وستولتنبرغ") && r.get("match").equals("proclitic")), aliases.toString());
        assertTrue(aliases.stream().anyMatch(r -> r.get("label").equals("Jens Stoltenberg")
                && r.get("surface").equals("ینس استولتنبرگ") && r.get("match").equals("exact")), aliases.toString());
    }

    @Test
    void nodeLinkJsonHasTheGraphInNetworkxLayout() throws Exception {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("graph.json").toFile());
        assertEquals(false, json.get("directed").asBoolean());
        assertEquals(labels.size(), json.get("nodes").size());
        assertEquals(edges.size(), json.get("edges").size());
        assertEquals(json.get("edges"), json.get("links"), "the same edges under the key d3 and old networkx read");
        assertEquals(labels.size(), json.get("elements").get("nodes").size(), "Cytoscape.js elements");
        assertEquals("nato", findNode(json, "nato"));
        boolean found = false;
        for (com.fasterxml.jackson.databind.JsonNode edge : json.get("edges")) {
            if (edge.get("source").asText().equals("nato") && edge.get("target").asText().equals("ukraine")) {
                assertEquals(5.0, edge.get("weight").asDouble());
                assertEquals(5, edge.get("documents").asInt());
                found = true;
            }
        }
        assertTrue(found);
    }

    private static String findNode(com.fasterxml.jackson.databind.JsonNode json, String id) {
        for (com.fasterxml.jackson.databind.JsonNode node : json.get("elements").get("nodes")) {
            if (node.get("data").get("id").asText().equals(id)) {
                return id;
            }
        }
        return null;
    }

    @Test
    void anotherJvmWritesTheSameBytes() throws Exception {
        // a second JVM has another hash seed: Map.of or HashMap order leaking into a file shows here
        Path other = dir.resolve("other-jvm");
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--input", SEEDS.toString(), "--output", other.toString(), "--quiet")
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), log);
        for (String name : List.of("graph.graphml", "graph.gexf", "graph.json", "report.html", "run.json", "nodes.csv",
                "edges.csv", "mentions.csv", "rankings.csv", "aliases.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(other.resolve(name)), name);
        }
    }

    @Test
    void runRecordSaysHowTheGraphWasMade() throws Exception {
        com.fasterxml.jackson.databind.JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("run.json").toFile());
        assertEquals(64, run.get("gazetteer").get("sha256").asText().length());
        assertEquals("document", run.get("options").get("window").get(0).asText());
        assertEquals(5, run.get("figures").get("documents_read").asInt());
        assertEquals(labels.size(), run.get("figures").get("nodes").asInt());
        assertEquals(edges.size(), run.get("figures").get("edges").asInt());
        assertEquals(500, run.get("options").get("max_window_entities").asInt());
        assertEquals(0, run.get("figures").get("windows_capped").asInt(), "no sample article names 500 entities");
    }

    @Test
    void rankReadsTheGraphBuildWrote() {
        CliRunner ranked = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--top", "3", "--rank-by", "betweenness");
        assertEquals(0, ranked.exitCode(), ranked.err());
        assertTrue(ranked.out().contains("betweenness"), ranked.out());
        assertTrue(ranked.out().contains(labels.size() + " nodes, " + edges.size() + " edges"), ranked.out());
    }

    @Test
    void rankSideBySideAndComparedWithTheSentenceWindow() throws Exception {
        CliRunner all = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--by", "all", "--top", "3");
        assertEquals(0, all.exitCode(), all.err());
        String header = all.out().lines().filter(l -> l.startsWith("   #")).findFirst().orElseThrow();
        assertTrue(header.contains("degree") && header.contains("betweenness") && header.contains("eigenvector"), header);
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("   1  NATO")), all.out());

        Path sentences = dir.resolve("compare-sentences");
        assertEquals(0, CliRunner.run("build", "--input", SEEDS.toString(), "--output", sentences.toString(), "--quiet",
                "--window", "sentence").exitCode());
        CliRunner compared = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--compare",
                sentences.resolve("graph.graphml").toString(), "--top", "5");
        assertEquals(0, compared.exitCode(), compared.err());
        assertTrue(compared.out().contains("+N: N places higher here"), compared.out());
        assertTrue(compared.out().lines().anyMatch(l -> l.matches("NATO\\s+1\\s+\\d+\\s+(=|[+-]\\d+)")), compared.out());
    }

    @Test
    void severalWindowsInOneRunCountSideBySide() throws Exception {
        Path both = dir.resolve("both-windows");
        assertEquals(0, CliRunner.run("build", "--input", SEEDS.toString(), "--output", both.toString(), "--quiet",
                "--window", "document,sentence").exitCode());
        Path sentences = dir.resolve("sentences-only");
        assertEquals(0, CliRunner.run("build", "--input", SEEDS.toString(), "--output", sentences.toString(), "--quiet",
                "--window", "sentence").exitCode());
        Map<String, String> bySentence = new HashMap<>();
        for (CSVRecord row : read(sentences.resolve("edges.csv"))) {
            bySentence.put(row.get("Source") + " " + row.get("Target"), row.get("Weight"));
        }
        int checked = 0;
        for (CSVRecord row : read(both.resolve("edges.csv"))) {
            assertEquals(row.get("Weight"), row.get("weight_document"), "the first window makes the weight");
            String pair = row.get("Source") + " " + row.get("Target");
            assertEquals(bySentence.getOrDefault(pair, "0"), row.get("weight_sentence"), pair);
            checked++;
        }
        assertEquals(edges.size(), checked, "the edges are those of the first window");
    }

    @Test
    void rankByAnUnknownMeasureIsAUserError() {
        CliRunner run = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--by", "fame");
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains("betweenness"), run.err());
    }

    @Test
    void keepRelatedAddsTeaserDocumentsWithSuffixedIds() throws Exception {
        Path related = dir.resolve("related");
        CliRunner withTeasers = CliRunner.run("build", "--input", SEEDS.toString(), "--output", related.toString(),
                "--quiet", "--keep-related");
        assertEquals(0, withTeasers.exitCode(), withTeasers.err());
        Set<String> docs = new TreeSet<>();
        for (CSVRecord row : read(related.resolve("mentions.csv"))) {
            docs.add(row.get("doc_id"));
        }
        assertTrue(docs.stream().anyMatch(d -> d.matches(".+#[2-9][0-9]*")), docs.toString());
    }

    @Test
    void adjectivesAreCountedOnlyWhenAskedFor() throws Exception {
        assertFalse(read(out.resolve("mentions.csv")).stream().anyMatch(r -> r.get("kind").equals("adjectival")));
        Path adjectival = dir.resolve("adjectival");
        CliRunner withAdjectives = CliRunner.run("build", "--input", SEEDS.toString(), "--output", adjectival.toString(),
                "--quiet", "--adjectives");
        assertEquals(0, withAdjectives.exitCode(), withAdjectives.err());
        assertTrue(read(adjectival.resolve("mentions.csv")).stream()
                .anyMatch(r -> r.get("kind").equals("adjectival") && r.get("label").equals("Russia")));
    }

    @Test
    void sentencePairsAreASubsetOfDocumentPairs() throws Exception {
        Path sentences = dir.resolve("sentences");
        CliRunner bySentence = CliRunner.run("build", "--input", SEEDS.toString(), "--output", sentences.toString(),
                "--quiet", "--window", "sentence");
        assertEquals(0, bySentence.exitCode(), bySentence.err());
        Map<String, String> ids = new HashMap<>();
        for (CSVRecord row : read(sentences.resolve("nodes.csv"))) {
            ids.put(row.get("Id"), row.get("Label"));
        }
        int edgesBySentence = 0;
        for (CSVRecord row : read(sentences.resolve("edges.csv"))) {
            String k = key(ids.get(row.get("Source")), ids.get(row.get("Target")));
            assertTrue(edges.containsKey(k), "a sentence pair is also a document pair: " + k);
            edgesBySentence++;
        }
        assertTrue(edgesBySentence < edges.size(), "sentences are stricter than documents");
    }
}
