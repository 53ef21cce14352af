package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user mistake gives one line naming the file (and line), a non-zero exit and no stack trace. */
class BadInputTest {
    private static final byte[] INVALID_UTF8 = {'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b'};

    @TempDir
    Path dir;

    private CliRunner build(Path input, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "build";
        args[1] = "--input=" + input;
        args[2] = "--output=" + dir.resolve("out");
        args[3] = "--quiet";
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRunner.run(args);
    }

    private void assertFailsNaming(CliRunner run, String... fragments) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.oneLineError(), "one line, no stack trace: " + run.err());
        for (String fragment : fragments) {
            assertTrue(run.err().contains(fragment), "names " + fragment + ": " + run.err());
        }
        assertFalse(Files.exists(dir.resolve("out/graph.graphml")), "no output from a failed run");
    }

    @Test
    void missingInput() {
        assertFailsNaming(build(dir.resolve("no-such-dir")), "no-such-dir");
    }

    @Test
    void emptyTextFile() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        assertFailsNaming(build(file), "empty.txt");
    }

    @Test
    void emptyCsvFile() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.csv"), "");
        assertFailsNaming(build(file), "articles.csv");
    }

    @Test
    void emptyDirectory() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        assertFailsNaming(build(empty), "nothing");
    }

    @Test
    void invalidUtf8InASingleFile() throws Exception {
        Path file = Files.write(dir.resolve("latin1.txt"), INVALID_UTF8);
        assertFailsNaming(build(file), "latin1.txt", "UTF-8");
    }

    @Test
    void invalidUtf8FileInADirectoryIsReportedAndSkipped() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("bad.txt"), INVALID_UTF8);
        Files.writeString(corpus.resolve("good.txt"), "Blinken met Stoltenberg at NATO.");
        CliRunner run = build(corpus);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("bad.txt"), "the skipped file is named: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(Files.exists(dir.resolve("out/graph.graphml")));
    }

    @Test
    void strictTurnsASkippedFileIntoExitCodeTwoAfterWritingTheOutputs() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("strict"));
        Files.write(corpus.resolve("bad.txt"), INVALID_UTF8);
        Files.writeString(corpus.resolve("good.txt"), "Blinken met Stoltenberg at NATO.");
        CliRunner lenient = build(corpus);
        assertEquals(0, lenient.exitCode(), lenient.err());
        CliRunner strict = build(corpus, "--strict");
        assertEquals(2, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("bad.txt") && strict.err().contains("--strict: 1 input skipped"), strict.err());
        assertTrue(Files.exists(dir.resolve("out/graph.graphml")), "outputs are written");
    }

    @Test
    void csvWithAnUnterminatedQuoteNamesFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.csv"),
                "id,text\na,\"Blinken met Stoltenberg\"\nb,\"never closed\nc,more\n", StandardCharsets.UTF_8);
        assertFailsNaming(build(file), "articles.csv:3");
    }

    @Test
    void csvWhoseHeaderHasAnUnclosedQuote() throws Exception {
        // found by the CSV fuzz test: the parser fails while reading the header, not a record
        Path file = Files.writeString(dir.resolve("articles.csv"), "id,\"text\nb,x\n");
        assertFailsNaming(build(file), "articles.csv:1");
    }

    @Test
    void csvWithoutTheTextColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.csv"), "id,body\na,Blinken\n");
        assertFailsNaming(build(file), "articles.csv", "text");
    }

    @Test
    void malformedJsonLineNamesFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.jsonl"),
                "{\"id\":\"a\",\"text\":\"Blinken\"}\n{\"id\":\"b\",\"text\":\n");
        CliRunner run = build(file);
        assertTrue(run.err().contains("articles.jsonl:2"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void malformedGazetteerRowNamesFileAndLine() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken");
        Path gazetteer = Files.writeString(dir.resolve("mine.csv"), "id,label,type\nx,X,PERSON\ny,Y,PLANET\n");
        assertFailsNaming(build(corpus, "--gazetteer", gazetteer.toString()), "mine.csv:3", "type");
    }

    @Test
    void outputPathThatIsAFile() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken");
        Files.writeString(dir.resolve("out"), "a file");
        CliRunner run = build(corpus);
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner run = CliRunner.run("build", "--no-such-option");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--no-such-option"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unknownEncodingIsOneLineNamingIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken");
        CliRunner run = build(corpus, "--encoding", "klingon-8");
        assertFailsNaming(run, "--encoding", "klingon-8");
        assertFalse(Files.exists(dir.resolve("out")), "refused before the output directory is made");
    }

    @Test
    void negativeMaxDocumentCharsIsOneLine() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken");
        assertFailsNaming(build(corpus, "--max-document-chars", "-5"), "--max-document-chars", "-5");
    }

    @Test
    void badWindowIsAUsageError() {
        CliRunner run = CliRunner.run("build", "--window", "chapter");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("chapter"), run.err());
    }

    @Test
    void windowOfOnlyACommaIsOneLine() {
        // picocli splits "," into no window at all
        assertFailsNaming(build(Path.of("data/articles"), "--window", ","), "--window", "one or more windows");
    }

    @Test
    void negativeMinWeightIsOneLine() {
        assertFailsNaming(build(Path.of("data/articles"), "--min-weight", "-1"), "--min-weight", "0 (keep all edges)", "-1");
    }

    @Test
    void emptyOutputIsRefusedNotTheWorkingDirectory() {
        CliRunner run = CliRunner.run("build", "--input", "data/articles", "--output", "", "--quiet");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("comention: Invalid value for option '--output': an empty name is not a file "
                + "or directory"), run.err());
        assertFalse(Files.exists(Path.of("graph.graphml")), "nothing written into the working directory");
        assertFalse(Files.exists(Path.of("run.json")), "nothing written into the working directory");
    }

    @Test
    void emptyPathsAreRefusedByEveryCommand() {
        for (String[] args : new String[][] {{"build", "--input", ""}, {"build", "--input", "data/articles", "--gazetteer", ""},
                {"build", "--input", "data/articles", "--markers", ""}, {"build", "--from-tables", ""},
                {"mentions", "--input", ""}, {"suggest", "--input", "data/articles", "--output", ""}, {"rank", ""}}) {
            CliRunner run = CliRunner.run(args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().contains("an empty name is not a file or directory"), String.join(" ", args) + ": " + run.err());
        }
    }

    @Test
    void hugeMentionContextIsCutAtTheText() {
        CliRunner run = CliRunner.run("mentions", "--input", "data/articles", "--context", String.valueOf(Integer.MAX_VALUE));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\u00AB") && run.out().contains("\u00BB"), "mentions are printed: " + run.out());
    }

    @Test
    void emptyJsonlFile() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.jsonl"), "\n\n");
        assertFailsNaming(build(file), "articles.jsonl", "no readable documents");
    }

    /** Root reads everything: a test of permissions means nothing as root. */
    private static void assumeNotRoot() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name"))
                || "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip()),
                "running as root, which can read anything");
    }

    @Test
    void unreadableInputFile() throws Exception {
        assumeNotRoot();
        Path file = Files.writeString(dir.resolve("secret.txt"), "Blinken");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assertFailsNaming(build(file), "secret.txt", "not readable");
    }

    @Test
    void unreadableInputDirectory() throws Exception {
        assumeNotRoot();
        Path corpus = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken");
        Files.setPosixFilePermissions(corpus, PosixFilePermissions.fromString("-wx------"));
        try {
            assertFailsNaming(build(corpus), "locked", "permission denied");
        } finally {
            Files.setPosixFilePermissions(corpus, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void unreadableArticleOrSubdirectoryInADirectoryIsSkipped() throws Exception {
        assumeNotRoot();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "Blinken met Stoltenberg at NATO.");
        Path secret = Files.writeString(corpus.resolve("secret.txt"), "Blinken");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Blinken");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));
        try {
            CliRunner run = build(corpus);
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains(secret + ": cannot read (permission denied); skipped"), run.err());
            assertTrue(run.err().contains(locked + ": cannot read (permission denied); skipped"), run.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void markersThatIsADirectory() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Blinken");
        Path markers = Files.createDirectories(dir.resolve("markers"));
        assertFailsNaming(build(corpus, "--markers", markers.toString()), markers + ": is a directory, not a file");
    }

    @Test
    void rankOfADirectory() throws Exception {
        Path graphs = Files.createDirectories(dir.resolve("graphs"));
        CliRunner run = CliRunner.run("rank", graphs.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains(graphs + ": is a directory, not a GraphML or GEXF file"), run.err());
    }

    @Test
    void rankCsvThatIsADirectoryNamesItNotATemporaryFile() throws Exception {
        Path out = TestRuns.buildSeeds(dir);
        Path csv = Files.createDirectories(dir.resolve("ranks"));
        CliRunner run = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--csv", csv.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().strip().endsWith("comention: " + csv + ": is a directory, not a file"), run.err());
    }

    @Test
    void evalGoldThatIsADirectory() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        CliRunner run = CliRunner.run("eval", gold.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains(gold + ": is a directory, not a gold file"), run.err());
    }

    @Test
    void rankOfAMissingGraph() {
        CliRunner run = CliRunner.run("rank", dir.resolve("none.graphml").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains("none.graphml"), run.err());
    }
}
