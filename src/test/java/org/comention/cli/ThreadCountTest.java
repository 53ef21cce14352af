package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The workers change how fast a run is, never what it writes. */
class ThreadCountTest {
    @TempDir
    Path dir;

    @Test
    void oneAndFourThreadsWriteTheSameBytes() throws Exception {
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("news.jsonl"), 600, 6, 42);
        String[] options = {"--keep-related", "--window", "document,sentence"};
        Path one = TestRuns.build(corpus, dir.resolve("one"), concat(options, "--threads", "1"));
        Path four = TestRuns.build(corpus, dir.resolve("four"), concat(options, "--threads", "4"));
        List<String> names = names(one);
        assertEquals(names, names(four));
        assertTrue(names.contains("mentions.csv") && names.contains("run.json"), names.toString());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(four.resolve(name)), name);
        }
        String run = Files.readString(one.resolve("run.json"));
        assertTrue(run.contains("\"inputs_skipped\" : 6"), "the broken lines are counted: " + run);
    }

    @Test
    void aDocumentThatFailsInAWorkerIsReportedAndSkipped() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken met Stoltenberg at NATO.");
        Files.writeString(corpus.resolve("b.txt"), "Blinken in Kyiv.");
        Files.writeString(corpus.resolve("c.txt"), "Stoltenberg in Brussels.");
        CorpusOptions options = new CorpusOptions();
        new CommandLine(new Holder(options)).parseArgs("--input", corpus.toString(), "--threads", "2");
        RunSummary summary = new RunSummary();
        StringWriter err = new StringWriter();
        List<String> merged = new ArrayList<>();
        options.stages().run(new PrintWriter(err, true), summary, new Progress(new PrintWriter(err), true),
                (part, normalized, mentions) -> {
                    if (part.id().equals("b")) {
                        throw new IllegalStateException("a bug on b");
                    }
                    return part.id() + ":" + mentions.size();
                }, merged::add);
        assertEquals(List.of("a:3", "c:2"), merged);
        assertEquals(1, summary.skipped());
        assertTrue(err.toString().contains("'b': internal error") && err.toString().contains("a bug on b"), err.toString());
    }

    @Test
    void threadsMustBePositive() {
        CliRunner run = CliRunner.run("build", "--threads", "0", "--output", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains("--threads"), run.err());
    }

    /** A command that only carries the corpus options, to drive the stages alone. */
    @CommandLine.Command(name = "holder")
    static final class Holder implements Runnable {
        @CommandLine.Mixin
        final CorpusOptions options;

        Holder(CorpusOptions options) {
            this.options = options;
        }

        @Override
        public void run() {
        }
    }

    private static List<String> names(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
