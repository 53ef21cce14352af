package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file in a detected 8-bit encoding with lines in UTF-8 among them (issue 17, section 4): each
 * line is decoded in its own encoding, whatever the line ends, the line lengths and the reads.
 */
class MixedEncodingLinesTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final String ARABIC = "روسيا وإيران وقعتا اتفاقا مع الصين في موسكو، وقال بوتين إن التعاون سيستمر.";
    private static final String PERSIAN_IN_1256 = "وزير خارجه ايران در تهران با همتاي روسي خود ديدار کرد.";

    /** Reads all of {@code bytes} through a reader, in reads of random sizes, as the CSV and line readers do. */
    private static String readAll(byte[] bytes, Random random) throws Exception {
        try (DecodingReader reader = DecodingReader.open(new ByteArrayInputStream(bytes), null)) {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[1 + random.nextInt(9000)];
            for (int n = reader.read(buffer, 0, 1 + random.nextInt(buffer.length)); n >= 0;
                 n = reader.read(buffer, 0, 1 + random.nextInt(buffer.length))) {
                s.append(buffer, 0, n);
            }
            assertFalse(reader.damagedUpTo(Long.MAX_VALUE), "no line is damaged");
            return s.toString();
        }
    }

    @Test
    void eachLineIsReadInItsOwnEncoding() throws Exception {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StringBuilder expected = new StringBuilder();
            // the head decides the file: windows-1256
            String head = (ARABIC + " ").repeat(20);
            bytes.writeBytes(head.getBytes(CP1256));
            expected.append(head);
            int lines = 1 + random.nextInt(60);
            for (int i = 0; i < lines; i++) {
                String end = switch (random.nextInt(3)) {
                    case 0 -> "\n";
                    case 1 -> "\r";
                    default -> "\r\n";
                };
                bytes.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
                expected.append(end);
                String text = switch (random.nextInt(4)) {
                    case 0 -> "id" + i + ",plain ASCII";
                    case 1 -> i + ",\"" + PERSIAN_IN_1256 + "\"";
                    // longer than the buffer and the sample: the rest of the line follows its head
                    case 2 -> i + ",\"" + (ARABIC + " ").repeat(random.nextInt(2) == 0 ? 3 : 2000) + "\"";
                    default -> i + ",\"" + ARABIC + "\"";
                };
                boolean utf8 = random.nextBoolean();
                bytes.writeBytes(text.getBytes(utf8 ? StandardCharsets.UTF_8 : CP1256));
                expected.append(text);
            }
            String read = readAll(bytes.toByteArray(), random);
            assertEquals(expected.length(), read.length(), "seed " + seed + " at " + firstDifference(expected, read));
            assertTrue(expected.toString().equals(read), "seed " + seed + " at " + firstDifference(expected, read));
        }
    }

    private static String firstDifference(CharSequence a, CharSequence b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + ": expected '" + a.subSequence(Math.max(0, i - 5), Math.min(a.length(), i + 20)) + "' but read '"
                + b.subSequence(Math.max(0, i - 5), Math.min(b.length(), i + 20)) + "'";
    }

    @Test
    void aFileThatIsAllOneEncodingSaysSoAsBefore() throws Exception {
        byte[] bytes = ((ARABIC + "\n").repeat(50)).getBytes(CP1256);
        try (DecodingReader reader = DecodingReader.open(new ByteArrayInputStream(bytes), null)) {
            char[] buffer = new char[1 << 16];
            StringBuilder s = new StringBuilder();
            for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
                s.append(buffer, 0, n);
            }
            assertEquals((ARABIC + "\n").repeat(50), s.toString());
            assertEquals("not UTF-8, decoded as windows-1256 (detected); pass --encoding to choose", reader.warning());
        }
    }

    @Test
    void aGivenEncodingIsNeverSecondGuessed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((ARABIC + "\n").getBytes(CP1256));
        bytes.writeBytes((ARABIC + "\n").getBytes(StandardCharsets.UTF_8));
        try (DecodingReader reader = DecodingReader.open(new ByteArrayInputStream(bytes.toByteArray()), CP1256)) {
            char[] buffer = new char[1 << 16];
            int n = reader.read(buffer, 0, buffer.length);
            String read = new String(buffer, 0, n);
            assertEquals(ARABIC + "\n" + new String((ARABIC + "\n").getBytes(StandardCharsets.UTF_8), CP1256), read);
            assertNull(reader.warning());
        }
    }

    @Test
    void aLineDamagedPastItsSampleIsStillFoundDamaged() throws Exception {
        // a UTF-8 line whose tail, past the sample, is windows-1256: its line is reported, not mangled in silence
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int head = 1000;
        bytes.writeBytes((ARABIC + "\n").repeat(head).getBytes(CP1256));
        bytes.writeBytes("x".repeat(DecodingReader.LINE_SAMPLE + 10).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(ARABIC.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((ARABIC + "\n").getBytes(CP1256));
        bytes.writeBytes((ARABIC + "\n").getBytes(CP1256));
        try (InputStream in = new ByteArrayInputStream(bytes.toByteArray());
             DecodingReader reader = DecodingReader.open(in, null)) {
            LineReader lines = new LineReader(reader, Long.MAX_VALUE);
            for (int i = 1; i <= head; i++) {
                lines.next();
                assertFalse(reader.damagedUpTo(i), "line " + i);
            }
            LineReader.Line long_ = lines.next();
            assertTrue(long_.text().startsWith("xxx"));
            assertTrue(reader.damagedUpTo(head + 1), "the long line holds bytes that are not UTF-8 after its UTF-8 head");
            assertEquals(ARABIC, lines.next().text());
            assertFalse(reader.damagedUpTo(head + 2));
        }
    }

    @Test
    void readsOfEveryLengthGiveTheSameText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((ARABIC + "\r\n").repeat(3).getBytes(CP1256));
        bytes.writeBytes((ARABIC + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(ARABIC.getBytes(CP1256));
        String expected = (ARABIC + "\r\n").repeat(4) + ARABIC;
        for (int seed = 0; seed < 20; seed++) {
            assertEquals(expected, readAll(bytes.toByteArray(), new Random(seed)));
        }
    }
}
