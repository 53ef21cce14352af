package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} with discovery, end to end. The names are found by the tests' rule family
 * ({@code BracketNames}: what is written between ⟦ and ⟧), so this checks the stage and its
 * outputs, not the bundled rules.
 */
class DiscoveryEndToEndTest {
    @TempDir
    static Path dir;
    static Path corpus;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        // an unknown person named twice in one article (weak, repeated), with NATO, which the gazetteer knows
        Files.writeString(corpus.resolve("a.txt"), "⟦Omar Khalid⟧ met NATO officials on Monday. Later ⟦Omar Khalid⟧ "
                + "said that Khalid's plan stands.", StandardCharsets.UTF_8);
        // named once without a cue: no evidence, no node
        Files.writeString(corpus.resolve("b.txt"), "⟦Zayd Nabil⟧ spoke to NATO.", StandardCharsets.UTF_8);
        // a strong cue once, and the first person again in Arabic script
        Files.writeString(corpus.resolve("c.txt"), "The Minister ⟦Hamid Rahimi⟧ met ⟦عمر خالد⟧ ⟦عمر خالد⟧ and NATO.",
                StandardCharsets.UTF_8);
        out = TestRuns.build(corpus, dir.resolve("out"), "--threads", "1");
    }

    private static Map<String, CSVRecord> nodes(Path out) throws Exception {
        Map<String, CSVRecord> byId = new java.util.TreeMap<>();
        for (CSVRecord row : SeedsEndToEndTest.read(out.resolve("nodes.csv"))) {
            byId.put(row.get("Id"), row);
        }
        return byId;
    }

    @Test
    void aRepeatedUnknownNameIsADiscoveredNodeInEveryExport() throws Exception {
        Map<String, CSVRecord> nodes = nodes(out);
        CSVRecord khalid = nodes.get("d-omar-khalid");
        assertEquals("discovered", khalid.get("Origin"), nodes.toString());
        assertEquals("PERSON", khalid.get("Type"));
        assertEquals("2", khalid.get("Documents"), "the Arabic spelling of c.txt is the same person");
        double confidence = Double.parseDouble(khalid.get("Confidence"));
        assertTrue(confidence > 0 && confidence < 1, khalid.get("Confidence"));
        assertEquals("gazetteer", nodes.get("nato").get("Origin"));
        assertEquals("1", nodes.get("nato").get("Confidence"));
        assertTrue(nodes.containsKey("d-hamid-rahimi"), "a strong cue once is enough");
        assertFalse(nodes.keySet().stream().anyMatch(id -> id.contains("zayd")), "a weak name once is not");

        String graphml = Files.readString(out.resolve("graph.graphml"));
        assertTrue(graphml.contains("<key id=\"origin\" for=\"node\" attr.name=\"origin\" attr.type=\"string\""), graphml);
        assertTrue(graphml.contains("<key id=\"confidence\" for=\"node\" attr.name=\"confidence\" attr.type=\"double\""));
        assertTrue(graphml.contains("<node id=\"d-omar-khalid\">"));
        assertTrue(graphml.contains("<data key=\"origin\">discovered</data>"));
        String gexf = Files.readString(out.resolve("graph.gexf"));
        assertTrue(gexf.contains("title=\"origin\""), gexf);
        assertTrue(gexf.contains("value=\"discovered\""));
        JsonNode json = new ObjectMapper().readTree(out.resolve("graph.json").toFile());
        boolean found = false;
        for (JsonNode node : json.get("nodes")) {
            if (node.get("id").asText().equals("d-omar-khalid")) {
                found = true;
                assertEquals("discovered", node.get("origin").asText());
                assertTrue(node.get("confidence").asDouble() > 0);
            }
        }
        assertTrue(found, json.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("(discovered)"));
        String rankings = Files.readString(out.resolve("rankings.csv"));
        assertTrue(rankings.startsWith("rank,id,label,type,community,mentions,documents,origin,confidence"), rankings);
    }

    @Test
    void mentionsCarryTheirOriginAndExactSpans() throws Exception {
        List<CSVRecord> rows = SeedsEndToEndTest.read(out.resolve("mentions.csv"));
        String a = Files.readString(corpus.resolve("a.txt"));
        int discovered = 0;
        for (CSVRecord row : rows) {
            if (row.get("doc_id").equals("a")) {
                assertEquals(row.get("surface"), a.substring(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))));
            }
            if (row.get("origin").equals("discovered")) {
                discovered++;
                assertTrue(row.get("entity_id").startsWith("d-"), row.toString());
            } else {
                assertEquals("gazetteer", row.get("origin"));
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("surface").equals("Khalid's") && r.get("match").equals("coreference")
                && r.get("entity_id").equals("d-omar-khalid")), rows.toString());
        // a: 2 + the surname; c: Hamid Rahimi and عمر خالد twice
        assertEquals(6, discovered);
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertTrue(run.get("options").get("discover").asBoolean());
        assertEquals(2, run.get("figures").get("discovered_entities").asInt());
        assertEquals(6, run.get("figures").get("discovered_mentions").asInt());
    }

    @Test
    void theOutputsDoNotDependOnTheThreads() throws Exception {
        Path two = TestRuns.build(corpus, dir.resolve("two"), "--threads", "2");
        Map<String, byte[]> one = TestRuns.contents(out);
        Map<String, byte[]> other = TestRuns.contents(two);
        assertEquals(one.keySet(), other.keySet());
        for (String file : one.keySet()) {
            assertArrayEquals(one.get(file), other.get(file), file);
        }
    }

    @Test
    void noDiscoverLinksTheGazetteerAlone() throws Exception {
        Path off = TestRuns.build(corpus, dir.resolve("off"), "--no-discover");
        assertTrue(nodes(off).values().stream().allMatch(n -> n.get("Origin").equals("gazetteer")));
        assertFalse(Files.exists(off.resolve("discovered-entities.csv")));
        assertTrue(SeedsEndToEndTest.read(off.resolve("mentions.csv")).stream()
                .allMatch(r -> r.get("origin").equals("gazetteer")));
        JsonNode run = new ObjectMapper().readTree(off.resolve("run.json").toFile());
        assertFalse(run.get("options").get("discover").asBoolean());
    }

    @Test
    void thePromotedLayerMakesGazetteerNodesOfTheDiscoveredOnes() throws Exception {
        List<CSVRecord> aliases = SeedsEndToEndTest.read(out.resolve("discovered-aliases.csv"));
        assertTrue(aliases.stream().anyMatch(r -> r.get("entity").equals("d-omar-khalid") && r.get("alias").equals("عمر خالد")
                && r.get("lang").equals("ar") && r.get("count").equals("2")), aliases.toString());
        Path promoted = TestRuns.build(corpus, dir.resolve("promoted"), "--gazetteer",
                out.resolve("discovered-entities.csv").toString(), out.resolve("discovered-aliases.csv").toString());
        Map<String, CSVRecord> nodes = nodes(promoted);
        assertEquals("gazetteer", nodes.get("d-omar-khalid").get("Origin"), nodes.toString());
        assertEquals("gazetteer", nodes.get("d-hamid-rahimi").get("Origin"));
        assertEquals("Omar Khalid", nodes.get("d-omar-khalid").get("Label"));
    }

    @Test
    void beyondTheCapNewNamesAreLeftOutAndTheirDocumentIsPairedWithoutThem() throws Exception {
        Path capped = Files.createDirectories(dir.resolve("capped-corpus"));
        Files.writeString(capped.resolve("a.txt"), "The Minister ⟦Omar Khalid⟧ met NATO and the Minister ⟦Ali Hassan⟧.",
                StandardCharsets.UTF_8);
        Files.writeString(capped.resolve("b.txt"), "The Minister ⟦Ali Hassan⟧ and the Minister ⟦Omar Khalid⟧ met.",
                StandardCharsets.UTF_8);
        Map<String, byte[]> first = null;
        for (String threads : List.of("1", "2")) {
            Path output = dir.resolve("capped-" + threads);
            CliRunner run = CliRunner.run("build", "--input", capped.toString(), "--output", output.toString(), "--quiet",
                    "--max-discovered", "1", "--threads", threads);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().filter(l -> l.contains("the most a run takes")).count(), run.err());
            Map<String, CSVRecord> nodes = nodes(output);
            assertEquals(List.of("d-omar-khalid", "nato"), List.copyOf(nodes.keySet()));
            String edges = Files.readString(output.resolve("edges.csv"));
            assertTrue(edges.contains("d-omar-khalid,nato,Undirected,1,1") || edges.contains("nato,d-omar-khalid,Undirected,1,1"),
                    edges);
            assertFalse(Files.readString(output.resolve("mentions.csv")).contains("Ali Hassan"));
            Map<String, byte[]> contents = TestRuns.contents(output);
            if (first == null) {
                first = contents;
            } else {
                for (String file : first.keySet()) {
                    assertArrayEquals(first.get(file), contents.get(file), file);
                }
            }
        }
        assertEquals(1, CliRunner.run("build", "--input", capped.toString(), "--output", dir.resolve("bad").toString(),
                "--max-discovered", "-1").exitCode());
    }

    @Test
    void rankReadsOriginAndConfidenceBackFromTheGraph() throws Exception {
        Path csv = dir.resolve("ranked.csv");
        CliRunner run = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, CSVRecord> byId = new java.util.TreeMap<>();
        for (CSVRecord row : SeedsEndToEndTest.read(csv)) {
            byId.put(row.get("id"), row);
        }
        assertEquals("discovered", byId.get("d-omar-khalid").get("origin"));
        assertEquals(nodes(out).get("d-omar-khalid").get("Confidence"), byId.get("d-omar-khalid").get("confidence"));
        assertEquals("gazetteer", byId.get("nato").get("origin"));
    }
}
