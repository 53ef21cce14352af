package org.comention.corpus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Set;

/**
 * Decides how the bytes of an input file become text, and decodes them strictly (an invalid byte
 * is an error, never a silent U+FFFD).
 *
 * <p>In order: a byte order mark (UTF-8, UTF-16, UTF-32) decides, and is dropped; else
 * {@code --encoding}; else UTF-8 when the bytes are valid UTF-8 text; else UTF-16 without a mark,
 * when zero bytes (the high halves of ASCII characters) fall on every other byte; else, unless the
 * bytes are binary, ICU4J's {@link CharsetDetector}, whose answer is taken only for the encodings
 * of this project's languages, above a confidence, and when the bytes decode in it without error
 * into plausible text. The decision looks at the first {@value #SAMPLE_BYTES} bytes, so a file of
 * gigabytes is judged by the same evidence as a short one.
 */
final class Encodings {
    /** Bytes looked at to decide; enough for ICU's statistics, and bounded for huge files. */
    static final int SAMPLE_BYTES = 64 * 1024;
    /** Characters looked at to tell binary from text, as git looks at its first 8000 bytes. */
    private static final int BINARY_SAMPLE = 8 * 1024;
    /**
     * ICU's confidence runs from 0 to 100. Random bytes reach 5 (as KOI8-R); Persian in
     * windows-1256 reaches only 15 to 20, because ICU's model of that encoding is Arabic text.
     */
    private static final int MIN_CONFIDENCE = 10;
    /**
     * ICU's names of the encodings of Arabic and Persian, Western European and Turkish, and
     * Cyrillic text. The others it knows (CJK, Greek, Hebrew, EBCDIC, Central European) are not
     * this project's languages and would only add wrong guesses. UTF-8 is there so that UTF-8 with
     * a few bad bytes is recognised as damaged UTF-8 rather than read as Latin-1.
     */
    private static final Set<String> DETECTED = Set.of("UTF-8", "windows-1256", "ISO-8859-6", "windows-1252",
            "ISO-8859-1", "windows-1254", "ISO-8859-9", "windows-1251", "KOI8-R", "ISO-8859-5");

    private Encodings() {
    }

    /** How the charset of a file was chosen. */
    enum How { BYTE_ORDER_MARK, GIVEN, UTF8, DETECTED }

    /** The charset to decode a file with, and how many bytes of byte order mark to drop first. */
    record Choice(Charset charset, int bomLength, How how) {

        /** The warning for a detected charset, or {@code null}. */
        String warning() {
            return how == How.DETECTED ? "not UTF-8, decoded as " + charset.name() + " (detected); pass --encoding to choose" : null;
        }

        /** What is wrong with a byte at {@code byteOffset} that does not decode. */
        String invalid(long byteOffset) {
            String what = "not valid " + charset.name() + " (byte " + byteOffset + ")";
            return switch (how) {
                case UTF8 -> what + " and no other encoding recognised; pass --encoding NAME";
                case DETECTED -> what + ", the encoding its first bytes suggested; pass --encoding NAME";
                case BYTE_ORDER_MARK -> what + " after its byte order mark";
                case GIVEN -> what;
            };
        }
    }

    /** A file that cannot be read as text: binary, or bytes its charset rejects. */
    static final class UndecodableException extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        UndecodableException(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The charset called {@code name}, for {@code --encoding}. */
    static Charset named(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown charset '" + name + "' (known ones include UTF-8, windows-1256, "
                    + "ISO-8859-6, UTF-16LE, windows-1251, KOI8-U, windows-1252)");
        }
    }

