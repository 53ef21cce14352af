package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up, or an output that cannot be made, costs the run but never the previous outputs. */
class OutputFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsOneLineAndThePreviousOutputsStayAsTheyWere() throws Exception {
        long outputs = outputBytes();
        // room for the input and one set of outputs, not for a second set staged beside it
        long limit = inputBytes() + outputs * 3 / 2;
        try (FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(limit).build())) {
            Path input = copySeeds(disk);
            String[] args = {"build", "--input", input.toString(), "--output", "/out", "--quiet"};
            Run first = run(args, disk);
            assertEquals(0, first.code, first.err);
            Map<String, byte[]> before = TestRuns.contents(disk.getPath("/out"));

            Run second = run(new String[] {"build", "--input", input.toString(), "--output", "/out", "--quiet",
                    "--window", "sentence"}, disk);
            assertEquals(1, second.code, second.err);
            String err = second.err.strip();
            assertTrue(!err.contains("\n") && !err.contains("Exception") && err.startsWith("comention: /out/"), err);
            assertTrue(err.contains("cannot write") && err.contains("previous outputs in /out are unchanged"), err);

            Map<String, byte[]> after = TestRuns.contents(disk.getPath("/out"));
            assertEquals(before.keySet(), after.keySet(), "no new file and no staging directory left");
            before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        }
    }

    @Test
    void anOutputDirectoryBelowAFileIsOneLine() throws Exception {
        Files.writeString(dir.resolve("file"), "not a directory");
        CliRunner run = CliRunner.run("build", "--output", dir.resolve("file/out").toString(), "--quiet");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.oneLineError() && run.err().contains("file"), run.err());
    }

    @Test
    void anUnwritableOutputDirectoryIsOneLine() throws Exception {
        Path out = Files.createDirectories(dir.resolve("locked"));
        org.junit.jupiter.api.Assumptions.assumeTrue(out.toFile().setWritable(false, false) && !Files.isWritable(out),
                "running as root: every directory is writable");
        try {
            CliRunner run = CliRunner.run("build", "--output", out.toString(), "--quiet");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.oneLineError() && run.err().contains("locked") && run.err().contains("not writable"), run.err());
        } finally {
            out.toFile().setWritable(true, false);
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(String[] args, FileSystem files) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), files);
        return new Run(code, err.toString());
    }

    private long outputBytes() throws Exception {
        Path out = TestRuns.buildSeeds(dir);
        return TestRuns.contents(out).values().stream().mapToLong(b -> b.length).sum();
    }

    private static long inputBytes() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            long sum = 0;
            for (Path file : files.toList()) {
                sum += Files.size(file);
            }
            return sum;
        }
    }

    private static Path copySeeds(FileSystem disk) throws Exception {
        Path input = Files.createDirectories(disk.getPath("/articles"));
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName().toString()));
            }
        }
        return input;
    }
}
