package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRunner run = CliRunner.run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build") && run.out().contains("rank"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void buildHelpSaysDistancesAreOneOverWeight() {
        CliRunner run = CliRunner.run("build", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("1/weight"), run.out());
        assertTrue(run.out().contains("--window") && run.out().contains("--keep-related"), run.out());
    }

    @Test
    void rankHelpSaysDistancesAreOneOverWeight() {
        CliRunner run = CliRunner.run("rank", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("1/weight"), run.out());
    }

    @Test
    void versionNamesTheProgram() {
        CliRunner run = CliRunner.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("comention "), run.out());
    }

    @Test
    void noCommandPrintsUsage() {
        CliRunner run = CliRunner.run();
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: comention"), run.out());
    }
}
