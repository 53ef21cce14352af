package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.comention.common.UserInputException;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityMatcherTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static Gazetteer gazetteer;
    private static EntityMatcher names;
    private static EntityMatcher withAdjectives;

    @BeforeAll
    static void load() throws IOException {
        gazetteer = TestGazetteers.fixture();
        names = new EntityMatcher(gazetteer, NORMALIZER, false);
        withAdjectives = new EntityMatcher(gazetteer, NORMALIZER, true);
    }

    private static List<String> ids(EntityMatcher matcher, String text) {
        return matcher.find(text).stream().map(m -> gazetteer.entity(m.entity()).id()).collect(Collectors.toList());
    }

    private static String surfaces(String text) {
        return names.find(text).stream().map(m -> text.substring(m.start(), m.end())).collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "لأوكرانيا, ukraine",
            "وروسيا, russia",
            "ببوتين, vladimir-putin",
            "للناتو, nato",
            "والناتو, nato",
            "بالناتو, nato",
            "وستولتنبرغ, jens-stoltenberg",
            "للولايات المتحدة, united-states",
            "بالولايات المتحدة, united-states",
    })
    void stripsArabicProclitics(String text, String entity) {
        assertEquals(List.of(entity), ids(names, text));
    }

    @Test
    void proclicticBeforeAMultiWordName() {
        assertEquals(List.of("nato"), ids(names, "الأمين العام لحلف شمال الأطلسي ينس"));
        assertEquals("لحلف شمال الأطلسي", surfaces("الأمين العام لحلف شمال الأطلسي ينس"));
    }

    /** Found by MatcherInvariantsTest: the mention ended before the marks on its last letter. */
    @Test
    void theMarksOnTheLastLetterBelongToTheMention() {
        assertEquals("بلينكنَ|روسياً", surfaces("قال بلينكنَ إن روسياً"));
        assertEquals("بلينكنُّ", surfaces("بلينكنُّ‏ قال"), "marks stay in, a bidi mark after them out");
        assertEquals(MatchKind.NORMALISED, names.find("بلينكنَ").get(0).how(), "not the alias as listed");
    }

    @ParameterizedTest(name = "no match inside {0}")
    @ValueSource(strings = {"بوتينيات", "مروسيا", "روسياتي", "Blinkenly", "Natoli", "انتوني بلينكنز"})
    void neverMatchesInsideALongerWord(String text) {
        assertEquals(List.of(), ids(names, text));
    }

    @Test
    void aCapitalisedNameMayTakeAGenitiveS() {
        assertEquals(List.of("antony-blinken"), ids(names, "Blinkens Reise"));
        assertEquals("Blinkens", surfaces("Blinkens Reise"));
        assertEquals(List.of(), ids(names, "blinkens"), "lowercase: an ordinary word, not a name");
        assertEquals(List.of(), ids(names, "NATOss"), "one s only");
    }

    @Test
    void unifiesArabicAndPersianSpellings() {
        assertEquals(List.of("antony-blinken", "jens-stoltenberg"), ids(names, "بلینکن با استولتنبرگ دیدار کرد"));
        assertEquals(List.of("nato", "ukraine"), ids(names, "ناتو-اوکراین"));
    }

    @Test
    void longestMatchWins() {
        List<Mention> found = names.find("قال فلاديمير بوتين");
        assertEquals(1, found.size());
        assertEquals("فلاديمير بوتين", "قال فلاديمير بوتين".substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithDiacritics() {
        String text = "وقال  بُوتِين،  إن";
        Mention m = names.find(text).get(0);
        assertEquals("بُوتِين", text.substring(m.start(), m.end()));
    }

    @Test
    void capitalsOnlyAliasesNeedCapitals() {
        assertEquals(List.of("united-states"), ids(names, "The US said"));
        assertEquals(List.of(), ids(names, "he told us"));
    }

    @Test
    void capitalisedAliasMatchesCapitalsAndTitleCaseButNotLowercase() {
        // Italian "nato" is "born": a lowercase word is not the name its capitalised alias spells
        assertEquals(List.of("nato", "nato"), ids(names, "NATO and Nato and nato"));
    }

    @Test
    void capitalisedNameIsNotTheLowercaseCommonWord() throws IOException {
        Gazetteer gazetteer = GazetteerReader.read(List.of(List.of(
                TestGazetteers.inline("e.csv", "id,label,type\nturkey,Turkey,GPE\nchina,China,GPE\n"),
                TestGazetteers.inline("al.csv", "entity,alias\nturkey,Turkey\nchina,China\n"))));
        EntityMatcher matcher = new EntityMatcher(gazetteer, NORMALIZER, false);
        String text = "Turkey and China; a roast turkey on fine china; TURKEY, CHINA";
        assertEquals(List.of("Turkey", "China", "TURKEY", "CHINA"),
                matcher.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList());
    }

    @Test
    void adjectivalFormsCountOnlyWhenAsked() {
        String text = "الجيش الروسي وروسيا";
        assertEquals(List.of("russia"), ids(names, text));
        assertEquals(List.of("russia", "russia"), ids(withAdjectives, text));
        assertEquals(AliasKind.ADJECTIVAL, withAdjectives.find(text).get(0).kind());
    }

    @Test
    void bareGivenNameLinksToNobody() {
        assertEquals(List.of(), ids(names, "فلاديمير وحده"));
    }

    @Test
    void mentionsAreSortedByStart() {
        List<Mention> found = names.find("روسيا ثم الناتو ثم أوكرانيا ثم بلينكن");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).start() < found.get(i).start());
        }
        assertEquals(4, found.size());
    }

    @Test
    void twoEntitiesClaimingOneAliasInOneLayerIsAnError() {
        UserInputException e = assertThrows(UserInputException.class, () -> new EntityMatcher(GazetteerReader.read(List.of(List.of(
                TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\nb,B,GPE\n"),
                TestGazetteers.inline("al.csv", "entity,alias\na,عمان\nb,عُمان\n")))), NORMALIZER, false));
        assertTrue(e.getMessage().startsWith("al.csv:3: alias 'عُمان'"), e.getMessage());
    }

    @Test
    void aLaterLayerOverridesAnAlias() throws IOException {
        Gazetteer layered = GazetteerReader.read(List.of(
                List.of(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\nb,B,GPE\n"),
                        TestGazetteers.inline("al.csv", "entity,alias\na,عمان\n")),
                List.of(TestGazetteers.inline("user.csv", "entity,alias\nb,عمان\n"))));
        List<Mention> found = new EntityMatcher(layered, NORMALIZER, false).find("في عمان");
        assertEquals("b", layered.entity(found.get(0).entity()).id());
    }

    @Test
    void anAliasWithoutLettersIsAnError() {
        UserInputException e = assertThrows(UserInputException.class, () -> new EntityMatcher(GazetteerReader.read(List.of(List.of(
                TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\n"),
                TestGazetteers.inline("al.csv", "entity,alias\na,\u064E\u064F\n")))), NORMALIZER, false));
        assertTrue(e.getMessage().startsWith("al.csv:2:"), e.getMessage());
    }
}
