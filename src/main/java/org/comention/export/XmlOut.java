package org.comention.export;

import java.io.IOException;
import java.io.Writer;

/**
 * The XML text of the GraphML and GEXF outputs, written straight into a buffer instead of
 * through a StAX {@code XMLStreamWriter}: the writers need no namespace or state tracking, and
 * StAX made several small synchronized writes per attribute (a fifth of a dense build's writing).
 * Escapes exactly as the JDK's StAX writer does on a {@link Writer}: {@code & < >} in text, and
 * {@code "} too in attribute values; other characters as they are.
 */
final class XmlOut {
    private static final int FLUSH_AT = 1 << 16;
    private static final String[] INDENTS = new String[12];

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final Writer out;
    /*
     * A char[] rather than a StringBuilder: a StringBuilder that once held an Arabic label stays
     * UTF-16 and re-inflates every Latin-1 string appended after, char by char.
     */
    private char[] buffer = new char[FLUSH_AT + 8192];
    private int length;

    XmlOut(Writer out) {
        this.out = out;
    }

    /** Markup as it is: names, brackets, and values known to need no escaping. */
    XmlOut raw(String markup) {
        int n = markup.length();
        room(n);
        markup.getChars(0, n, buffer, length);
        length += n;
        return this;
    }

    XmlOut raw(long number) {
        if (number >= 0 && number < 10) {
            room(1);
            buffer[length++] = (char) ('0' + number);
            return this;
        }
        return raw(Long.toString(number));
    }

    /** A line end and two spaces per level; the buffer is handed on here, between elements. */
    XmlOut newline(int depth) throws IOException {
        raw(INDENTS[depth]);
        if (length >= FLUSH_AT) {
            drain();
        }
        return this;
    }

    /** {@code  name="value"}, the value escaped. */
    XmlOut attribute(String name, String value) {
        room(name.length() + 3);
        buffer[length++] = ' ';
        raw(name);
        buffer[length++] = '=';
        buffer[length++] = '"';
        escape(value, true);
        room(1);
        buffer[length++] = '"';
        return this;
    }

    /** Character data, escaped. */
    XmlOut text(String value) {
        escape(value, false);
        return this;
    }

    /** Writes what is buffered to the writer (which the caller flushes and closes). */
    void finish() throws IOException {
        drain();
    }

    /** Copies the value, then looks for what must be escaped (rarely there) and only then escapes. */
    private void escape(String value, boolean attribute) {
        int n = value.length();
        room(n);
        value.getChars(0, n, buffer, length);
        int end = length + n;
        for (int i = length; i < end; i++) {
            char c = buffer[i];
            if (c == '<' || c == '>' || c == '&' || c == '"' && attribute) {
                escapeFrom(value, i - length, attribute);
                return;
            }
        }
        length = end;
    }

    /** The value from {@code from} on, escaped; what came before is already in the buffer. */
    private void escapeFrom(String value, int from, boolean attribute) {
        length += from;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '&' -> raw("&amp;");
                case '"' -> {
                    if (attribute) {
                        raw("&quot;");
                    } else {
                        room(1);
                        buffer[length++] = c;
                    }
                }
                default -> {
                    room(1);
                    buffer[length++] = c;
                }
            }
        }
    }

    /** Room for {@code n} more chars: the buffer grows (it is drained only at line ends). */
    private void room(int n) {
        if (length + n > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
