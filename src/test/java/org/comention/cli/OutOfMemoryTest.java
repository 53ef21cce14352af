package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the run is a one-line error telling what to change, in a JVM of its own. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aTooSmallHeapIsOneLineNamingTheFixNotAStackTrace() throws Exception {
        Path previous = TestRuns.buildSeeds(dir.resolve("out"));
        byte[] graphBefore = Files.readAllBytes(previous.resolve("graph.graphml"));
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("corpus.jsonl"), 50, 0, 7);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 16 MB holds the JVM but not the gazetteer's matcher: the run fails while setting up
        Process run = new ProcessBuilder(java, "-Xmx16m", "-cp", userClassPath(),
                Main.class.getName(), "build", "--input", corpus.toString(), "--output", previous.toString(), "--quiet")
                .redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS));
        assertEquals(Main.EXIT_INTERNAL, run.exitValue(), printed);
        assertTrue(printed.matches(".*limited to [\\d,]+ MB\\).*"), "names the heap it had: " + printed);
        assertTrue(printed.startsWith("comention: out of memory (the Java heap is limited to "), printed);
        assertTrue(printed.contains("-Xmx"), printed);
        assertFalse(printed.contains("\n"), "one line: " + printed);
        assertFalse(printed.contains("\tat "), "no stack trace: " + printed);
        assertEquals(new String(graphBefore, StandardCharsets.UTF_8),
                Files.readString(previous.resolve("graph.graphml")), "the previous outputs are unchanged");
    }

    /**
     * The class path of the jar's users: our classes and the runtime dependencies, without the
     * test and Spark jars, whose hundreds of zip directories alone would fill a 16 MB heap.
     */
    static String userClassPath() throws java.io.IOException {
        Path runtime = Path.of("target", "runtime-classpath.txt");
        if (!Files.isRegularFile(runtime)) {
            return System.getProperty("java.class.path");
        }
        return Path.of("target", "classes") + java.io.File.pathSeparator + Files.readString(runtime).strip();
    }
}
