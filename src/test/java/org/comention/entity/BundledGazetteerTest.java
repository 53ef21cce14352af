package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The gazetteer shipped in the jar: it loads, it covers the field, and it does not over-match. */
class BundledGazetteerTest {
    static Gazetteer gazetteer;
    static EntityMatcher matcher;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = GazetteerReader.readWithBundled(List.of());
        matcher = new EntityMatcher(gazetteer, new TextNormalizer(), false);
    }

    private static Set<String> labels(String text) {
        return matcher.find(text).stream().map(m -> gazetteer.entity(m.entity()).label()).collect(Collectors.toSet());
    }

    @Test
    void loadsWithoutAliasCollisionsAndCoversEveryCountry() {
        assertTrue(gazetteer.size() >= 250, "entities: " + gazetteer.size());
        Set<String> ids = new HashSet<>();
        for (Entity entity : gazetteer.entities()) {
            assertTrue(ids.add(entity.id()));
            assertTrue(entity.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "id is a slug: " + entity.id());
        }
        assertTrue(ids.containsAll(Set.of("north-korea", "ivory-coast", "kosovo", "state-of-palestine")));
    }

    @ParameterizedTest
    @CsvSource({
        "وصل بلينكن, Antony Blinken",
        "إلى براغ, Prague",
        "ینس استولتنبرگ, Jens Stoltenberg",
        "قال ستولتنبرج, Jens Stoltenberg",
        "حلف شمال الاطلسي, NATO",
        "سازمان پیمان آتلانتیک شمالی, NATO",
        "دعم لأوكرانيا, Ukraine",
        "زار کییف, Kyiv",
        "كوريا الشمالية, North Korea",
        "کره شمالی, North Korea",
        "کرهٔ شمالی, North Korea",
        "ایالات متحده, United States",
        "the U.S. said, United States",
        "دونالد ترمب, Donald Trump",
        "فلاديمير زيلينسكي, Volodymyr Zelenskyy",
        "Zelenskiy, Volodymyr Zelenskyy",
        "Kiev, Kyiv",
        "Türkiye, Turkey",
        "Côte d’Ivoire, Ivory Coast",
        "Российская Федерация, Russia",
        "у Путина, Vladimir Putin",                 // Russian and Ukrainian cases
        "встреча в Москве, Moscow",
        "президента Зеленского, Volodymyr Zelenskyy",
        "в Курской области, Kursk Oblast",
        "до Києва, Kyiv",
        "підтримка України, Ukraine",
        "Putins Krieg, Vladimir Putin",             // German genitive
        "Russlands Armee, Russia",
        "Selenskyjs Plan, Volodymyr Zelenskyy",
        "Die Hamas müsse, Hamas",                    // a listed name, not Hama + genitive s
        "l'Otan, NATO",                              // French elision
        "Rusya'nın, Russia",                         // Turkish suffix after an apostrophe
        "NATO'nun, NATO",
        "Tahran'da, Tehran",
    })
    void linksCommonSpellings(String text, String label) {
        assertEquals(Set.of(label), labels(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "فلاديمير", "دونالد", "محمد", "Vladimir", "Donald",   // bare given names
        "كيف حالك", "الغرب", "الحلف", "الجمهوري", "الديمقراطي", "کره",  // common words
        "please tell us", "AA", "مالي", "الوضع المالي", "چک بانکی",
        "roast turkeys", "того же", "القاعدة العسكرية", "مسقط رأسه", "جزيرة", 
        "الخارجية الأمريكية",   // a ministry named without the word ministry is not the State Department
    })
    void commonWordsAndBareGivenNamesLinkToNobody(String text) {
        assertEquals(Set.of(), labels(text), text);
    }

    @ParameterizedTest
    @CsvSource({"ستولتنبرق, Jens Stoltenberg", "بلنكن, Antony Blinken", "وزلينسكي, Volodymyr Zelenskyy"})
    void unlistedSpellingsOfPeopleMatchAsVariants(String text, String label) {
        List<Mention> mentions = matcher.find(text);
        assertEquals(1, mentions.size(), text);
        assertEquals(label, gazetteer.entity(mentions.get(0).entity()).label());
        assertEquals(MatchKind.VARIANT, mentions.get(0).how());
    }

    @Test
    void matchKindsTellHowAMentionWasFound() {
        assertEquals(MatchKind.EXACT, matcher.find("بلينكن").get(0).how());
        assertEquals(MatchKind.NORMALISED, matcher.find("بلینکن").get(0).how(), "Persian letters");
        assertEquals(MatchKind.PROCLITIC, matcher.find("وبلينكن").get(0).how());
    }

    @Test
    void aSurnameAloneLinksOnlyAfterTheFullNameInTheSameText() {
        List<Mention> mentions = matcher.find("التقى بوريس جونسون نظيره، وقال جونسون إن");
        assertEquals(2, mentions.size());
        assertEquals("Boris Johnson", gazetteer.entity(mentions.get(1).entity()).label());
        assertEquals(MatchKind.COREFERENCE, mentions.get(1).how());
        assertEquals(List.of(), matcher.find("قال جونسون إن"), "no full name before: nobody");
        assertEquals(List.of(), matcher.find("johnson and johnson"), "lowercase Latin: not a name");
    }

    @Test
    void anAmbiguousSurnameGoesToTheBearerNamedLast() {
        List<Mention> mentions = matcher.find("Mahmoud Abbas met Abbas Araghchi; later Araghchi said");
        assertEquals("Abbas Araghchi", gazetteer.entity(mentions.get(mentions.size() - 1).entity()).label());
    }

    @Test
    void surnamesThatAreWordsAreNeverDerived() {
        List<Mention> mentions = matcher.find("نواف سلام يدعو إلى سلام عادل");
        assertEquals(1, mentions.size(), "the second سلام is peace");
    }

    @Test
    void adjectivesAreRecordedButNotNames() {
        assertEquals(Set.of(), labels("الجيش الروسي"));
        EntityMatcher withAdjectives = new EntityMatcher(gazetteer, new TextNormalizer(), true);
        List<Mention> mentions = withAdjectives.find("الجيش الروسي والقوات الأوكرانية");
        assertEquals(2, mentions.size());
        assertTrue(mentions.stream().allMatch(m -> m.kind() == AliasKind.ADJECTIVAL));
    }
}
