package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharClassesTest {
    @Test
    void everyCharacterOfThePlaneAnswersAsCharacterDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isLetterOrDigit(ch), CharClasses.isLetterOrDigit(ch), () -> "letter or digit " + (int) ch);
            assertEquals(Character.isLetter(ch), CharClasses.isLetter(ch), () -> "letter " + (int) ch);
            assertEquals(Character.isLowerCase(ch), CharClasses.isLowerCase(ch), () -> "lowercase " + (int) ch);
            int type = Character.getType(ch);
            assertEquals(Character.isLetterOrDigit(ch) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK, CharClasses.isWordPart(ch), () -> "word part " + (int) ch);
            byte script = Scripts.of(ch);
            assertEquals((Character.isUpperCase(ch) || Character.isTitleCase(ch))
                    && (script == Scripts.LATIN || script == Scripts.CYRILLIC), CharClasses.isLatinOrCyrillicCapital(ch),
                    () -> "capital " + (int) ch);
        }
    }

    @Test
    void capitalsAreLatinOrCyrillicOnly() {
        assertEquals(true, CharClasses.isLatinOrCyrillicCapital('A'));
        assertEquals(true, CharClasses.isLatinOrCyrillicCapital('Д'));
        assertEquals(true, CharClasses.isLatinOrCyrillicCapital('İ'));
        // Greek capitals are capitals, but not of the scripts the Latin and Cyrillic rules read
        assertEquals(false, CharClasses.isLatinOrCyrillicCapital('Σ'));
        assertEquals(false, CharClasses.isLatinOrCyrillicCapital('a'));
    }

    @Test
    void combiningMarksArePartsOfWordsButNotLetters() {
        assertEquals(true, CharClasses.isWordPart('\u0301'));
        assertEquals(false, CharClasses.isLetter('\u0301'));
        assertEquals(true, CharClasses.isWordPart('\u064e'));
        assertEquals(false, CharClasses.isWordPart('-'));
    }
}
