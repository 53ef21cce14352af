package org.comention.common;

/**
 * The one rule for text that an output file cannot hold: every writer (GraphML, GEXF, JSON, CSV,
 * HTML, the tables of a Spark count) passes data strings through {@link #of}, so a document id,
 * a label or a {@code lang} is the same string in every output file.
 *
 * <p>What cannot be written is what XML 1.0 forbids (the strictest of the formats): the C0
 * controls other than tab, line feed and carriage return, U+FFFE and U+FFFF, and a surrogate
 * that is not half of a pair. Each such char becomes U+FFFD, the replacement character, as a
 * UTF-8 decoder does with a bad byte: the reader sees that something was there, and nothing
 * becomes an encoder's {@code ?}, which would collide with a real question mark. Everything else,
 * C1 controls, noncharacters and bidi controls included, is written as it is.
 */
public final class WritableText {
    /** What a char that cannot be written becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private WritableText() {
    }

    /** {@code text}, or a copy with each char that cannot be written replaced; the same instance when all can be. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int bad = firstUnwritable(text, 0, text.length());
        return bad < 0 ? text : replaceFrom(text, bad);
    }

    /**
     * The index of the first char of {@code text[from, to)} that cannot be written, or -1. A
     * surrogate pair split by {@code to} counts as written: callers pass whole strings.
     */
    public static int firstUnwritable(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // one comparison for the common case: printable ASCII and every letter below the surrogates
            if (c >= ' ' && c < Character.MIN_SURROGATE) {
                continue;
            }
            if (!writableAt(text, i, to)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++; // its low half, checked by writableAt
            }
        }
        return -1;
    }

    /** Whether the char at {@code i} can be written, looking at its neighbours in {@code text[.., to)} for a surrogate. */
    public static boolean writableAt(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (c < ' ') {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }

    private static String replaceFrom(String text, int from) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!writableAt(text, i, text.length())) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(text.charAt(++i));
                }
            }
        }
        return out.toString();
    }
}
