package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comention.bench.SyntheticGazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gazetteer of 100,000 aliases (a Wikidata import of one region) builds its matcher in a heap of
 * 320 MB, in a JVM of its own: the matcher's memory grows with the gazetteer. The double-array
 * builder it replaced needed 2.6 GB for this many and ran out of such a heap.
 */
class LargeGazetteerTest {
    @TempDir
    Path dir;

    @Test
    void aHundredThousandAliasesFitInASmallHeapAndAreFound() throws Exception {
        Path gazetteer = dir.resolve("gazetteer");
        SyntheticGazetteer.write(100_000, gazetteer, 11);
        List<String> aliases = Files.readAllLines(gazetteer.resolve("aliases.csv"), StandardCharsets.UTF_8);
        assertEquals(100_001, aliases.size(), "a header and the aliases");
        // an article naming the first and the last entity of the table, one in Latin, one in Arabic script
        String[] first = aliases.get(1).split(",");
        String[] last = aliases.get(aliases.size() - 1).split(",");
        Path input = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(input.resolve("a.txt"), "Talks between " + first[2] + " and " + last[2] + " ended.\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-Xmx320m", "-cp", OutOfMemoryTest.userClassPath(), Main.class.getName(),
                "build", "--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--gazetteer", gazetteer.toString(), "--quiet")
                .redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(run.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), printed);
        String mentions = Files.readString(dir.resolve("out").resolve("mentions.csv"));
        assertTrue(mentions.contains(first[0]) && mentions.contains(last[0]), mentions);
    }
}
