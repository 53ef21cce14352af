package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.comention.text.ArabicProclitics;
import org.comention.text.RandomText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the matcher with the bundled gazetteer, on seeded random texts made of its
 * aliases (behind random proclitics و ف ب ل ك ال لل, some with a genitive s), random words of
 * four scripts, digits and punctuation, with bidi controls, joiners, tashkeel, tatweel and
 * letters of other scripts put between and inside words: every mention lies inside the text on
 * token boundaries, splits no character, and its surface {@code text.substring(start, end)} is
 * what its match kind says of the alias it came from; and characters the normaliser drops change
 * no mention, only where its offsets fall.
 */
class MatcherInvariantsTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final String[] PROCLITICS = {"و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "ولل", "فب", "وب", "كال"};
    private static final ArabicProclitics ARABIC_PROCLITICS = new ArabicProclitics();
    private static final MatchingLists LISTS = MatchingLists.bundled(NORMALIZER);
    private static Gazetteer gazetteer;
    private static EntityMatcher matcher;
    private static List<String> aliases;

    @BeforeAll
    static void load() throws IOException {
        gazetteer = GazetteerReader.readWithBundled(List.of());
        matcher = new EntityMatcher(gazetteer, NORMALIZER, true);
        aliases = gazetteer.aliases().stream().map(r -> r.alias().text()).sorted().toList();
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** A text of aliases, proclitics, words, digits and punctuation, without invisible characters. */
    private static String cleanText(Random random) {
        StringBuilder s = new StringBuilder();
        int tokens = 3 + random.nextInt(30);
        for (int t = 0; t < tokens; t++) {
            int roll = random.nextInt(10);
            if (roll < 5) {
                String alias = aliases.get(random.nextInt(aliases.size()));
                if (ArabicProclitics.isArabicLetter(alias.charAt(0)) && random.nextInt(3) == 0) {
                    s.append(PROCLITICS[random.nextInt(PROCLITICS.length)]);
                }
                s.append(alias);
                if (Character.isUpperCase(alias.charAt(0)) && random.nextInt(6) == 0) {
                    s.append('s');
                }
            } else if (roll < 8) {
                s.append(RandomText.word(random));
            } else if (roll < 9) {
                s.append(random.nextInt(3000));
            } else {
                s.append(RandomText.pick(random, RandomText.PUNCTUATION));
            }
            switch (random.nextInt(8)) {
                case 0 -> s.append(RandomText.pick(random, RandomText.PUNCTUATION)).append(' ');
                case 1 -> s.append(random.nextBoolean() ? "\n" : "\n\n");
                case 2 -> s.append(". ");
                default -> s.append(' ');
            }
        }
        return s.toString();
    }

    /** {@code text} with characters the normaliser drops put in at random, inside words too. */
    private static String withInvisibles(Random random, String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            while (random.nextInt(5) == 0) {
                s.append(RandomText.invisible(random));
            }
            s.append(text.charAt(i));
        }
        return s.toString();
    }

