package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rank graph.gexf} ranks what {@code rank graph.graphml} ranks: same weights, labels and types. */
class RankGexfTest {
    @TempDir
    Path dir;

    @Test
    void theDynamicGexfOfADatedBuildRanksAsItsGraphml() throws Exception {
        Path corpus = Files.writeString(dir.resolve("dated.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"date\": \"2024-05-10\", \"text\": \"التقى بلينكن وستولتنبرغ في براغ.\"}",
                "{\"id\": \"b\", \"date\": \"2024-06-12\", \"text\": \"ستولتنبرغ وبلينكن في بروكسل.\"}",
                "{\"id\": \"c\", \"date\": \"2024-06-20\", \"text\": \"وصل بلينكن وستولتنبرغ إلى كييف.\"}", ""));
        Path out = TestRuns.build(corpus, dir.resolve("out"), "--time-slice", "month");
        assertTrue(Files.readString(out.resolve("graph.gexf")).contains("mode=\"dynamic\""));
        CliRunner gexf = CliRunner.run("rank", out.resolve("graph.gexf").toString(), "--csv", dir.resolve("gexf.csv").toString());
        CliRunner graphml = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--csv", dir.resolve("graphml.csv").toString());
        assertEquals(0, gexf.exitCode(), gexf.err());
        assertEquals(Files.readString(dir.resolve("graphml.csv")), Files.readString(dir.resolve("gexf.csv")));
        assertEquals(graphml.out().replace("graph.graphml", "FILE"), gexf.out().replace("graph.gexf", "FILE"));
        assertTrue(gexf.out().contains("Antony Blinken") && gexf.out().contains("PERSON"), gexf.out());
        // Blinken and Stoltenberg share all three articles: weighted degree 3 + 1 (Kyiv) + 1 (Prague) + 1 (Brussels), not 1 + 1 + 1 + 1
        assertTrue(Files.readString(dir.resolve("gexf.csv")).lines().anyMatch(l -> l.startsWith("1,antony-blinken,Antony Blinken,PERSON,0,3,3,gazetteer,1,4,6,")),
                Files.readString(dir.resolve("gexf.csv")));
    }
}
