package org.comention.export;

import java.io.IOException;
import java.io.Writer;
import org.comention.common.WritableText;

/**
 * The XML text of the GraphML and GEXF outputs, written straight into a buffer instead of
 * through a StAX {@code XMLStreamWriter}: the writers need no namespace or state tracking, and
 * StAX made several small synchronized writes per attribute (a fifth of a dense build's writing).
 * Escapes {@code & < >} in text, and {@code "} too in attribute values, as the JDK's StAX writer
 * does; unlike it, writes only well-formed XML 1.0 whatever the strings hold: a char XML cannot
 * hold becomes U+FFFD by {@link WritableText}'s rule, and a tab, line feed or carriage return
 * that a parser would normalise away (any of them in an attribute value, a carriage return in
 * text) is written as a character reference, so a value reads back as it was written.
 */
final class XmlOut {
    private static final int FLUSH_AT = 1 << 16;
    private static final String[] INDENTS = new String[12];
    /** Which chars up to {@code '>'} text cannot hold as they are: controls but tab and line feed, {@code & < >}. */
    private static final boolean[] SPECIAL_IN_TEXT = new boolean['>' + 1];
    /** The same for attribute values: every control, {@code " & < >}. */
    private static final boolean[] SPECIAL_IN_ATTRIBUTE = new boolean['>' + 1];

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "\n" + "  ".repeat(depth);
        }
        for (char c = 0; c < ' '; c++) {
            SPECIAL_IN_TEXT[c] = c != '\t' && c != '\n';
            SPECIAL_IN_ATTRIBUTE[c] = true;
        }
        for (char c : new char[] {'&', '<', '>'}) {
            SPECIAL_IN_TEXT[c] = true;
            SPECIAL_IN_ATTRIBUTE[c] = true;
        }
        SPECIAL_IN_ATTRIBUTE['"'] = true;
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

    /**
     * Copies the value, then looks for what must be escaped or replaced (rarely there) and only
     * then escapes: a table look-up per char up to {@code '>'}, and two comparisons for every other
     * char below the surrogates (the letters of every script but the supplementary planes').
     */
    private void escape(String value, boolean attribute) {
        int n = value.length();
        room(n);
        value.getChars(0, n, buffer, length);
        boolean[] special = attribute ? SPECIAL_IN_ATTRIBUTE : SPECIAL_IN_TEXT;
        for (int i = 0; i < n; i++) {
            char c = buffer[length + i];
            if (c < special.length ? special[c] : c >= Character.MIN_SURROGATE && !WritableText.writableAt(value, i, n)) {
                escapeFrom(value, i, attribute);
                return;
            }
        }
        length += n;
    }

    /** The value from {@code from} on, escaped; what came before is already in the buffer. */
    private void escapeFrom(String value, int from, boolean attribute) {
        length += from;
        int n = value.length();
        for (int i = from; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '&' -> raw("&amp;");
                case '"' -> raw(attribute ? "&quot;" : "\"");
                case '\t' -> raw(attribute ? "&#9;" : "\t");
                case '\n' -> raw(attribute ? "&#10;" : "\n");
                case '\r' -> raw("&#13;");
                default -> {
                    room(1);
                    buffer[length++] = WritableText.writableAt(value, i, n) ? c : WritableText.REPLACEMENT;
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