    /** {@code text} with now and then a letter of another script, or a surrogate pair, put in. */
    private static String withMixedScripts(Random random, String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            s.append(text.charAt(i));
            if (random.nextInt(15) == 0) {
                switch (random.nextInt(5)) {
                    case 0 -> s.append(RandomText.pick(random, RandomText.ARABIC));
                    case 1 -> s.append(RandomText.pick(random, RandomText.LATIN));
                    case 2 -> s.append(RandomText.pick(random, RandomText.CYRILLIC));
                    case 3 -> s.append(RandomText.invisible(random));
                    default -> s.appendCodePoint(0x1F600);
                }
            }
        }
        return s.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mentionsLieOnTokenBoundariesAndTheirSurfaceIsTheAlias(long seed) {
        Random random = new Random(seed);
        String clean = cleanText(random);
        for (String text : List.of(clean, withInvisibles(random, clean), withMixedScripts(random, clean))) {
            List<Mention> mentions = matcher.find(text);
            int previousEnd = 0;
            for (Mention m : mentions) {
                String where = m + " in " + escape(text);
                assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "inside the text: " + where);
                assertTrue(m.start() >= previousEnd, "sorted, not overlapping: " + where);
                previousEnd = m.end();
                assertFalse(Character.isLowSurrogate(text.charAt(m.start())), "starts on a whole character: " + where);
                assertFalse(Character.isHighSurrogate(text.charAt(m.end() - 1)), "ends on a whole character: " + where);
                assertFalse(m.end() < text.length() && isMark(text.charAt(m.end())),
                        "a mark after the last letter belongs to the mention: " + where);
                String before = NORMALIZER.normalize(text.substring(0, m.start())).text();
                String after = NORMALIZER.normalize(text.substring(m.end())).text();
                assertFalse(!before.isEmpty() && TextNormalizer.isWordChar(before.charAt(before.length() - 1)),
                        "starts a token: " + where);
                assertFalse(!after.isEmpty() && TextNormalizer.isWordChar(after.charAt(0)), "ends a token: " + where);
                checkSurface(text.substring(m.start(), m.end()), m, where);
            }
        }
    }

    /**
     * Characters the normaliser drops (bidi controls, joiners, tashkeel, tatweel), put anywhere,
     * leave the mentions as they were: same entities, kinds and normalised offsets; an exact
     * match may become a normalised one; and the surface is the old one with them inside (both
     * compared without them, since Persian aliases hold a ZWNJ of their own).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void droppedCharactersChangeNoMention(long seed) {
        Random random = new Random(seed + 50_000);
        String clean = cleanText(random);
        String noisy = withInvisibles(random, clean);
        assertEquals(NORMALIZER.forMatching(clean).text(), NORMALIZER.forMatching(noisy).text());
        List<Mention> expected = matcher.find(clean);
        List<Mention> found = matcher.find(noisy);
        assertEquals(expected.size(), found.size(), () -> escape(noisy));
        for (int i = 0; i < expected.size(); i++) {
            Mention e = expected.get(i);
            Mention f = found.get(i);
            String where = f + " in " + escape(noisy);
            assertEquals(List.of(e.entity(), e.kind(), e.normalizedStart(), e.alias()),
                    List.of(f.entity(), f.kind(), f.normalizedStart(), f.alias()), where);
            assertTrue(e.how() == f.how() || (e.how() == MatchKind.EXACT && f.how() == MatchKind.NORMALISED), where);
            String surface = noisy.substring(f.start(), f.end());
            assertEquals(withoutInvisibles(clean.substring(e.start(), e.end())), withoutInvisibles(surface), where);
        }
    }

    /** What the match kind says of the surface and the alias, in their matching forms. */
    private static void checkSurface(String surface, Mention m, String where) {
        Alias alias = m.alias();
        assertNotNull(alias, where);
        String fs = NORMALIZER.forMatchingToString(surface);
        String fa = NORMALIZER.forMatchingToString(alias.text());
        if (m.how() != MatchKind.COREFERENCE) {
            assertEquals(gazetteer.indexOf(alias.entityId()), m.entity(), "the alias names the entity: " + where);
        } else {
            assertEquals(EntityType.PERSON, gazetteer.entity(m.entity()).type(), where);
        }
        switch (m.how()) {
            case EXACT -> assertEquals(alias.text(), surface, where);
            case NORMALISED -> assertTrue(fs.equals(fa) || fs.equals(fa + "s"), "normalised alike, or a genitive s: " + where);
            case PROCLITIC -> assertTrue(behindProclitic(fs, fa), "proclitics, then the alias: " + where);
            case ADJECTIVAL -> assertTrue(fs.equals(fa) || fs.equals(fa + "s") || behindProclitic(fs, fa), where);
            case VARIANT -> {
                assertTrue(ArabicProclitics.isArabicLetter(fs.charAt(0)), "variants are of Arabic-script names: " + where);
                assertTrue(ArabicProclitics.isArabicLetter(fa.charAt(0)), where);
            }
            case COREFERENCE -> {
                String surname = ShortForms.surname(fa);
                assertNotNull(surname, where);
                assertTrue(fs.equals(surname) || fs.equals(surname + "s") || behindProclitic(fs, surname), where);
            }
            default -> throw new AssertionError(m.how());
        }
    }

    private static boolean behindProclitic(String surface, String alias) {
        for (int cut = 1; cut <= 4 && cut < surface.length(); cut++) {
            String rest = surface.substring(cut);
            if (rest.equals(alias) && (ARABIC_PROCLITICS.isProclitic(surface, 0, cut)
                    || LISTS.isGluedPreposition("fa", surface, 0, cut))) {
                return true;
            }
            if (alias.startsWith("ال") && rest.equals(alias.substring(2)) && ARABIC_PROCLITICS.absorbsArticle(surface, 0, cut)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String withoutInvisibles(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (RandomText.TASHKEEL.indexOf(c) < 0 && RandomText.TATWEEL.indexOf(c) < 0 && RandomText.JOINERS.indexOf(c) < 0
                    && RandomText.BIDI.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F || Character.isLetter(c) && c < 0x0700 ? String.valueOf(c)
                    : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
