package org.comention.cli;

import java.nio.file.Path;

/** Runs of the command line that tests in other packages need. */
public final class TestRuns {
    private TestRuns() {
    }

    /** Builds the sample corpus ({@code data/articles}) into {@code dir/out}; returns that directory. */
    public static Path buildSeeds(Path dir) {
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("build", "--input", "data/articles", "--output", out.toString(), "--quiet");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("build failed: " + run.err());
        }
        return out;
    }
}
