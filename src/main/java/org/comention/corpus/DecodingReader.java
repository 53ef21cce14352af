package org.comention.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.comention.common.Plural;

/**
 * Decodes a file of records (CSV, JSONL) in the charset {@link Encodings} chose from its first
 * bytes. Unlike {@link java.io.InputStreamReader} with a strict decoder it does not fail at the
 * first bad byte, which would lose a whole file of gigabytes for one damaged record, and unlike a
 * lenient one it does not hide the damage: a malformed byte sequence becomes U+FFFD and its line
 * is noted, so the record reader can skip just the record holding it ({@link #damagedUpTo}).
 * Lines end at LF, CR or CRLF, as Commons CSV and {@link java.io.BufferedReader} count them.
 *
 * <p>A file whose first bytes were not UTF-8, decoded in a detected 8-bit encoding, is decided
 * line by line: a line that is valid UTF-8 is read as UTF-8, any other in the detected encoding.
 * Files joined from several sources mix both, and decoding all of them in the detected encoding
 * turned the UTF-8 records into mojibake without a word. Both encodings write the line ends,
 * quotes, commas and braces as the same ASCII bytes, and text in an 8-bit encoding is almost never
 * valid UTF-8 (an Arabic letter in windows-1256 is a UTF-8 lead byte followed by another letter,
 * never by a continuation byte), so a line's bytes say which it is. The decision looks at the
 * first {@value #LINE_SAMPLE} bytes of a line; the rest of a longer line follows it.
 */
final class DecodingReader extends Reader {
    private static final char REPLACEMENT = '\uFFFD';

    /** Bytes of a line looked at to decide its encoding, in a file decided line by line. */
    static final int LINE_SAMPLE = 1 << 16;

    private final InputStream in;
    private CharsetDecoder decoder;
    private final Encodings.Choice choice;
    /** The detected encoding's decoder, when lines are decided one by one; else null. */
    private final CharsetDecoder fallback;
    /** UTF-8's decoder, when lines are decided one by one. */
    private final CharsetDecoder utf8;
    /** Lines decided so far as UTF-8 and as the detected encoding. */
    private long utf8Lines;
    private long fallbackLines;
    /** Whether the next byte starts a line, whose encoding is still to decide. */
    private boolean lineStart = true;
    /** Where a line's sample is decoded to be judged; a sample is at most the byte buffer, and UTF-8 gives no more chars than bytes. */
    private CharBuffer judged;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /** Lines with damage, ascending, not yet asked about. */
    private final ArrayDeque<Long> damaged = new ArrayDeque<>();
    private boolean endOfInput;
    private boolean done;
    private boolean replacementPending;
    private long line = 1;
    private boolean afterCr;

