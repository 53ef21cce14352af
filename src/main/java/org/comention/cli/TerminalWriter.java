package org.comention.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.comention.common.TerminalText;

/**
 * What comention prints, stdout and stderr alike, with every char that could drive the terminal
 * written as a {@code \}{@code uXXXX} escape: a file name, document id or label holding ESC, another C0 or
 * C1 control, a bidi embedding, override or isolate (which can reorder what the rest of the line
 * seems to say), or a lone surrogate. An escape sequence from a scraped page can retitle, clear
 * or reprogram a terminal; printed escaped, it is visible and harmless. Line feeds and tabs pass,
 * and so does the carriage return of a line end. {@link Main} wraps both streams once, so every
 * printed line goes through here; the progress line's own carriage returns go through
 * {@link #carriageReturn()}.
 */
final class TerminalWriter extends PrintWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final PrintWriter raw;

    private TerminalWriter(PrintWriter raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** {@code writer}, printing escaped; itself when it already does. */
    static TerminalWriter of(PrintWriter writer) {
        return writer instanceof TerminalWriter terminal ? terminal : new TerminalWriter(writer);
    }

    /** A carriage return that moves the cursor, for the progress line redrawn in place. */
    void carriageReturn() {
        raw.print('\r');
    }

    /** {@code text} as it is printed. */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        appendEscaped(text, 0, text.length(), out);
        return out.toString();
    }

    private static void appendEscaped(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (TerminalText.escaped(c) && !(c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n')) {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }

    /** The writer under the PrintWriter: escapes what needs it, passes the rest in one write. */
    private static final class Escaping extends FilterWriter {
        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            write(java.nio.CharBuffer.wrap(chars, offset, length), length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.subSequence(offset, offset + length), length);
        }

        private void write(CharSequence text, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                if (TerminalText.escaped(text.charAt(i))) {
                    StringBuilder escapedText = new StringBuilder(length + 16);
                    appendEscaped(text, 0, length, escapedText);
                    out.write(escapedText.toString());
                    return;
                }
            }
            out.append(text);
        }
    }
}
