package org.comention.corpus;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a reader, each held in memory only up to a bound: a longer line is read to its end
 * and counted, never kept, so a monstrous line of a JSONL file costs time, not memory. Lines end
 * at LF, CR or CRLF, as {@link java.io.BufferedReader} has them.
 */
final class LineReader {
    /** A line and its 1-based number; {@code text} is {@code null} when it was longer than the bound. */
    record Line(long number, String text, long length) {
    }

    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long number;
    private boolean skipLf;

    LineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean started = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(0, in.read(buffer, 0, buffer.length));
                position = 0;
                if (limit == 0) {
                    return started ? line(text, length) : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            length += position - start;
            if (text != null && length <= maxChars) {
                text.append(buffer, start, position - start);
            } else {
                text = null;
            }
            if (position < limit) {
                skipLf = buffer[position++] == '\r';
                return line(text, length);
            }
        }
    }

    private Line line(StringBuilder text, long length) {
        number++;
        return new Line(number, text == null ? null : text.toString(), length);
    }
}
