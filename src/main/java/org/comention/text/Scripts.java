package org.comention.text;

/**
 * The script of a character, from a table of the Basic Multilingual Plane built once, because
 * {@link Character.UnicodeScript#of} is a binary search over all of Unicode's script ranges and
 * the matcher, the language guess and the Cyrillic endings ask it of every character of a corpus.
 * Only the scripts comention treats apart are told: Arabic, Cyrillic, Latin; anything else,
 * supplementary characters included, is {@link #OTHER}.
 */
public final class Scripts {
    public static final byte OTHER = 0;
    public static final byte ARABIC = 1;
    public static final byte CYRILLIC = 2;
    public static final byte LATIN = 3;

    private static final byte[] SCRIPT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> SCRIPT[c] = ARABIC;
                case CYRILLIC -> SCRIPT[c] = CYRILLIC;
                case LATIN -> SCRIPT[c] = LATIN;
                default -> SCRIPT[c] = OTHER;
            }
        }
    }

    private Scripts() {
    }

    /** {@link #ARABIC}, {@link #CYRILLIC}, {@link #LATIN} or {@link #OTHER}, as {@code Character.UnicodeScript.of} says. */
    public static byte of(char c) {
        return SCRIPT[c];
    }

    /** A letter of the Arabic script (Persian and Urdu letters included). */
    public static boolean isArabicLetter(char c) {
        return SCRIPT[c] == ARABIC && Character.isLetter(c);
    }

    /** A letter of the Cyrillic script. */
    public static boolean isCyrillicLetter(char c) {
        return SCRIPT[c] == CYRILLIC && Character.isLetter(c);
    }
}
