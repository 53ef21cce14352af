package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --betweenness-samples}: recorded, announced in the ranking, validated; exact when not given. */
class BetweennessSamplesCliTest {
    @TempDir
    Path dir;

    @Test
    void buildRecordsTheSampleSizeAndTheRankingSaysBetweennessIsEstimated() throws Exception {
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("build", "--input", "data/articles", "--output", out.toString(),
                "--betweenness-samples", "9", "--rank-by", "betweenness");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Betweenness is estimated from 9 of 36 source entities"), run.out());
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"betweenness_samples\" : 9"));

        CliRunner rank = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--betweenness-samples", "9",
                "--by", "all");
        assertEquals(0, rank.exitCode(), rank.err());
        assertTrue(rank.out().contains("estimated from 9 of 36"), rank.out());
    }

    @Test
    void exactBetweennessIsNotAnnouncedNorRecorded() throws Exception {
        Path out = dir.resolve("exact");
        CliRunner run = CliRunner.run("build", "--input", "data/articles", "--output", out.toString(),
                "--betweenness-samples", "36");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("estimated"), "36 samples of 36 entities is exact: " + run.out());
        Path plain = TestRuns.buildSeeds(dir.resolve("plain"));
        assertFalse(Files.readString(plain.resolve("run.json")).contains("betweenness_samples"));
        assertEquals(Files.readString(plain.resolve("rankings.csv")), Files.readString(out.resolve("rankings.csv")));
    }

    @Test
    void theSampleSizeMustBePositive() {
        CliRunner run = CliRunner.run("build", "--betweenness-samples", "0", "--output", dir.resolve("o").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--betweenness-samples must be 1 or more"), run.err());
        CliRunner rank = CliRunner.run("rank", "none.graphml", "--betweenness-samples", "-3");
        assertEquals(1, rank.exitCode());
        assertTrue(rank.err().contains("--betweenness-samples must be 1 or more"), rank.err());
    }
}
