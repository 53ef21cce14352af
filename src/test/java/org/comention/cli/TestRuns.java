package org.comention.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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

    /** Builds {@code input} into {@code out} with the extra options; returns {@code out}. */
    public static Path build(Path input, Path out, String... options) {
        String[] args = new String[6 + options.length];
        args[0] = "build";
        args[1] = "--input";
        args[2] = input.toString();
        args[3] = "--output";
        args[4] = out.toString();
        args[5] = "--quiet";
        System.arraycopy(options, 0, args, 6, options.length);
        CliRunner run = CliRunner.run(args);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("build failed: " + run.err());
        }
        return out;
    }

    /** Every entry of {@code directory} by name: a file's bytes, or nothing for a directory. */
    static Map<String, byte[]> contents(Path directory) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.isDirectory(file) ? new byte[0] : Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
