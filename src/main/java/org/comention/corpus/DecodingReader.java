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

/**
 * Decodes a file of records (CSV, JSONL) in the charset {@link Encodings} chose from its first
 * bytes. Unlike {@link java.io.InputStreamReader} with a strict decoder it does not fail at the
 * first bad byte, which would lose a whole file of gigabytes for one damaged record, and unlike a
 * lenient one it does not hide the damage: a malformed byte sequence becomes U+FFFD and its line
 * is noted, so the record reader can skip just the record holding it ({@link #damagedUpTo}).
 * Lines end at LF, CR or CRLF, as Commons CSV and {@link java.io.BufferedReader} count them.
 */
final class DecodingReader extends Reader {
    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Encodings.Choice choice;
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
            int before = out.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            count(buffer, before, out.position());
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                if (damaged.isEmpty() || damaged.peekLast() != line) {
                    damaged.addLast(line);
                }
                if (out.hasRemaining()) {
                    put(out, REPLACEMENT);
                } else {
                    replacementPending = true;
                }
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
