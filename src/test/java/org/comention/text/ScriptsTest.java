package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void agreesWithTheJdkOnEveryCharacterOfThePlane() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            Character.UnicodeScript jdk = Character.isSurrogate((char) c) ? Character.UnicodeScript.UNKNOWN
                    : Character.UnicodeScript.of(c);
            byte expected = switch (jdk) {
                case ARABIC -> Scripts.ARABIC;
                case CYRILLIC -> Scripts.CYRILLIC;
                case LATIN -> Scripts.LATIN;
                default -> Scripts.OTHER;
            };
            assertEquals(expected, Scripts.of((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void lettersOfEachScript() {
        assertTrue(Scripts.isArabicLetter('ب') && Scripts.isArabicLetter('گ') && Scripts.isArabicLetter('ی'));
        assertFalse(Scripts.isArabicLetter('\u064E'), "a fatha is Arabic but not a letter");
        assertFalse(Scripts.isArabicLetter('٣'), "an Arabic-Indic digit is no letter");
        assertTrue(Scripts.isCyrillicLetter('Ж') && Scripts.isCyrillicLetter('ї'));
        assertFalse(Scripts.isCyrillicLetter('b') || Scripts.isArabicLetter('b'));
    }
}