    /**
     * Chooses the charset of a file from its first {@code length} bytes; {@code whole} says whether
     * they are all of it (else a character cut at the end of the sample is no error).
     */
    static Choice choose(byte[] head, int length, boolean whole, Charset given) throws UndecodableException {
        Choice marked = byteOrderMark(head, length);
        if (marked != null) {
            return marked;
        }
        if (given != null) {
            return new Choice(given, 0, How.GIVEN);
        }
        String utf8 = decodePrefix(StandardCharsets.UTF_8, head, length, whole);
        if (utf8 != null && !binary(utf8)) {
            return new Choice(StandardCharsets.UTF_8, 0, How.UTF8);
        }
        Charset utf16 = utf16ByZeroBytes(head, length);
        if (utf16 != null) {
            String text = decodePrefix(utf16, head, length, whole);
            if (text != null && plausible(text)) {
                return new Choice(utf16, 0, How.DETECTED);
            }
        }
        // in UTF-8 and every 8-bit encoding a byte below 0x20 is a control character
        if (binary(new String(head, 0, Math.min(length, BINARY_SAMPLE), StandardCharsets.ISO_8859_1))) {
            throw new UndecodableException(0, "binary file (not text)");
        }
        // where the lines that are not UTF-8 are text in another encoding, ICU judges them alone: in
        // a file mixing UTF-8 lines with others, the UTF-8 ones made it rank UTF-8 first
        byte[] foreign = linesNotUtf8(head, length, whole);
        Choice detected = eightBit(foreign) ? detect(foreign, foreign.length, whole) : detect(head, length, whole);
        // not UTF-8 and nothing else fits: decoding as UTF-8 reports where it breaks
        return detected != null ? detected : new Choice(StandardCharsets.UTF_8, 0, How.UTF8);
    }

