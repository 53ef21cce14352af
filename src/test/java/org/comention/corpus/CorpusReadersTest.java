package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReadersTest {
    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(Path input) throws IOException {
        Corpora.open(input, ColumnNames.DEFAULT, ReadOptions.DEFAULT).read(documents::add, p -> problems.add(p.toString()));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void directoryIsReadRecursivelyInPathOrderWithRelativeIds() throws IOException {
        write("b.txt", "second");
        write("a/z.TXT", "first");
        write("a/notes.md", "ignored");
        read(dir);
        assertEquals(List.of("a/z", "b"), documents.stream().map(Document::id).toList());
        assertEquals("first", documents.get(0).text());
    }

    @Test
    void byteOrderMarkIsDroppedAndCrlfKept() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "ناتو\r\nروسيا".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        read(write("x.txt", all));
        assertEquals("ناتو\r\nروسيا", documents.get(0).text());
    }

    @Test
    void damagedUtf8FileIsSkippedWithItsLine() throws IOException {
        write("good.txt", "ok");
        byte[] bad = "الناتو\nروسيا وأوكرانيا".getBytes(StandardCharsets.UTF_8);
        bad[14] = (byte) 0xFF; // the second byte of ر, whose broken sequence starts at byte 13
        write("bad.txt", bad);
        read(dir);
        assertEquals(List.of("good"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(dir.resolve("bad.txt") + ":2: not valid UTF-8 (byte 13) and no other encoding recognised; "
                + "pass --encoding NAME; skipped"), problems);
    }

    @Test
    void emptyFileIsSkipped() throws IOException {
        write("empty.txt", "  \n");
        read(dir);
        assertEquals(List.of(), documents);
        assertEquals(List.of(dir.resolve("empty.txt") + ": empty; skipped"), problems);
    }

    @Test
    void csvWithMetadataAndQuotedNewlines() throws IOException {
        read(write("c.csv", "id,text,date,lang,extra\n1,\"line one\nline two, with comma\",2024-05-31,ar,x\n2,نص,,fa,\n"));
        assertEquals(2, documents.size());
        assertEquals("line one\nline two, with comma", documents.get(0).text());
        assertEquals("2024-05-31", documents.get(0).date());
        assertNull(documents.get(1).date(), "a blank field is no date");
        assertEquals("fa", documents.get(1).lang());
    }

    @Test
    void csvColumnNamesCanBeChanged() throws IOException {
        Path file = write("c.csv", "article_id,body\n7,hello\n");
        new CsvCorpusReader(file, new ColumnNames("article_id", "body", null, null, null, null, null), ReadOptions.DEFAULT)
                .read(documents::add, p -> problems.add(p.toString()));
        assertEquals("7", documents.get(0).id());
        assertEquals("hello", documents.get(0).text());
    }

    @Test
    void csvWithoutTextColumnIsAnErrorNamingTheFile() throws IOException {
        Path file = write("c.csv", "id,body\n1,x\n");
        UserInputException e = assertThrows(UserInputException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: no column 'text'"), e.getMessage());
    }

    @Test
    void csvShortRowAndDuplicateIdAreSkippedWithLines() throws IOException {
        Path file = write("c.csv", "id,text\n1,a\n2\n1,again\n3,c\n");
        read(file);
        assertEquals(List.of("1", "3"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(file + ":3: record has 1 field, the header 2: no text; skipped",
                file + ":4: duplicate id '1'; record skipped"), problems);
    }

    @Test
    void csvRecordsWithMoreFieldsThanTheHeaderOrABlankIdAreSkippedAndTheRestRead() throws IOException {
        Path file = write("c.csv", "id,text,date,lang,source\n"
                + "1,ok,2024-01-01,ar,x\n"
                + "2,one comma too many,2024-01-02,ar,x,y,z\n"
                + "3,\"quoted, with comma\",,,\n"
                + " ,no id,,,\n"
                + "4,short\n");
        read(file);
        assertEquals(List.of("1", "3", "4"), documents.stream().map(Document::id).toList());
        assertEquals("quoted, with comma", documents.get(1).text());
        assertEquals(List.of(file + ":3: record has 7 fields, the header 5; skipped", file + ":5: no id; record skipped"),
                problems);
    }

    @Test
    void csvWithoutIdColumnIsAnErrorNamingTheFile() throws IOException {
        Path file = write("c.csv", "key,text\n1,x\n");
        UserInputException e = assertThrows(UserInputException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: no column 'id' in the header [key, text]"), e.getMessage());
    }

    @Test
    void csvDamagedHeaderIsAnError() throws IOException {
        byte[] header = "id,نص\n1,x\n".getBytes(StandardCharsets.UTF_8);
        header[4] = (byte) 0xFF;
        byte[] body = ("2,الناتو\n".repeat(50)).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[header.length + body.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        Path file = write("c.csv", all);
        UserInputException e = assertThrows(UserInputException.class, () -> read(file));
        assertEquals(file + ":1: not valid UTF-8 in the header row", e.getMessage());
    }

    @Test
    void csvUnbalancedQuoteStopsWithTheLine() throws IOException {
        Path file = write("c.csv", "id,text\n1,ok\n2,\"never closed\n3,x\n");
        UserInputException e = assertThrows(UserInputException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed CSV"), e.getMessage());
    }

    @Test
    void jsonlReadsObjectsAndSkipsBadLines() throws IOException {
        Path file = write("c.jsonl", "{\"id\": \"a\", \"text\": \"ناتو\", \"source\": \"irna\"}\n"
                + "not json\n[1,2]\n{\"id\": 5, \"text\": \"x\"}\n{\"text\": \"no id\"}\n\n");
        read(file);
        assertEquals(List.of("a", "5"), documents.stream().map(Document::id).toList());
        assertEquals("irna", documents.get(0).source());
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).startsWith(file + ":2: not JSON"), problems.get(0));
        assertEquals(file + ":3: not a JSON object; skipped", problems.get(1));
        assertEquals(file + ":5: no \"id\"; skipped", problems.get(2));
    }

    @Test
    void jsonlMissingTextDuplicateIdsAndNonScalarIdsAreSkippedWithCrlfLineNumbers() throws IOException {
        Path file = write("c.jsonl", "{\"id\": \"a\", \"text\": \"one\"}\r\n"
                + "{\"id\": \"b\"}\r\n"
                + "{\"id\": \"a\", \"text\": \"again\"}\r\n"
                + "{\"id\": [1], \"text\": \"list id\"}\r\n"
                + "{\"id\": \"c\", \"text\": null}\r\n"
                + "{\"id\": \"d\", \"text\": \"truncated\"\r\n"
                + "{\"id\": \"e\", \"text\": \"last, without a line end\"}");
        read(file);
        assertEquals(List.of("a", "e"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(file + ":2: no \"text\"; skipped", file + ":3: duplicate id 'a'; skipped",
                file + ":4: no \"id\"; skipped", file + ":5: no \"text\"; skipped"), problems.subList(0, 4));
        assertTrue(problems.get(4).startsWith(file + ":6: not JSON ("), problems.get(4));
        assertEquals(5, problems.size());
    }

    @Test
    void jsonlNulEscapesBecomeSpaces() throws IOException {
        read(write("c.jsonl", "{\"id\": \"a\", \"text\": \"NATO\\u0000Russia\"}\n"));
        assertEquals("NATO Russia", documents.get(0).text());
    }

    @Test
    void missingInputIsAnError() {
        Path missing = dir.resolve("nope");
        assertEquals(missing + ": no such file or directory",
                assertThrows(UserInputException.class, () -> read(missing)).getMessage());
    }

    @Test
    void unknownExtensionIsAnError() throws IOException {
        Path file = write("x.pdf", "x");
        assertTrue(assertThrows(UserInputException.class, () -> read(file)).getMessage().startsWith(file + ": unknown input type"));
    }
}
