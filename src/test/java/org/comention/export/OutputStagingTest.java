package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStagingTest {
    @TempDir
    Path dir;

    @Test
    void nothingReplacesThePreviousOutputsBeforePublish() throws IOException {
        Files.writeString(dir.resolve("graph.graphml"), "previous");
        try (OutputStaging staging = OutputStaging.open(dir)) {
            AtomicOutput.write(staging.file("graph.graphml"), w -> w.write("new"));
            AtomicOutput.write(staging.file("run.json"), w -> w.write("{}"));
            assertEquals("previous", Files.readString(dir.resolve("graph.graphml")));
            assertFalse(Files.exists(dir.resolve("run.json")));
            staging.publish("run.json", List.of());
        }
        assertEquals("new", Files.readString(dir.resolve("graph.graphml")));
        assertEquals("{}", Files.readString(dir.resolve("run.json")));
        assertEquals(List.of(OutputStaging.LOCK, "graph.graphml", "run.json"), names(dir), "the staging directory is gone");
    }

    @Test
    void aRunThatFailsLeavesThePreviousOutputsAndNoTrace() throws IOException {
        Files.writeString(dir.resolve("edges.csv"), "previous");
        try (OutputStaging staging = OutputStaging.open(dir)) {
            AtomicOutput.write(staging.file("edges.csv"), w -> w.write("half of the new one"));
            // no publish: the run failed after this file
        }
        assertEquals("previous", Files.readString(dir.resolve("edges.csv")));
        assertEquals(List.of(OutputStaging.LOCK, "edges.csv"), names(dir));
    }

    @Test
    void theNextRunRemovesWhatAKilledRunLeftBehind() throws IOException {
        Path killed = Files.createDirectories(dir.resolve(OutputStaging.PREFIX + "12345"));
        Files.writeString(killed.resolve("mentions.csv"), "doc_id,entity_id\nhalf");
        Files.writeString(dir.resolve(".comention-run-notes"), "a file of the user's with a similar name stays");
        try (OutputStaging staging = OutputStaging.open(dir)) {
            assertEquals(1, staging.staleRemoved());
        }
        assertFalse(Files.exists(killed));
        assertEquals(List.of(".comention-run-notes", OutputStaging.LOCK), names(dir));
    }

    @Test
    void aFullDiskFailsTheWriteNamingTheFileAndLeavesNoTemporaryFile() throws IOException {
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(64 * 1024).build())) {
            Path out = Files.createDirectories(small.getPath("/out"));
            Files.writeString(out.resolve("nodes.csv"), "previous");
            try (OutputStaging staging = OutputStaging.open(out)) {
                OutputException full = assertThrows(OutputException.class, () -> AtomicOutput.write(staging.file("nodes.csv"),
                        w -> {
                            for (int i = 0; i < 100_000; i++) {
                                w.write("a row that will not fit\n");
                            }
                        }));
                assertEquals("nodes.csv", full.fileName());
                assertTrue(full.getMessage().startsWith("nodes.csv: cannot write ("), full.getMessage());
            }
            assertEquals("previous", Files.readString(out.resolve("nodes.csv")));
            assertEquals(List.of(OutputStaging.LOCK, "nodes.csv"), names(out));
        }
    }

    @Test
    void aCrashBetweenTheMovesIsCompletedByTheNextRunSoNoMixOfTwoRunsStays() throws IOException {
        for (int crashAt = 0; crashAt <= SET.size(); crashAt++) {
            for (String name : SET) {
                Files.writeString(dir.resolve(name), "previous " + name);
            }
            Files.writeString(dir.resolve("mentions.csv"), "previous mentions, which the new run retires");
            int allowed = crashAt;
            int[] moved = {0};
            // the mover stops working after `allowed` moves and nothing cleans up after it, as after a kill
            OutputStaging.Mover dying = (source, target) -> {
                if (moved[0]++ == allowed) {
                    throw new IOException("killed");
                }
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            };
            OutputStaging staging = OutputStaging.open(dir, dying);
            for (String name : SET) {
                AtomicOutput.write(staging.file(name), w -> w.write("new " + name + " " + allowed));
            }
            if (crashAt < SET.size()) {
                UserInputException stopped = assertThrows(UserInputException.class,
                        () -> staging.publish("run.json", List.of("mentions.csv")));
                assertTrue(stopped.getMessage().endsWith(": cannot move into place (killed); the new outputs are published "
                        + "in part: the next comention build into " + dir + ", or a comention rank of its graph, completes them"),
                        stopped.getMessage());
                long fromNew = SET.stream().filter(n -> read(dir.resolve(n)).startsWith("new ")).count();
                assertEquals(crashAt, fromNew, "the crash left a mix of old and new files");
                staging.close(); // releases the lock, as the end of a killed process does
            } else {
                staging.publish("run.json", List.of("mentions.csv"));
                staging.close();
            }
            OutputStaging.open(dir).close(); // the next run, or rank (finishInterrupted), completes it
            for (String name : SET) {
                assertEquals("new " + name + " " + allowed, read(dir.resolve(name)), name + " after a crash at move " + crashAt);
            }
            assertFalse(Files.exists(dir.resolve("mentions.csv")), "the retired file is gone");
            assertEquals(List.of(OutputStaging.LOCK, "graph.graphml", "nodes.csv", "run.json"), names(dir));
        }
    }

    @Test
    void aReaderCompletesAnInterruptedPublishButLeavesALockedDirectoryToItsRun() throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), "previous");
        OutputStaging killed = OutputStaging.open(dir, (source, target) -> {
            throw new IOException("killed");
        });
        AtomicOutput.write(killed.file("nodes.csv"), w -> w.write("new"));
        AtomicOutput.write(killed.file("run.json"), w -> w.write("{}"));
        assertThrows(UserInputException.class, () -> killed.publish("run.json", List.of()));
        assertEquals(0, OutputStaging.finishInterrupted(dir), "a live run holds the lock: it is left alone");
        assertEquals("previous", read(dir.resolve("nodes.csv")));
        killed.close();
        assertEquals(1, OutputStaging.finishInterrupted(dir));
        assertEquals("new", read(dir.resolve("nodes.csv")));
        assertEquals("{}", read(dir.resolve("run.json")));
        assertEquals(0, OutputStaging.finishInterrupted(dir));
    }

    @Test
    void aJournalNamingAnythingButTheOutputsIsRefusedAndNothingIsMovedOrRemoved() throws IOException {
        Path outputs = Files.createDirectories(dir.resolve("downloaded"));
        Files.writeString(dir.resolve("thesis.txt"), "the user's own");
        Files.writeString(outputs.resolve("notes.txt"), "the user's own too");
        Files.writeString(outputs.resolve("graph.graphml"), "<graphml/>");
        Path crafted = Files.createDirectories(outputs.resolve(OutputStaging.PUBLISHING + "1"));
        Files.writeString(crafted.resolve("notes.txt"), "overwritten");
        Files.writeString(crafted.resolve("graph.graphml"), "replaced");
        for (String journal : List.of("move graph.graphml\nremove ../thesis.txt\n", "move notes.txt\n",
                "remove notes.txt\n", "move graph.graphml\nmove ../graph.graphml\n", "delete graph.graphml\n")) {
            Files.writeString(crafted.resolve(OutputStaging.JOURNAL), journal);
            IOException refused = assertThrows(IOException.class, () -> OutputStaging.finishInterrupted(outputs));
            assertTrue(refused.getMessage().startsWith(outputs + ": a hidden .comention-publish-* directory there is "
                    + "not a publish of comention's"), refused.getMessage());
            assertThrows(IOException.class, () -> OutputStaging.open(outputs), "a build refuses it too");
            assertEquals("the user's own", read(dir.resolve("thesis.txt")), journal);
            assertEquals("the user's own too", read(outputs.resolve("notes.txt")), journal);
            assertEquals("<graphml/>", read(outputs.resolve("graph.graphml")), journal);
        }
    }

    @Test
    void aReaderMakesNoLockFileWhereNothingIsPending() throws IOException {
        Files.writeString(dir.resolve("graph.graphml"), "<graphml/>");
        assertEquals(0, OutputStaging.finishInterrupted(dir));
        assertEquals(List.of("graph.graphml"), names(dir));
    }

    @Test
    void aSecondRunIntoTheSameDirectoryIsRefusedAndTheFirstKeepsItsStaging() throws IOException {
        try (OutputStaging first = OutputStaging.open(dir)) {
            AtomicOutput.write(first.file("edges.csv"), w -> w.write("first"));
            UserInputException busy = assertThrows(UserInputException.class, () -> OutputStaging.open(dir));
            assertTrue(busy.getMessage().startsWith(dir + ": another comention run is writing its outputs here"),
                    busy.getMessage());
            assertTrue(Files.exists(first.file("edges.csv")), "the first run's staging directory is untouched");
            AtomicOutput.write(first.file("run.json"), w -> w.write("{}"));
            first.publish("run.json", List.of());
        }
        assertEquals("first", read(dir.resolve("edges.csv")));
        OutputStaging.open(dir).close(); // the lock is free again
    }

    @Test
    void temporaryFilesLeftInTheStagingDirectoryAreNotPublished() throws IOException {
        try (OutputStaging staging = OutputStaging.open(dir)) {
            AtomicOutput unfinished = AtomicOutput.open(staging.file("mentions.csv"));
            AtomicOutput.write(staging.file("run.json"), w -> w.write("{}"));
            staging.publish("run.json", List.of());
            unfinished.close();
        }
        assertEquals(List.of(OutputStaging.LOCK, "run.json"), names(dir));
    }

    @Test
    void theManifestHasTheSizeAndSha256OfEveryStagedFileAndTellsAChangedOne() throws IOException {
        try (OutputStaging staging = OutputStaging.open(dir)) {
            AtomicOutput.write(staging.file("nodes.csv"), w -> w.write("abc"));
            AtomicOutput.write(staging.file("edges.csv"), w -> w.write(""));
            Map<String, Object> manifest = staging.manifest(2);
            assertEquals(List.of("edges.csv", "nodes.csv"), List.copyOf(manifest.keySet()));
            // sha256sum of "abc", the FIPS 180-2 example
            assertEquals(Map.of("bytes", 3L, "sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                    manifest.get("nodes.csv"));
            JsonFile.write(Map.of("program", Map.of("name", "comention"), OutputManifest.FIELD, manifest),
                    staging.file("run.json"));
            staging.publish("run.json", List.of());
        }
        assertNull(OutputManifest.mismatch(dir.resolve("nodes.csv")));
        assertNull(OutputManifest.mismatch(dir.resolve("edges.csv")));
        Files.writeString(dir.resolve("nodes.csv"), "abd");
        assertEquals("its SHA-256 is not the one run.json gives", OutputManifest.mismatch(dir.resolve("nodes.csv")));
        Files.writeString(dir.resolve("edges.csv"), "x");
        assertEquals("its size is 1 bytes, run.json says 0", OutputManifest.mismatch(dir.resolve("edges.csv")));
        Files.writeString(dir.resolve("other.graphml"), "not in the manifest");
        assertNull(OutputManifest.mismatch(dir.resolve("other.graphml")));
        Files.writeString(dir.resolve("run.json"), "not json {");
        assertNull(OutputManifest.mismatch(dir.resolve("nodes.csv")), "no manifest to check against");
    }

    private static final List<String> SET = List.of("graph.graphml", "nodes.csv", "run.json");

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