    /**
     * Decodes all of {@code bytes} in the chosen charset, or says where it fails and on which line.
     * A buffer, not a String: the caller checks the length before it pays for a copy.
     */
    static CharBuffer decode(byte[] bytes, Choice choice) throws UndecodableException {
        CharsetDecoder decoder = strict(choice.charset());
        ByteBuffer in = ByteBuffer.wrap(bytes, choice.bomLength(), bytes.length - choice.bomLength());
        long capacity = (long) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1;
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, capacity));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            throw new UndecodableException(lineAt(out), choice.invalid(in.position()));
        }
        return out.flip();
    }

    /** Text with every NUL as a space: a NUL glues words for the matcher, a space keeps the offsets. */
    static String spaceForNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace('\0', ' ');
    }

    /**
     * Binary, not text: control characters other than tab, line ends and form feed (NUL among
     * them) are more than 1 in 100 of the first characters. Text in any encoding has almost none;
     * compressed data and images about 1 in 9, so a stray NUL in text is not enough.
     */
    static boolean binary(CharSequence text) {
        int n = Math.min(text.length(), BINARY_SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B || c == 0x7F) {
                controls++;
            }
        }
        return controls * 100 > n;
    }

    /**
     * Whether decoded text reads as text: not binary, and at least 9 in 10 of its non-ASCII
     * characters are letters, marks, digits, spaces, punctuation, currency signs or format
     * characters (the Persian ZWNJ). A wrong 8-bit guess, or UTF-8 read as Latin-1, shows as
     * symbols and C1 controls: ©, ¬, ¨, box drawing.
     */
    static boolean plausible(CharSequence text) {
        if (binary(text)) {
            return false;
        }
        int nonAscii = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (!textual(c)) {
                    odd++;
                }
            }
        }
        return odd * 10 <= nonAscii;
    }

    private static boolean textual(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.SPACE_SEPARATOR,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.CURRENCY_SYMBOL, Character.FORMAT -> true;
            default -> false;
        };
    }

    private static Choice byteOrderMark(byte[] b, int n) {
        // UTF-32LE's mark begins with UTF-16LE's: test it first
        if (n >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0 && supported("UTF-32LE")) {
            return new Choice(Charset.forName("UTF-32LE"), 4, How.BYTE_ORDER_MARK);
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF && supported("UTF-32BE")) {
            return new Choice(Charset.forName("UTF-32BE"), 4, How.BYTE_ORDER_MARK);
        }
        if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return new Choice(StandardCharsets.UTF_8, 3, How.BYTE_ORDER_MARK);
        }
        if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return new Choice(StandardCharsets.UTF_16LE, 2, How.BYTE_ORDER_MARK);
        }
        if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return new Choice(StandardCharsets.UTF_16BE, 2, How.BYTE_ORDER_MARK);
        }
        return null;
    }

    /**
     * UTF-16 without a byte order mark: spaces, digits and line ends have a zero high byte, second
     * in little-endian order, first in big-endian, while the other half of each pair is rarely
     * zero. Arabic or Cyrillic text in UTF-16 has such zeros at every space; ICU's detector looks
     * only for Latin text there.
     */
    private static Charset utf16ByZeroBytes(byte[] b, int n) {
        int units = n / 2;
        if (units < 4) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            if (b[i] == 0) {
                zeroFirst++;
            }
            if (b[i + 1] == 0) {
                zeroSecond++;
            }
        }
        int enough = Math.max(2, units / 20);
        if (zeroSecond >= enough && zeroFirst * 10 <= zeroSecond) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroFirst >= enough && zeroSecond * 10 <= zeroFirst) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The lines of the first {@code length} bytes that are not valid UTF-8, each with its line
     * end; the last line, cut by the sample unless {@code whole}, may end in part of a character.
     */
    private static byte[] linesNotUtf8(byte[] head, int length, boolean whole) {
        java.io.ByteArrayOutputStream foreign = new java.io.ByteArrayOutputStream();
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && head[end] != '\n' && head[end] != '\r') {
                end++;
            }
            int next = Math.min(length, end + 1);
            boolean last = end == length;
            CharBuffer out = CharBuffer.allocate(end - start);
            if (utf8.reset().decode(ByteBuffer.wrap(head, start, end - start), out, !last || whole).isError()) {
                foreign.write(head, start, next - start);
            }
            start = next;
        }
        return foreign.toByteArray();
    }

    /** Bytes over 0x7F that no UTF-8 sequence holds, fewer than which are a few damaged bytes, not text. */
    private static final int MIN_FOREIGN_BYTES = 16;

    /**
     * Whether {@code bytes} read as text in an 8-bit encoding rather than as UTF-8 with damage:
     * at least {@value #MIN_FOREIGN_BYTES} bytes over 0x7F, and two in three of them in no valid
     * UTF-8 sequence. Arabic in windows-1256 fails UTF-8 at nearly every letter; a damaged UTF-8
     * line has a stray byte among valid sequences.
     */
    private static boolean eightBit(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            high += b < 0 ? 1 : 0;
        }
        CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        int malformed = 0;
        while (in.hasRemaining()) {
            CoderResult result = utf8.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            malformed += result.length();
            in.position(in.position() + result.length());
        }
        return malformed >= MIN_FOREIGN_BYTES && malformed * 3 >= high * 2;
    }

    /**
     * ICU's best guess among {@link #DETECTED} that decodes and reads as text. When UTF-8 ranks
     * first, the bytes are mostly UTF-8 with some damage: no other encoding is guessed.
     */
    private static Choice detect(byte[] head, int length, boolean whole) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(Arrays.copyOf(head, length));
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            if (!DETECTED.contains(match.getName())) {
                continue;
            }
            if (match.getName().equals("UTF-8")) {
                return null;
            }
            Charset charset = charsetOf(match.getName());
            String text = charset == null ? null : decodePrefix(charset, head, length, whole);
            if (text != null && plausible(text)) {
                return new Choice(charset, 0, How.DETECTED);
            }
        }
        return null;
    }

    /**
     * KOI8-R is read as KOI8-U: they differ only where KOI8-R has box drawing and KOI8-U the
     * Ukrainian letters і ї є ґ, which ICU's Russian model cannot tell apart.
     */
    private static Charset charsetOf(String icuName) {
        String name = icuName.equals("KOI8-R") && supported("KOI8-U") ? "KOI8-U" : icuName;
        return supported(name) ? Charset.forName(name) : null;
    }

    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The first {@code length} bytes decoded strictly, or {@code null} when they are not valid in {@code charset}. */
    private static String decodePrefix(Charset charset, byte[] bytes, int length, boolean whole) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, whole);
        if (result.isError() || whole && decoder.flush(out).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line the end of {@code decoded} is on; LF, CR and CRLF each end a line. */
    private static long lineAt(CharBuffer decoded) {
        long line = 1;
        int end = decoded.position();
        for (int i = 0; i < end; i++) {
            char c = decoded.get(i);
            if (c == '\r' || c == '\n' && (i == 0 || decoded.get(i - 1) != '\r')) {
                line++;
            }
        }
        return line;
    }
}
