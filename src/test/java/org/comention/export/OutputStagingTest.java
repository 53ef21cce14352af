package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
            staging.publish("run.json");
        }
        assertEquals("new", Files.readString(dir.resolve("graph.graphml")));
        assertEquals("{}", Files.readString(dir.resolve("run.json")));
        assertEquals(List.of("graph.graphml", "run.json"), names(dir), "the staging directory is gone");
    }

    @Test
    void aRunThatFailsLeavesThePreviousOutputsAndNoTrace() throws IOException {
        Files.writeString(dir.resolve("edges.csv"), "previous");
        try (OutputStaging staging = OutputStaging.open(dir)) {
            AtomicOutput.write(staging.file("edges.csv"), w -> w.write("half of the new one"));
            // no publish: the run failed after this file
        }
        assertEquals("previous", Files.readString(dir.resolve("edges.csv")));
        assertEquals(List.of("edges.csv"), names(dir));
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
        assertEquals(List.of(".comention-run-notes"), names(dir));
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
            assertEquals(List.of("nodes.csv"), names(out));
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
