package org.comention.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a count writes its tables, on Hadoop's local file system (no Spark): {@code --tables}
 * checked before the count, and the tables put in place whole or not at all.
 */
class TablesDirectoryTest {
    private static final String PART = "Source,Target,Weight\na,b,1\n";

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsRefusedAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("tables"), "not a directory");
        UserInputException refused = assertThrows(UserInputException.class,
                () -> TablesDirectory.prepare(file.toString(), new Configuration()));
        assertEquals(file + ": exists and is not a directory; give --tables a new directory", refused.getMessage());
        assertEquals(List.of("tables"), names(dir), "nothing made beside it");
    }

    @Test
    void aDirectoryHoldingSomethingElseIsRefusedAndLeftAlone() throws IOException {
        Path other = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(other.resolve("holiday.jpg"), "jpeg");
        UserInputException refused = assertThrows(UserInputException.class,
                () -> TablesDirectory.prepare(other.toString(), new Configuration()));
        assertTrue(refused.getMessage().startsWith(other + ": not empty and not the tables of `comention spark`"),
                refused.getMessage());
        assertEquals(List.of("holiday.jpg"), names(other));
    }

    @Test
    void aCountThatDiesLeavesTheEarlierTablesWholeAndOneThatEndsReplacesThem() throws IOException {
        Path tables = dir.resolve("tables");
        TablesDirectory first = TablesDirectory.prepare(tables.toString(), new Configuration());
        writeTables(first, "part-00000.csv", "part-00001.csv");
        first.publish();
        first.discard();
        assertEquals(List.of("tables"), names(dir), "no staging directory left");
        assertEquals(List.of("part-00000.csv", "part-00001.csv"), names(tables.resolve("edges.csv")));

        // the driver dies while writing its tables: the earlier ones are untouched, not mixed with the new
        TablesDirectory dying = TablesDirectory.prepare(tables.toString(), new Configuration());
        writePart(dying, "edges", "part-00000-new.csv");
        assertEquals(List.of("part-00000.csv", "part-00001.csv"), names(tables.resolve("edges.csv")));
        assertEquals("first", Files.readString(tables.resolve(Tables.CORPUS)));

        TablesDirectory second = TablesDirectory.prepare(tables.toString(), new Configuration());
        writeTables(second, "part-00000-second.csv");
        Map<String, Map<String, Long>> parts = second.parts(Tables.NODES, Tables.EDGES, Tables.FORMS);
        assertEquals(Map.of("part-00000-second.csv", (long) PART.length()), parts.get("edges.csv"),
                "hidden and _ files are no parts");
        Files.writeString(Path.of(second.staging().toUri()).resolve(Tables.CORPUS), "second");
        second.publish();
        assertEquals(List.of("part-00000-second.csv"), names(tables.resolve("edges.csv")));
        assertEquals("second", Files.readString(tables.resolve(Tables.CORPUS)));
        // the one that died left its hidden directory; the one that ended, nothing
        assertEquals(2, names(dir).size(), names(dir).toString());
    }

    private static void writeTables(TablesDirectory target, String... parts) throws IOException {
        for (String table : List.of(Tables.NODES, Tables.EDGES, Tables.FORMS)) {
            for (String part : parts) {
                writePart(target, table, part);
            }
            Files.writeString(Path.of(target.staging().toUri()).resolve(table + ".csv/_SUCCESS"), "");
            Files.writeString(Path.of(target.staging().toUri()).resolve(table + ".csv/." + parts[0] + ".crc"), "crc");
        }
        Files.writeString(Path.of(target.staging().toUri()).resolve(Tables.CORPUS), "first");
    }

    private static void writePart(TablesDirectory target, String table, String part) throws IOException {
        Path directory = Files.createDirectories(Path.of(target.staging().toUri()).resolve(table + ".csv"));
        Files.writeString(directory.resolve(part), PART);
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            // not _SUCCESS nor Hadoop's checksums; but the hidden directories a count leaves
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("_"))
                    .filter(n -> !n.startsWith(".") || n.endsWith(".tmp") || n.endsWith(".old")).sorted().toList();
        }
    }
}
