package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the normaliser on seeded random strings drawn from Arabic, Persian, Latin and
 * Cyrillic letters, digits of three scripts, tashkeel, tatweel, ZWNJ/ZWJ, bidi controls,
 * punctuation, white space, presentation forms and surrogate pairs: it is idempotent, its output
 * obeys its rules, and its offset map is monotone, inside the text, local (each output
 * character is the normalised form of the original characters it points to) and complete (an
 * original character no output character points to is one the rules drop).
 */
class NormalizationInvariantsTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void normalisingIsIdempotent(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 10; trial++) {
            String s = RandomText.any(random, 80);
            String once = NORMALIZER.normalize(s).text();
            assertEquals(once, NORMALIZER.normalize(once).text(), () -> "normalize twice: " + escape(s));
            assertEquals(NORMALIZER.normalizeToString(s), NORMALIZER.normalizeToString(NORMALIZER.normalizeToString(s)));
            // the matching form is made from the folded text, so folding first changes nothing
            assertEquals(NORMALIZER.forMatching(s).text(), NORMALIZER.forMatching(once).text(), () -> escape(s));
        }
    }

    /** What the rules promise of the output, whatever the input. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOutputKeepsTheRules(long seed) {
        Random random = new Random(seed + 10_000);
        for (int trial = 0; trial < 10; trial++) {
            String s = RandomText.any(random, 80);
            String out = NORMALIZER.normalize(s).text();
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                int index = i;
                java.util.function.Function<String, java.util.function.Supplier<String>> at =
                        rule -> () -> rule + ": char " + index + " of " + escape(out) + " from " + escape(s);
                assertFalse(RandomText.TASHKEEL.indexOf(c) >= 0 || c == '\u0640', at.apply("tashkeel and tatweel dropped"));
                assertFalse(RandomText.JOINERS.indexOf(c) >= 0 || RandomText.BIDI.indexOf(c) >= 0 || c == '\uFEFF' || c == '\u00AD',
                        at.apply("joiners, bidi controls, BOM and soft hyphen dropped"));
                assertFalse(Character.isDigit(c) && (c < '0' || c > '9'), at.apply("digits are ASCII"));
                assertFalse(Character.isUpperCase(c), at.apply("lower case"));
                assertFalse(Character.isWhitespace(c) && c != ' ', at.apply("white space is a space"));
                assertFalse(c == ' ' && i > 0 && out.charAt(i - 1) == ' ', at.apply("no two spaces in a row"));
                assertFalse("أإآٱىةیکۀ".indexOf(c) >= 0, at.apply("alef, yeh, kaf and heh forms folded"));
            }
            // unit by unit: two lone surrogates with a dropped character between them do meet in the output
            assertEquals(surrogates(s), surrogates(out), "surrogates, so characters beyond the BMP, pass unchanged");
        }
    }

    /**
     * Offsets: every output character points to a non-empty range of the original, inside it;
     * the ranges of successive characters are the same range (one character folded into
     * several, as a ligature) or follow each other without overlap; and the normalised form of a
     * range is exactly the output characters that point to it.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOffsetMapIsMonotoneInsideTheTextAndLocal(long seed) {
        Random random = new Random(seed + 20_000);
        for (int trial = 0; trial < 10; trial++) {
            String s = RandomText.any(random, 80);
            NormalizedText t = NORMALIZER.normalize(s);
            checkOffsets(s, t, 0, s.length());
            NormalizedText matching = NORMALIZER.forMatching(s);
            for (int i = 0; i < matching.length(); i++) {
                assertTrue(0 <= matching.originalStart(i) && matching.originalStart(i) < matching.originalEnd(i)
                        && matching.originalEnd(i) <= s.length(), "matching offsets inside: " + escape(s));
                if (i > 0) {
                    assertTrue(matching.originalStart(i - 1) <= matching.originalStart(i)
                            && matching.originalEnd(i - 1) <= matching.originalEnd(i), "matching offsets monotone: " + escape(s));
                }
            }
        }
    }

    /** A range of a text normalises as that substring does, with offsets into the whole text. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRangeNormalisesLikeItsSubstring(long seed) {
        Random random = new Random(seed + 30_000);
        String s = RandomText.any(random, 120);
        int from = random.nextInt(s.length() + 1);
        int to = from + random.nextInt(s.length() - from + 1);
        NormalizedText range = NORMALIZER.normalize(s, from, to);
        NormalizedText alone = NORMALIZER.normalize(s.substring(from, to));
        assertEquals(alone.text(), range.text());
        for (int i = 0; i < range.length(); i++) {
            assertEquals(alone.originalStart(i) + from, range.originalStart(i));
            assertEquals(alone.originalEnd(i) + from, range.originalEnd(i));
        }
        checkOffsets(s, range, from, to);
    }

    private static void checkOffsets(String s, NormalizedText t, int from, int to) {
        String out = t.text();
        boolean[] covered = new boolean[s.length()];
        for (int k = 0; k < out.length(); k++) {
            java.util.Arrays.fill(covered, t.originalStart(k), t.originalEnd(k), true);
        }
        for (int k = from; k < to; k++) {
            if (!covered[k]) {
                int index = k;
                assertEquals("", NORMALIZER.normalize(s.substring(k, k + 1)).text(),
                        () -> "an original character no output character points to is one that is dropped: char " + index
                                + " of " + escape(s));
            }
        }
        int i = 0;
        while (i < out.length()) {
            int start = t.originalStart(i);
            int end = t.originalEnd(i);
            int index = i;
            java.util.function.Function<String, java.util.function.Supplier<String>> where =
                    rule -> () -> rule + ": char " + index + " of " + escape(out) + " from " + escape(s);
            assertTrue(from <= start && start < end && end <= to, where.apply("inside the text"));
            int j = i + 1;
            while (j < out.length() && t.originalStart(j) == start) {
                assertEquals(end, t.originalEnd(j), where.apply("one original range per folded character"));
                j++;
            }
            if (j < out.length()) {
                assertTrue(t.originalStart(j) >= end, where.apply("ranges in order, not overlapping"));
            }
            assertEquals(out.substring(i, j), NORMALIZER.normalize(s.substring(start, end)).text(),
                    where.apply("the range normalises to exactly these characters"));
            i = j;
        }
    }

    private static String surrogates(String s) {
        StringBuilder kept = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return escape(kept.toString());
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
