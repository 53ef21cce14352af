package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One test per normalisation rule: input, expected output. */
class TextNormalizerTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static String n(String s) {
        return NORMALIZER.normalize(s).text();
    }

    @ParameterizedTest(name = "Persian and Arabic yeh and kaf: {0} -> {1}")
    @CsvSource({"بلینکن,بلينكن", "کییف,كييف", "ى,ي", "روسیه,روسيه", "آمریکا,امريكا"})
    void unifiesYehAndKaf(String input, String expected) {
        assertEquals(expected, n(input));
    }

    @ParameterizedTest(name = "hamza-carrying alef: {0} -> {1}")
    @CsvSource({"أوكرانيا,اوكرانيا", "إيران,ايران", "آسيا,اسيا", "ٱلله,الله", "لأوكرانيا,لاوكرانيا"})
    void foldsAlefForms(String input, String expected) {
        assertEquals(expected, n(input));
    }

    @ParameterizedTest(name = "teh marbuta to heh: {0} -> {1}")
    @CsvSource({"روتة,روته", "غزة,غزه"})
    void foldsTehMarbuta(String input, String expected) {
        assertEquals(expected, n(input));
    }

    @Test
    void dropsTashkeelAndTatweel() {
        assertEquals("بوتين", n("بُوتِين"));
        assertEquals("ايضا", n("أيضاً"));
        assertEquals("ناتو", n("نـــاتو"));
    }

    @Test
    void dropsJoinersAndBidiMarks() {
        assertEquals("كشورها", n("کشور\u200cها"));
        assertEquals("ab", n("a\u200db"));
        assertEquals("ناتو", n("\u200fناتو\u200e"));
        assertEquals("ناتو", n("\u202bناتو\u202c"));
        assertEquals("ناتو", n("\uFEFFناتو"));
    }

    @ParameterizedTest(name = "digits: {0} -> {1}")
    @CsvSource({"۱۴۰۰,1400", "٢٠٢٤,2024", "فرانس٢٤,فرانس24"})
    void foldsDigitsToAscii(String input, String expected) {
        assertEquals(expected, n(input));
    }

    @Test
    void foldsLatinCaseAndAccents() {
        assertEquals("nato", n("NATO"));
        assertEquals("zelenskyy", n("Zelenskyy"));
        assertEquals("erdogan", n("Erdoğan"));
        assertEquals("elysee", n("Élysée"));
    }

    @Test
    void foldsPresentationFormsWithNfkc() {
        assertEquals("لا", n("\uFEFB"));
        assertEquals("a b", n("a\u00A0b"));
    }

    @Test
    void collapsesWhiteSpaceRuns() {
        assertEquals("حلف شمال الاطلسي", n("حلف  شمال\n\tالأطلسي"));
    }

    @Test
    void offsetsPointBackIntoTheOriginal() {
        String original = "وزير  بُوتِين";
        NormalizedText normalized = NORMALIZER.normalize(original);
        int at = normalized.text().indexOf("بوتين");
        int start = normalized.originalStart(at);
        int end = normalized.originalEnd(at + "بوتين".length() - 1);
        assertEquals("بُوتِين", original.substring(start, end));
        assertEquals(6, start);
    }

    @Test
    void isIdempotentOnRandomText() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                int block = random.nextInt(4);
                char c = switch (block) {
                    case 0 -> (char) (0x0600 + random.nextInt(0x100));
                    case 1 -> (char) (0x20 + random.nextInt(0x5F));
                    case 2 -> (char) (0x00A0 + random.nextInt(0x200));
                    default -> (char) (0xFB50 + random.nextInt(0x4B0));
                };
                s.append(c);
            }
            String once = n(s.toString());
            assertEquals(once, n(once), () -> "not idempotent on " + s);
        }
    }

    @Test
    void offsetsAreMonotoneAndInsideTheText() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                s.append((char) (random.nextBoolean() ? 0x0600 + random.nextInt(0x100) : 0x20 + random.nextInt(0x60)));
            }
            NormalizedText t = NORMALIZER.normalize(s);
            for (int i = 0; i < t.length(); i++) {
                assertTrue(t.originalStart(i) < t.originalEnd(i));
                assertTrue(t.originalEnd(i) <= s.length());
                if (i > 0) {
                    assertTrue(t.originalStart(i - 1) <= t.originalStart(i));
                }
            }
        }
    }
}
