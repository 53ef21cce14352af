package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers tell the input's size before reading and every byte as they consume it. */
class InputBytesTest {
    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();

    private InputBytes read(Path input, long maxDocumentChars) throws IOException {
        InputBytes bytes = new InputBytes();
        Corpora.open(input, ColumnNames.DEFAULT, new ReadOptions(null, maxDocumentChars).withMeter(bytes))
                .read(documents::add, problem -> { });
        return bytes;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonlIsCountedToItsLastByte() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            // past the 64 KiB sample and the decoder's buffer, so the counting stream's reads are summed
            lines.append("{\"id\": \"").append(i).append("\", \"text\": \"روسيا و ناتو ").append(i).append("\"}\n");
        }
        Path file = write("a.jsonl", lines.toString());
        InputBytes bytes = read(file, 0);
        assertEquals(5_000, documents.size());
        assertEquals(Files.size(file), bytes.total());
        assertEquals(Files.size(file), bytes.consumed());
    }

    @Test
    void csvIsCountedToo() throws IOException {
        Path file = write("a.csv", "id,text\n1,Moscow\n2,\"Kyiv, again\"\n");
        InputBytes bytes = read(file, 0);
        assertEquals(2, documents.size());
        assertEquals(Files.size(file), bytes.total());
        assertEquals(Files.size(file), bytes.consumed());
    }

    @Test
    void aDirectoryExpectsItsTextFilesOnlyAndReachesTheTotal() throws IOException {
        write("b.txt", "second article");
        write("a/z.txt", "first, in a subdirectory");
        write("a/notes.md", "not an article, not counted");
        write("c.txt", "x".repeat(200)); // over the limit below: skipped unread, yet done
        InputBytes bytes = read(dir, 100);
        long texts = Files.size(dir.resolve("b.txt")) + Files.size(dir.resolve("a/z.txt")) + 200;
        assertEquals(2, documents.size());
        assertEquals(texts, bytes.total());
        assertEquals(texts, bytes.consumed());
    }

    @Test
    void anUnknownSizeLeavesTheTotalUnknown() {
        InputBytes bytes = new InputBytes();
        bytes.expect(100);
        bytes.expect(-1);
        bytes.expect(50);
        assertEquals(InputBytes.UNKNOWN, bytes.total());
    }
}
