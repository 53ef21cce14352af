package org.comention.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: a byte-order mark is skipped, an invalid byte sequence is an error, never a U+FFFD. */
final class Utf8 {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8() {
    }

    /** Thrown for bytes that are not UTF-8, with the 1-based line and the byte offset. */
    static final class InvalidUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;
        final long byteOffset;

        InvalidUtf8Exception(long line, long byteOffset) {
            super("not valid UTF-8 (byte " + byteOffset + ")");
            this.line = line;
            this.byteOffset = byteOffset;
        }
    }

    static String decode(byte[] bytes) throws InvalidUtf8Exception {
        int offset = startsWithBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalidAt(bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalidAt(bytes, in.position());
        }
        out.flip();
        return out.toString();
    }

    /** A reader that fails with a {@link CharacterCodingException} on the first invalid byte. */
    static Reader reader(InputStream raw) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, BOM.length);
        byte[] head = in.readNBytes(BOM.length);
        if (!(head.length == BOM.length && startsWithBom(head))) {
            in.unread(head);
        }
        return new InputStreamReader(in, newDecoder());
    }

    private static CharsetDecoder newDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static InvalidUtf8Exception invalidAt(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new InvalidUtf8Exception(line, position);
    }
}
