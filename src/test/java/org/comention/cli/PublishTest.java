package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing the outputs of a build: one set, never a lasting mix of two runs; one run at a time
 * in a directory; nothing but the outputs left behind; a manifest a reader can check.
 */
class PublishTest {
    private static final String LOCK = org.comention.export.OutputStaging.LOCK;

    @TempDir
    Path dir;

    @Test
    void runJsonListsEveryOtherOutputWithItsSizeAndSha256() throws Exception {
        Path out = TestRuns.buildSeeds(dir);
        JsonNode outputs = new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("outputs");
        assertTrue(outputs != null && outputs.isObject(), "run.json has outputs");
        List<String> named = new ArrayList<>();
        outputs.fieldNames().forEachRemaining(named::add);
        assertEquals(List.of("aliases.csv", "discovered-aliases.csv", "discovered-entities.csv", "documents.csv", "edges.csv", "graph.gexf",
                "graph.graphml", "graph.json", "mentions.csv", "nodes.csv", "rankings.csv", "report.html"), named);
        for (String name : named) {
            byte[] bytes = Files.readAllBytes(out.resolve(name));
            assertEquals(bytes.length, outputs.get(name).get("bytes").asLong(), name);
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    outputs.get(name).get("sha256").asText(), name);
        }
    }

    @Test
    void rankWarnsWhenTheGraphIsNotTheOneRunJsonDescribes() throws Exception {
        Path out = TestRuns.buildSeeds(dir);
        CliRunner untouched = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--top", "1");
        assertEquals(0, untouched.exitCode(), untouched.err());
        assertEquals("", untouched.err());
        // a graph saved over by another program, or a publish a crash interrupted, is not the run's
        Files.writeString(out.resolve("graph.graphml"), Files.readString(out.resolve("graph.graphml")) + "<!-- edited -->\n");
        CliRunner edited = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--top", "1");
        assertEquals(0, edited.exitCode(), edited.err());
        assertTrue(edited.err().strip().startsWith("comention: warning: " + out.resolve("graph.graphml")
                + " is not the file run.json beside it describes (its size is "), edited.err());
        assertFalse(edited.err().strip().contains("\n"), "one line: " + edited.err());
    }

    @Test
    void rankOfAStrangersDirectoryWithACraftedJournalTouchesNoFile() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.copy(TestRuns.buildSeeds(dir).resolve("graph.graphml"), downloads.resolve("graph.graphml"));
        Files.writeString(downloads.resolve("thesis.docx"), "the user's own");
        Path crafted = Files.createDirectories(downloads.resolve(".comention-publish-\u001b]0;owned\u0007"));
        Files.writeString(crafted.resolve(".journal"), "remove thesis.docx\nmove graph.graphml\n");
        CliRunner rank = CliRunner.run("rank", downloads.resolve("graph.graphml").toString(), "--top", "1");
        assertEquals(0, rank.exitCode(), rank.err());
        assertEquals("the user's own", Files.readString(downloads.resolve("thesis.docx")));
        assertTrue(rank.err().strip().equals("comention: warning: " + downloads.toAbsolutePath() + ": a hidden "
                + ".comention-publish-* directory there is not a publish of comention's (its journal names files that are "
                + "not comention's outputs); nothing was moved or removed; delete it if it is not yours"), rank.err());
    }

    @Test
    void aSecondBuildIntoADirectoryAnotherProcessIsWritingIsRefusedAndLeavesItsStaging() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path live = Files.createDirectories(out.resolve(".comention-run-123"));
        Files.writeString(live.resolve("graph.gexf"), "the first run's file, being written");
        Process holder = holdLock(out.resolve(LOCK));
        try {
            CliRunner second = CliRunner.run("build", "--input", "data/articles", "--output", out.toString(), "--quiet");
            assertEquals(1, second.exitCode(), second.err());
            assertTrue(second.oneLineError(), second.err());
            assertTrue(second.err().contains(out + ": another comention run is writing its outputs here"), second.err());
            assertTrue(Files.exists(live.resolve("graph.gexf")), "the live staging directory is untouched");
            assertFalse(Files.exists(out.resolve("graph.graphml")));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        CliRunner after = CliRunner.run("build", "--input", "data/articles", "--output", out.toString(), "--quiet");
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(Files.exists(live), "once the lock is free, the next run removes what an ended run left");
    }

    /**
     * A build killed (SIGKILL, sent by strace at the Nth rename of the process's main thread) at
     * every step of publishing: before any other command reads the directory, {@code rank}
     * completes the publish, so the outputs are then the previous set or the new one, whole.
     */
    @Test
    void killedAtEveryRenameOfThePublishTheNextCommandFindsOneWholeSet() throws Exception {
        Assumptions.assumeTrue(straceWorks(), "needs strace, allowed to trace a child process");
        Path out = dir.resolve("out");
        Map<String, byte[]> previous = outputs(TestRuns.buildSeeds(dir.resolve("seeds")));
        Map<String, byte[]> complete = outputs(TestRuns.build(Path.of("data/articles"), dir.resolve("complete"),
                "--window", "sentence"));
        List<String> seen = new ArrayList<>();
        int mixed = 0;
        int toPrevious = 0;
        int toComplete = 0;
        // strace counts renames per thread: the switch is the main thread's rename of the staging directory;
        // the journal is renamed into place just before it, and the eleven moves follow it, in name order: the
        // first four (aliases, discovered layer, documents) are the same in both runs, so a kill after them shows a mix
        int switchAt = switchRename(out, previous);
        for (int rename : new int[] {switchAt - 1, switchAt, switchAt + 1, switchAt + 6, switchAt + 11}) {
            reset(out, previous);
            Process run = traced(out, "-o", "/dev/null", "-e", "inject=rename,renameat,renameat2:signal=KILL:when=" + rename);
            assertTrue(run.waitFor(120, TimeUnit.SECONDS));
            Map<String, byte[]> killed = outputs(out);
            boolean mix = !same(killed, previous) && !same(killed, complete);
            mixed += mix ? 1 : 0;
            CliRunner rank = CliRunner.run("rank", out.resolve("graph.graphml").toString(), "--top", "1");
            assertEquals(0, rank.exitCode(), rank.err());
            Map<String, byte[]> read = outputs(out);
            boolean whole = same(read, previous) || same(read, complete);
            toPrevious += same(read, previous) ? 1 : 0;
            toComplete += same(read, complete) ? 1 : 0;
            seen.add(rename + ": exit " + run.exitValue() + (mix ? ", left a mix" : "") + (whole ? "" : ", still a mix"));
            assertTrue(whole, "after a kill at rename " + rename + " and a rank, a mix of two runs: " + seen);
            assertFalse(rank.err().contains("warning"), rename + ": " + rank.err());
        }
        assertTrue(mixed >= 2 && toPrevious >= 2 && toComplete >= 3, "kills on both sides of the switch, and between "
                + "the moves: " + seen);
    }

    /** Which of the main thread's renames is the switch, in a whole traced run. */
    private int switchRename(Path out, Map<String, byte[]> previous) throws Exception {
        reset(out, previous);
        Path trace = dir.resolve("renames.txt");
        Process run = traced(out, "-o", trace.toString());
        assertTrue(run.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue());
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("^(\\d+) +rename(?:at2?)?\\((.*)");
        Map<String, Integer> perThread = new TreeMap<>();
        for (String line : Files.readAllLines(trace)) {
            java.util.regex.Matcher m = call.matcher(line);
            if (m.find()) {
                int count = perThread.merge(m.group(1), 1, Integer::sum);
                if (m.group(2).contains(".comention-run-") && m.group(2).contains(".comention-publish-")) {
                    return count;
                }
            }
        }
        throw new AssertionError("no rename of the staging directory in " + Files.readString(trace));
    }

    /** A build of the sample articles into {@code out} under strace, one thread, with the strace options given. */
    private static Process traced(Path out, String... strace) throws IOException {
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=rename,renameat,renameat2"));
        command.addAll(List.of(strace));
        command.addAll(List.of(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "--input", "data/articles", "--output", out.toString(), "--quiet", "--window", "sentence", "--threads", "1"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(name -> Arrays.equals(a.get(name), b.get(name)));
    }

    /** The visible outputs: hidden entries are the program's own (lock, staging, publishing). */
    private static Map<String, byte[]> outputs(Path directory) throws IOException {
        Map<String, byte[]> outputs = new TreeMap<>(TestRuns.contents(directory));
        outputs.keySet().removeIf(name -> name.startsWith("."));
        return outputs;
    }

    private static void reset(Path out, Map<String, byte[]> files) throws IOException {
        if (Files.exists(out)) {
            try (var walk = Files.walk(out)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(out.resolve(file.getKey()), file.getValue());
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean straceWorks() {
        try {
            Process probe = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Another process that holds the lock of {@code file} until its standard input is closed. */
    private Process holdLock(Path file) throws Exception {
        Path source = Files.writeString(dir.resolve("HoldLock.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE); var lock = channel.lock()) {
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        Process holder = new ProcessBuilder(java(), source.toString(), file.toString()).redirectErrorStream(true).start();
        byte[] line = holder.getInputStream().readNBytes("locked".length());
        assertEquals("locked", new String(line), "the child took the lock");
        return holder;
    }
}
