package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any moment (SIGKILL: no shutdown hook, no finally) leaves in the output
 * directory only whole files: each is the previous run's or the new run's, never a part of one,
 * and a new run.json only beside a complete new set.
 */
class KilledRunTest {
    @TempDir
    Path dir;

    @Test
    void killedAtAnyMomentTheOutputsAreThePreviousOrTheNewFilesWhole() throws Exception {
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("news.jsonl"), 2000, 0, 7);
        Map<String, byte[]> previous = TestRuns.contents(TestRuns.buildSeeds(dir.resolve("seeds")));
        Map<String, byte[]> complete = TestRuns.contents(TestRuns.build(corpus, dir.resolve("complete")));

        Path out = dir.resolve("out");
        copy(previous, out);
        long started = System.nanoTime();
        Process whole = start(corpus, out);
        assertEquals(0, whole.waitFor(), new String(whole.getInputStream().readAllBytes()));
        long runMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(complete.keySet(), TestRuns.contents(out).keySet());

        int killedWhileRunning = 0;
        List<String> seen = new ArrayList<>();
        for (int fifth = 1; fifth <= 4; fifth++) {
            boolean alive = false;
            // a run that had finished before its kill means the measured run was slowed by other work on the
            // machine: measure by a shorter one and kill again (a few times at most, so the test always ends)
            for (int attempt = 0; attempt < 3 && !alive; attempt++) {
                copy(previous, out);
                Process run = start(corpus, out);
                Thread.sleep(runMillis * fifth / 5);
                alive = run.isAlive();
                run.destroyForcibly().waitFor();
                if (!alive) {
                    runMillis = runMillis * 2 / 3;
                }
                seen.add(fifth + "/5: " + (alive ? "killed" : "had finished") + ", "
                        + assertPreviousOrNew(out, previous, complete, fifth) + " new files");
            }
            killedWhileRunning += alive ? 1 : 0;
        }
        assertTrue(killedWhileRunning >= 3, "most kills must land while the run works: " + seen);

        CliRunner after = CliRunner.run("build", "--input", corpus.toString(), "--output", out.toString());
        assertEquals(0, after.exitCode(), after.err());
        Map<String, byte[]> finished = TestRuns.contents(out);
        assertEquals(complete.keySet(), finished.keySet(), "the next run removes what the killed ones left: " + seen);
        complete.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, finished.get(name)), name));
    }

    /** Checks that every file in {@code out} is the previous run's or the new one's, whole; returns how many are new. */
    private static int assertPreviousOrNew(Path out, Map<String, byte[]> previous, Map<String, byte[]> complete, int fifth)
            throws Exception {
        Map<String, byte[]> left = TestRuns.contents(out);
        int fromNew = 0;
        for (Map.Entry<String, byte[]> file : left.entrySet()) {
            String name = file.getKey();
            if (name.startsWith(".")) {
                continue; // the program's own: its lock, a staging directory, a publish the next run completes
            }
            boolean isPrevious = previous.containsKey(name) && Arrays.equals(previous.get(name), file.getValue());
            boolean isNew = complete.containsKey(name) && Arrays.equals(complete.get(name), file.getValue());
            assertTrue(isPrevious || isNew, name + " after a kill at " + fifth + "/5 of the run is neither the old "
                    + "nor the new file");
            fromNew += isNew && !isPrevious ? 1 : 0;
        }
        byte[] runRecord = left.get(BuildCommand.RUN_RECORD);
        if (runRecord != null && Arrays.equals(runRecord, complete.get(BuildCommand.RUN_RECORD))) {
            // run.json is published last: a new one means every file is new
            assertEquals(complete.keySet().stream().filter(name -> !name.startsWith(".")).count(), fromNew,
                    "run.json is new, so must every other file be");
        }
        return fromNew;
    }

    private static Process start(Path corpus, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--input", corpus.toString(), "--output", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void copy(Map<String, byte[]> files, Path out) throws Exception {
        if (Files.exists(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
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
}