    private DecodingReader(InputStream in, Encodings.Choice choice) {
        this.in = in;
        this.choice = choice;
        this.decoder = Encodings.strict(choice.charset());
        boolean perLine = choice.how() == Encodings.How.DETECTED && choice.charset().newEncoder().maxBytesPerChar() == 1;
        this.fallback = perLine ? decoder : null;
        this.utf8 = perLine ? Encodings.strict(java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    /** Opens {@code file}, choosing its charset from its first bytes (or {@code given}). */
    static DecodingReader open(Path file, Charset given) throws IOException, Encodings.UndecodableException {
        return open(file, given, ReadMeter.NONE);
    }

    /** Opens {@code file} as {@link #open(Path, Charset)} does, telling {@code meter} its size and the bytes read. */
    static DecodingReader open(Path file, Charset given, ReadMeter meter) throws IOException, Encodings.UndecodableException {
        // a pipe or a device has no size to show a share of
        meter.expect(Files.isRegularFile(file) ? Files.size(file) : -1);
        return open(new CountingInputStream(Files.newInputStream(file), meter), given);
    }

    /** Decodes {@code raw} as {@link #open(Path, Charset)} decodes a file; closes it if that fails. */
    static DecodingReader open(InputStream raw, Charset given) throws IOException, Encodings.UndecodableException {
        try {
            byte[] head = raw.readNBytes(Encodings.SAMPLE_BYTES);
            Encodings.Choice choice = Encodings.choose(head, head.length, head.length < Encodings.SAMPLE_BYTES, given);
            InputStream rest = new SequenceInputStream(
                    new ByteArrayInputStream(head, choice.bomLength(), head.length - choice.bomLength()), raw);
            return new DecodingReader(rest, choice);
        } catch (IOException | Encodings.UndecodableException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    Encodings.Choice choice() {
        return choice;
    }

    /**
     * The warning about how the file was decoded, or {@code null}; call at the end, when every
     * line has been decided.
     */
    String warning() {
        if (fallback == null || utf8Lines == 0) {
            return choice.warning();
        }
        return String.format(java.util.Locale.ROOT, "not UTF-8: %s decoded as %s (detected), %s "
                        + "valid UTF-8 as UTF-8; pass --encoding to choose",
                Plural.of(fallbackLines, "line", "lines"), choice.charset().name(),
                Plural.of(utf8Lines, "line that is", "lines that are"));
    }

    /** The name of the charset a damaged line failed in, for the message that skips it. */
    String charsetName() {
        return fallback == null ? choice.charset().name() : choice.charset().name() + " or UTF-8";
    }

    /**
     * Whether any line up to {@code lastLine} held bytes that did not decode; forgets them, so ask
     * once per record, with the record's last line.
     */
    boolean damagedUpTo(long lastLine) {
        boolean any = false;
        while (!damaged.isEmpty() && damaged.peekFirst() <= lastLine) {
            damaged.pollFirst();
            any = true;
        }
        return any;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        if (replacementPending) {
            put(out, REPLACEMENT);
            replacementPending = false;
        }
        while (out.hasRemaining() && !done) {
            if (fallback != null) {
                if (!stepByLine(buffer, out)) {
                    break;
                }
                continue;
            }
            int before = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            count(buffer, before, out.position());
            if (result.isError()) {
                replaceMalformed(result, out);
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    before = out.position();
                    done = decoder.flush(out).isUnderflow();
                    count(buffer, before, out.position());
                } else {
                    fill();
                }
            } else {
                break;
            }
        }
        int read = out.position() - offset;
        return read == 0 && done && !replacementPending ? -1 : read;
    }

    /** Skips the bytes an error {@code result} names and puts one U+FFFD for them, now or when {@code out} has room. */
    private void replaceMalformed(CoderResult result, CharBuffer out) {
        bytes.position(bytes.position() + result.length());
        noteDamage();
        if (out.hasRemaining()) {
            put(out, REPLACEMENT);
        } else {
            replacementPending = true;
        }
    }

    /**
     * One step of decoding a file line by line: decides a line's encoding at its start, then
     * decodes up to its end or the end of the bytes read; false when {@code out} is full.
     */
    private boolean stepByLine(char[] buffer, CharBuffer out) throws IOException {
        if (lineStart) {
            if (!bytes.hasRemaining() && endOfInput) {
                done = true;
                return true;
            }
            if (!decideLine()) {
                return true;
            }
        }
        ByteBuffer chunk = restOfLine();
        boolean lineEnds = endsLine(chunk) || endOfInput && chunk.limit() == bytes.limit();
        int before = out.position();
        CoderResult result = decoder.decode(chunk, out, lineEnds);
        bytes.position(chunk.position());
        count(buffer, before, out.position());
        if (result.isError()) {
            replaceMalformed(result, out);
            return true;
        }
        if (result.isOverflow()) {
            return false;
        }
        if (lineEnds) {
            // these decoders keep nothing to flush; flushing ends the line's use of the decoder
            decoder.flush(out);
            lineStart = true;
        } else {
            fill();
        }
        return true;
    }

    private void noteDamage() {
        if (damaged.isEmpty() || damaged.peekLast() != line) {
            damaged.addLast(line);
        }
    }

    /**
     * Chooses the encoding of the line that starts at {@code bytes}' position, from its first
     * {@value #LINE_SAMPLE} bytes; false when more bytes must be read first.
     */
    private boolean decideLine() throws IOException {
        int end = lineEnd(bytes.position());
        boolean whole = end < bytes.limit() || endOfInput;
        if (!whole && bytes.remaining() < LINE_SAMPLE) {
            fill();
            return false;
        }
        ByteBuffer sample = bytes.duplicate().limit(Math.min(bytes.limit(), end + (whole && end < bytes.limit() ? 1 : 0)));
        if (judged == null) {
            judged = CharBuffer.allocate(bytes.capacity());
        }
        utf8.reset();
        CoderResult result = utf8.decode(sample, judged.clear(), whole);
        boolean isUtf8 = !result.isError();
        decoder = isUtf8 ? utf8 : fallback;
        decoder.reset();
        if (isUtf8) {
            utf8Lines += nonAscii(bytes, sample.limit()) ? 1 : 0;
        } else {
            fallbackLines++;
        }
        lineStart = false;
        return true;
    }

    /** Whether the bytes from {@code bytes}' position to {@code end} hold any byte over 0x7F: a line of ASCII is both. */
    private static boolean nonAscii(ByteBuffer bytes, int end) {
        for (int i = bytes.position(); i < end; i++) {
            if (bytes.get(i) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first line end (CR or LF) at or after {@code from}, or the limit. */
    private int lineEnd(int from) {
        for (int i = from; i < bytes.limit(); i++) {
            byte b = bytes.get(i);
            if (b == '\n' || b == '\r') {
                return i;
            }
        }
        return bytes.limit();
    }

    /** The bytes from the position up to and with the end of the current line, or all there are. */
    private ByteBuffer restOfLine() {
        int end = lineEnd(bytes.position());
        return bytes.duplicate().limit(end < bytes.limit() ? end + 1 : bytes.limit());
    }

    /** Whether {@code line} ends with a line end byte. */
    private static boolean endsLine(ByteBuffer line) {
        if (line.limit() == 0) {
            return false;
        }
        byte last = line.get(line.limit() - 1);
        return last == '\n' || last == '\r';
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void put(CharBuffer out, char c) {
        out.put(c);
        afterCr = false;
    }

    private void count(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n' && !afterCr) {
                line++;
            }
            afterCr = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
