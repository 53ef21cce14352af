package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One document, one edge, one community: the printed lines say so in the singular. */
class PluralMessagesTest {
    @TempDir
    Path dir;

    @Test
    void buildAndRankOfAOneEdgeGraph() throws Exception {
        Path corpus = Files.writeString(dir.resolve("one.jsonl"),
                "{\"id\": \"a\", \"text\": \"التقى بلينكن وستولتنبرغ.\"}\n");
        CliRunner build = CliRunner.run("build", "--input", corpus.toString(), "--output", dir.resolve("out").toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("1 document, ") && build.out().contains(", 1 edge (window document)"), build.out());
        assertTrue(build.out().contains("Top 2 of 2 entities") && build.out().contains("1 community (Leiden"), build.out());
        CliRunner rank = CliRunner.run("rank", dir.resolve("out/graph.graphml").toString(), "--top", "1", "--by", "all");
        assertEquals(0, rank.exitCode(), rank.err());
        assertTrue(rank.out().contains("Top 1 entity under each measure") && rank.out().contains("2 nodes, 1 edge."), rank.out());
        for (CliRunner run : new CliRunner[] {build, rank}) {
            assertFalse(run.out().matches("(?s).*\\b1 (entities|edges|nodes|documents|communities|mentions)\\b.*"), run.out());
        }
        String report = Files.readString(dir.resolve("out/report.html"));
        assertTrue(report.contains("2 entities, 1 edge, 1 community (modularity"), "the report's summary");
    }
}
