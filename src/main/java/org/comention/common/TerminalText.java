package org.comention.common;

/**
 * The one rule for text that must not reach a terminal raw: ESC and the other C0 controls but
 * tab and line feed, DEL and the C1 controls, the bidi embeddings, overrides and isolates (which
 * can reorder what the rest of a line seems to say), and lone surrogates. An escape sequence from
 * a scraped page can retitle, clear or reprogram a terminal; printed as a {@code \}{@code uXXXX}
 * escape it is visible and harmless. Letters' own format characters (the zero-width non-joiner
 * of Persian words) are not in it: they print as they are.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** Whether {@code c} is printed as an escape (a carriage return too: the caller lets a line end's pass). */
    public static boolean escaped(char c) {
        if (c < ' ') {
            return c != '\n' && c != '\t';
        }
        return c >= '\u007f' && c <= '\u009f'
                || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069'
                || Character.isSurrogate(c);
    }
}
