package org.comention.text;

/**
 * What the word readers ask of every character (a letter or digit? a letter? lowercase? a
 * capital of the Latin or Cyrillic script?), from a table of the Basic Multilingual Plane built
 * once. {@link Character}'s own tests dispatch on the character's block each time; here each
 * answer is one array read, and the readers' per-character loops stay small for the JIT.
 * Each test answers exactly as the {@link Character} methods it names.
 */
public final class CharClasses {
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte LOWER = 4;
    /** {@link Character#isUpperCase} or {@link Character#isTitleCase}, in the Latin or Cyrillic script. */
    private static final byte CAPITAL = 8;
    /** A non-spacing or combining spacing mark. */
    private static final byte MARK = 16;

    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            int classes = 0;
            if (Character.isLetterOrDigit(ch)) {
                classes |= LETTER_OR_DIGIT;
            }
            if (Character.isLetter(ch)) {
                classes |= LETTER;
            }
            if (Character.isLowerCase(ch)) {
                classes |= LOWER;
            }
            byte script = Scripts.of(ch);
            if ((Character.isUpperCase(ch) || Character.isTitleCase(ch)) && (script == Scripts.LATIN || script == Scripts.CYRILLIC)) {
                classes |= CAPITAL;
            }
            int type = Character.getType(ch);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                classes |= MARK;
            }
            CLASSES[c] = (byte) classes;
        }
    }

    private CharClasses() {
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return (CLASSES[c] & LETTER_OR_DIGIT) != 0;
    }

    /** A letter, a digit or a (non-spacing or combining spacing) mark: a character inside a word. */
    public static boolean isWordPart(char c) {
        return (CLASSES[c] & (LETTER_OR_DIGIT | MARK)) != 0;
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        return (CLASSES[c] & LOWER) != 0;
    }

    /** An upper or title case letter of the Latin or Cyrillic script: what makes a word capitalised there. */
    public static boolean isLatinOrCyrillicCapital(char c) {
        return (CLASSES[c] & CAPITAL) != 0;
    }
}
