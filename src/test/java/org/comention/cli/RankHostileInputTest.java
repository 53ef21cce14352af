package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comention.common.HostileXml;
import org.comention.common.LoopbackListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, cases 1 and 6, through the command line: {@code comention rank} (and {@code --compare},
 * {@code --csv}) on a hostile GraphML file and {@code comention eval} on an empty gold file each
 * stop with exit 1 and one line naming the file, print no ranking, write no table, fetch nothing.
 */
class RankHostileInputTest {
    private static final String SECRET = "SECRET-CONTENTS-91c2";

    @TempDir
    Path dir;

    private LoopbackListener listener;
    private Path secret;

    @BeforeEach
    void listen() throws Exception {
        listener = new LoopbackListener("<!ENTITY injected \"FETCHED\">");
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        listener.close();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private void assertRefused(CliRunner run, Path file, String... fragments) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.oneLineError(), "one line, no stack trace: " + run.err());
        assertTrue(run.err().contains(file.toString()), "names the file: " + run.err());
        for (String fragment : fragments) {
            assertTrue(run.err().contains(fragment), "says " + fragment + ": " + run.err());
        }
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), "no file contents leaked");
        assertFalse(run.out().contains("FETCHED") || run.out().contains("INJECTED"), run.out());
        assertEquals(0, listener.accepted(), "nothing was fetched");
    }

    private void assertRankRefusesAtTheDoctype(String document) throws Exception {
        Path graph = file("hostile.graphml", document);
        Path csv = dir.resolve("ranks.csv");
        assertRefused(CliRunner.run("rank", graph.toString(), "--csv", csv.toString()), graph, graph + ":2: ", "DOCTYPE");
        assertFalse(Files.exists(csv), "no table written");
    }

    @Test
    void internalEntity() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.internalEntity());
    }

    @Test
    void externalGeneralEntityReadingALocalFile() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.externalEntity(secret.toUri().toString()));
    }

    @Test
    void externalGeneralEntityOverHttp() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.externalEntity(listener.url("entity")));
    }

    @Test
    void externalDtdOverHttp() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.externalDtd(listener.url("graphml.dtd")));
    }

    @Test
    void parameterEntity() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.parameterEntity(listener.url("evil.dtd")));
    }

    @Test
    void billionLaughs() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.billionLaughs());
    }

    @Test
    void quadraticBlowup() throws Exception {
        assertRankRefusesAtTheDoctype(HostileXml.quadraticBlowup());
    }

    /** Each attack of {@link HostileXml} with its DOCTYPE (line 2) on a GEXF file whose label uses the entity. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"internal", "file", "http", "dtd", "parameter", "laughs", "quadratic"})
    void hostileGexfIsRefusedAtTheDoctype(String attack) throws Exception {
        String graphml = switch (attack) {
            case "internal" -> HostileXml.internalEntity();
            case "file" -> HostileXml.externalEntity(secret.toUri().toString());
            case "http" -> HostileXml.externalEntity(listener.url("entity"));
            case "dtd" -> HostileXml.externalDtd(listener.url("gexf.dtd"));
            case "parameter" -> HostileXml.parameterEntity(listener.url("evil.dtd"));
            case "laughs" -> HostileXml.billionLaughs();
            default -> HostileXml.quadraticBlowup();
        };
        String doctype = graphml.split("\n")[1].replace("<!DOCTYPE graphml", "<!DOCTYPE gexf");
        java.util.regex.Matcher entity = java.util.regex.Pattern.compile("<!ENTITY (\\w+)").matcher(doctype);
        String label = "A";
        while (entity.find()) {
            label = "&" + entity.group(1) + ";";
        }
        Path graph = file("hostile.gexf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
                + "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes><node id=\"a\" label=\"" + label
                + "\"/><node id=\"b\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>\n");
        Path csv = dir.resolve("ranks.csv");
        assertRefused(CliRunner.run("rank", graph.toString(), "--csv", csv.toString()), graph, graph + ":2: ", "DOCTYPE");
        assertFalse(Files.exists(csv), "no table written");
    }

    @Test
    void aHostileCompareGraphIsRefusedBeforeAnythingIsPrinted() throws Exception {
        Path good = file("good.graphml", "<graphml><graph><node id=\"a\"/><node id=\"b\"/>"
                + "<edge source=\"a\" target=\"b\"/></graph></graphml>");
        Path hostile = file("hostile.graphml", HostileXml.externalEntity(secret.toUri().toString()));
        CliRunner run = CliRunner.run("rank", good.toString(), "--compare", hostile.toString());
        assertRefused(run, hostile, hostile + ":2: ", "DOCTYPE");
        assertEquals("", run.out(), "no half ranking before the error");
    }

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(strings = {"0", "-1", "NaN", "4.9E-324", "Infinity", "1.7976931348623157E308", "heavy"})
    void aWeightRankCannotComputeWith(String weight) throws Exception {
        Path graph = file("weights.graphml", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>"
                + "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"w\">" + weight
                + "</data></edge></graph></graphml>");
        assertRefused(CliRunner.run("rank", graph.toString()), graph, "edge 'a' -- 'b'", "weight");
    }

    @Test
    void parallelWeightsCancellingOrOverflowing() throws Exception {
        for (String pair : new String[] {"5,-5", "1.7E308,1.7E308"}) {
            String[] weights = pair.split(",");
            Path graph = file("parallel.graphml", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>"
                    + "<node id=\"a\"/><node id=\"b\"/>"
                    + "<edge source=\"a\" target=\"b\"><data key=\"w\">" + weights[0] + "</data></edge>"
                    + "<edge source=\"b\" target=\"a\"><data key=\"w\">" + weights[1] + "</data></edge></graph></graphml>");
            assertRefused(CliRunner.run("rank", graph.toString()), graph, "-- ", "weight ");
        }
    }

    @Test
    void duplicateNodeIdsAndUnknownEndpointsAreNamed() throws Exception {
        Path duplicate = file("duplicate.graphml", "<graphml><graph><node id=\"twin\"/><node id=\"twin\"/></graph></graphml>");
        assertRefused(CliRunner.run("rank", duplicate.toString()), duplicate, "twin");
        Path unknown = file("unknown.graphml", "<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"ghost\"/></graph></graphml>");
        assertRefused(CliRunner.run("rank", unknown.toString()), unknown, "ghost");
    }

    @Test
    void evalOnAnEmptyGoldFile() throws Exception {
        Path gold = file("gold.jsonl", "");
        Path mentions = Path.of(getClass().getResource("/fixtures/eval/mentions.csv").toURI());
        assertRefused(CliRunner.run("eval", gold.toString(), "--mentions", mentions.toString()), gold, "no gold documents");
    }
}
