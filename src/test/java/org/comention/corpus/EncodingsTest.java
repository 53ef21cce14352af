package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte order marks, detected encodings, --encoding, binary files and NULs, in all three readers. */
class EncodingsTest {
    static final String ARABIC_SEED = "001_94cdaffb194ec641";
    static final String PERSIAN_SEED = "000_a68ea7083ff50adf";
    private static final String RUSSIAN = "Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам "
            + "с Киевом, но только на своих условиях. Об этом сообщает агентство ТАСС.\n";
    private static final String UKRAINIAN = "Президент України Володимир Зеленський зустрівся з генеральним секретарем НАТО "
            + "у Брюсселі. Сторони обговорили підтримку України, її європейську інтеграцію та ґрунтовні реформи.\n";
    private static final String FRENCH = "Le secrétaire d’État américain a rencontré le secrétaire général de l’OTAN à Bruxelles. "
            + "Ils ont évoqué « l’aide à l’Ukraine », 50 milliards €, et la sécurité européenne.\n";
    private static final String TURKISH = "ABD Dışişleri Bakanı, NATO Genel Sekreteri ile Brüksel'de görüştü. Görüşmede "
            + "Ukrayna'ya destek ve Avrupa güvenliği ele alındı.\n";

    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path input) throws IOException {
        read(input, ReadOptions.DEFAULT);
    }

    private void read(Path input, ReadOptions options) throws IOException {
        Corpora.open(input, ColumnNames.DEFAULT, options).read(documents::add, problems::add);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static String seed(String id) throws IOException {
        return Files.readString(Path.of("data/articles", id + ".txt"));
    }

    /** {@code text} in {@code charset}, with {@code ?} for what it cannot hold (Persian ی in windows-1256). */
    static byte[] encode(String text, String charset) {
        CharsetEncoder encoder = Charset.forName(charset).newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private List<String> messages() {
        return problems.stream().map(InputProblem::toString).toList();
    }

    @ParameterizedTest(name = "{0} with a byte order mark")
    @CsvSource({"UTF-8, EF BB BF", "UTF-16LE, FF FE", "UTF-16BE, FE FF", "UTF-32LE, FF FE 00 00", "UTF-32BE, 00 00 FE FF"})
    void byteOrderMarkDecidesAndIsDropped(String charset, String mark) throws IOException {
        String text = seed(ARABIC_SEED);
        byte[] bom = java.util.HexFormat.ofDelimiter(" ").parseHex(mark);
        read(write("a.txt", concat(bom, text.getBytes(Charset.forName(charset)))));
        assertEquals(text, documents.get(0).text());
        assertEquals(List.of(), problems, "a byte order mark is no guess: no warning");
    }

    @ParameterizedTest(name = "{1} in {0} is detected")
    @CsvSource({
            "windows-1256, " + ARABIC_SEED + ", windows-1256",
            "windows-1256, " + PERSIAN_SEED + ", windows-1256",
            "ISO-8859-6, " + ARABIC_SEED + ", ISO-8859-6",
            "UTF-16LE, " + ARABIC_SEED + ", UTF-16LE",
            "UTF-16BE, " + PERSIAN_SEED + ", UTF-16BE",
            "windows-1251, RUSSIAN, windows-1251",
            "windows-1251, UKRAINIAN, windows-1251",
            "KOI8-R, RUSSIAN, KOI8-U",
            "KOI8-U, UKRAINIAN, KOI8-U",
            "ISO-8859-5, RUSSIAN, ISO-8859-5",
            "windows-1252, FRENCH, windows-1252",
            "ISO-8859-9, TURKISH, ISO-8859-9",
            "UTF-16LE, FRENCH, UTF-16LE",
    })
    void textInAnotherEncodingIsDecodedWithAWarning(String charset, String which, String detected) throws IOException {
        String text = switch (which) {
            case "RUSSIAN" -> RUSSIAN;
            case "UKRAINIAN" -> UKRAINIAN;
            case "FRENCH" -> FRENCH;
            case "TURKISH" -> TURKISH;
            // Persian in windows-1256 is written with the Arabic ي, which it has, for the ی it lacks
            default -> charset.equals("windows-1256") ? seed(which).replace('ی', 'ي') : seed(which);
        };
        byte[] bytes = encode(text, charset);
        Path file = write("a.txt", bytes);
        read(dir);
        assertEquals(new String(bytes, Charset.forName(charset)), documents.get(0).text());
        assertEquals(List.of(file + ": not UTF-8, decoded as " + detected + " (detected); pass --encoding to choose"), messages());
        assertFalse(problems.get(0).skipped(), "a warning, not a skip: the document is read");
    }

    @Test
    void givenEncodingDecodesWithoutWarningAndStrictly() throws IOException {
        byte[] arabic = encode(seed(ARABIC_SEED), "windows-1256");
        write("a.txt", arabic);
        write("b.txt", "Café \u0081".getBytes(StandardCharsets.ISO_8859_1));
        read(dir, new ReadOptions(Charset.forName("windows-1252"), ReadOptions.DEFAULT_MAX_DOCUMENT_CHARS));
        assertEquals(new String(arabic, Charset.forName("windows-1252")), documents.get(0).text(), "as told, even if wrong");
        assertEquals(List.of(dir.resolve("b.txt") + ":1: not valid windows-1252 (byte 5); skipped"), messages());
    }

    @Test
    void unknownEncodingNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadOptions.of("klingon-8", 0));
        assertTrue(e.getMessage().startsWith("unknown charset 'klingon-8'"), e.getMessage());
    }

    @Test
    void bytesOfNoKnownEncodingAreSkippedSuggestingEncoding() throws IOException {
        byte[] noise = new byte[4000];
        Random random = new Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + random.nextInt(128)); // no control bytes: not binary, yet no language
        }
        noise[0] = (byte) 0xFF; // never UTF-8
        Path file = write("noise.txt", noise);
        write("good.txt", "ok".getBytes(StandardCharsets.UTF_8));
        read(dir);
        assertEquals(List.of("good"), documents.stream().map(Document::id).toList());
        assertEquals(1, problems.size());
        String message = problems.get(0).toString();
        assertTrue(message.startsWith(file + ":1: not valid UTF-8 (byte 0)") && message.endsWith("pass --encoding NAME; skipped"),
                message);
        UserInputException alone = assertThrows(UserInputException.class,
                () -> new TextFileReader(file, ReadOptions.DEFAULT).read(documents::add, problems::add));
        assertTrue(alone.getMessage().endsWith("pass --encoding NAME"), "a single file fails: " + alone.getMessage());
    }

    @Test
    void utf8ReadAsLatinWouldBeMojibakeSoDamagedUtf8StaysUtf8() throws IOException {
        byte[] bytes = ("The minister said. " + FRENCH).getBytes(StandardCharsets.UTF_8);
        bytes[5] = (byte) 0xE9; // one Latin-1 é in UTF-8 text: ICU ranks windows-1252 first, whose text is Ã©
        Path file = write("a.txt", bytes);
        read(dir);
        assertEquals(List.of(), documents);
        assertTrue(messages().get(0).startsWith(file + ":1: not valid UTF-8 (byte 5)"), messages().toString());
    }

    @Test
    void binaryFilesAreSkipped() throws IOException {
        byte[] png = new byte[3000];
        new Random(3).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        write("photo.txt", png);
        byte[] zeros = new byte[2048];
        write("zeros.txt", zeros);
        // valid UTF-8, but mostly control characters
        write("controls.txt", "\u0001\u0002\u0003\u0004 a b c \u0005\u0006".getBytes(StandardCharsets.UTF_8));
        write("good.txt", "ok".getBytes(StandardCharsets.UTF_8));
        read(dir);
        assertEquals(List.of("good"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(dir.resolve("controls.txt") + ": binary file (not text); skipped",
                dir.resolve("photo.txt") + ": binary file (not text); skipped",
                dir.resolve("zeros.txt") + ": binary file (not text); skipped"), messages());
    }

    @Test
    void strayNulsInTextBecomeSpaces() throws IOException {
        String text = seed(ARABIC_SEED);
        String withNuls = text.substring(0, 100) + "\0" + text.substring(100, 2000) + "\0\0" + text.substring(2000);
        write("a.txt", withNuls.getBytes(StandardCharsets.UTF_8));
        read(dir);
        assertEquals(List.of(), problems);
        assertEquals(withNuls.replace('\0', ' '), documents.get(0).text(), "a space each, so offsets stay");
    }

    @Test
    void filesNotEndingInTxtAreSummarisedInOneWarning() throws IOException {
        Files.createDirectories(dir.resolve("img"));
        write("img/photo.jpg", new byte[] {1, 2});
        write("notes.md", "x".getBytes(StandardCharsets.UTF_8));
        write("readme", "x".getBytes(StandardCharsets.UTF_8));
        write("a.txt", "ok".getBytes(StandardCharsets.UTF_8));
        read(dir);
        assertEquals(List.of("a"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(dir + ": 3 files not ending in .txt ignored (img/photo.jpg, ...)"), messages());
        assertFalse(problems.get(0).skipped(), "not documents: no skip");
    }

    @Test
    void csvInWindows1256IsDetected() throws IOException {
        String text = new String(encode(seed(ARABIC_SEED), "windows-1256"), Charset.forName("windows-1256"));
        Path file = write("a.csv", encode("id,text\n1,\"" + text.replace("\"", "\"\"") + "\"\n2,ناتو\n", "windows-1256"));
        read(file);
        assertEquals(List.of("1", "2"), documents.stream().map(Document::id).toList());
        assertEquals(text, documents.get(0).text());
        assertEquals(List.of(file + ": not UTF-8, decoded as windows-1256 (detected); pass --encoding to choose"), messages());
    }

    @Test
    void jsonlInUtf16WithAMarkAndCsvInUtf16WithoutOne() throws IOException {
        String line = "{\"id\": \"a\", \"text\": \"ستولتنبرغ في كييف\"}\n{\"id\": \"b\", \"text\": \"Блинкен\"}\n";
        read(write("a.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, line.getBytes(StandardCharsets.UTF_16LE))));
        Path csv = write("b.csv", "id,text\nc,ستولتنبرغ في كييف\n".getBytes(StandardCharsets.UTF_16BE));
        read(csv);
        assertEquals(List.of("a", "b", "c"), documents.stream().map(Document::id).toList());
        assertEquals("ستولتنبرغ في كييف", documents.get(2).text());
        assertEquals(List.of(csv + ": not UTF-8, decoded as UTF-16BE (detected); pass --encoding to choose"), messages());
    }

    /** Rows of UTF-8 Arabic text, enough to put a damaged one past the first 64 KiB the charset is chosen from. */
    private static String rows(int from, int to, String separator) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(separator.equals(",") ? i + ",وقال ستولتنبرغ إن الناتو يدعم أوكرانيا رقم " + i + "\n"
                    : "{\"id\": \"" + i + "\", \"text\": \"وقال ستولتنبرغ إن الناتو يدعم أوكرانيا رقم " + i + "\"}\n");
        }
        return s.toString();
    }

    /** {@code before}, a byte that is never UTF-8, then {@code after}. */
    private static byte[] damaged(String before, String after) {
        return concat(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}, after.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void damagedBytesInACsvSkipOnlyTheirRecord() throws IOException {
        // row 10 (line 11) is damaged within the first 64 KiB, row 2000 (lines 2001 and 2002, quoted) far beyond them
        byte[] head = ("id,text\n" + rows(1, 10, ",")).getBytes(StandardCharsets.UTF_8);
        byte[] middle = rows(11, 2000, ",").getBytes(StandardCharsets.UTF_8);
        byte[] tail = rows(2001, 2003, ",").getBytes(StandardCharsets.UTF_8);
        assertTrue(head.length < Encodings.SAMPLE_BYTES && head.length + middle.length > Encodings.SAMPLE_BYTES);
        Path file = write("a.csv", concat(head, damaged("10,سطر ", " تالف\n"), middle, damaged("2000,\"سطر\nتالف ", "\"\n"), tail));
        read(file);
        assertEquals(2000, documents.size());
        assertFalse(documents.stream().anyMatch(d -> d.id().equals("10") || d.id().equals("2000")));
        assertEquals(List.of(file + ":11: not valid UTF-8; skipped", file + ":2002: not valid UTF-8; skipped"), messages());
    }

    @Test
    void damagedBytesInAJsonlFileSkipOnlyTheirLineAlsoWithCrLineEnds() throws IOException {
        byte[] head = rows(1, 3, "json").replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        byte[] middle = rows(4, 2000, "json").getBytes(StandardCharsets.UTF_8);
        Path file = write("a.jsonl", concat(head, damaged("{\"id\": \"3\", \"text\": \"x ", "\"}\r"), middle,
                damaged("{\"id\": \"2000\", \"text\": \"y ", "\"}\r\n"), rows(2001, 2002, "json").getBytes(StandardCharsets.UTF_8)));
        read(file);
        assertEquals(1999, documents.size());
        assertEquals(List.of(file + ":3: not valid UTF-8; skipped", file + ":2000: not valid UTF-8; skipped"), messages());
    }

    @Test
    void binaryCsvOrJsonlIsRefused() throws IOException {
        byte[] zip = new byte[5000];
        new Random(5).nextBytes(zip);
        System.arraycopy(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, 0, zip, 0, 8);
        for (String name : new String[] {"sheet.csv", "lines.jsonl"}) {
            Path file = write(name, zip);
            UserInputException e = assertThrows(UserInputException.class, () -> read(file));
            assertEquals(file + ": binary file (not text)", e.getMessage());
        }
    }
}
