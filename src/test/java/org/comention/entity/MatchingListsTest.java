package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class MatchingListsTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static Map<String, String> validFiles() {
        Map<String, String> files = new HashMap<>();
        files.put("common-words.csv", "lang,word,class\nfa,دوشنبه,weekday\nen,Monday,weekday\nfr,seul,adjective\n");
        files.put("glued-prepositions.csv", "lang,prefix\nfa,از\n");
        files.put("suffixes.csv", "lang,suffix\ntr,dan\n");
        files.put("given-names.csv", "name,class\nJordan,english-place\n");
        files.put("us-places.csv", "kind,name\ncity,Atlanta\nstate,Georgia\n");
        files.put("qualifiers.csv", "lang,word,position\nen,National,before\nfa,ملی,after\n");
        return files;
    }

    private static MatchingLists read(Map<String, String> files) {
        return MatchingLists.read(NORMALIZER, name -> TestGazetteers.inline(name, files.get(name)));
    }

    @Test
    void foldsEntriesAsTheMatcherFoldsText() {
        MatchingLists lists = read(validFiles());
        // ی folds to ي as in text; case to lower, and a capitalised entry says its language capitalises it
        assertEquals(Map.of("fa", false), lists.commonIn(NORMALIZER.forMatchingToString("دوشنبه")));
        assertEquals(Map.of("en", true), lists.commonIn("monday"));
        assertTrue(lists.isCommon("fr", "seul"));
        assertFalse(lists.isCommon("tr", "seul"));
        assertTrue(lists.isGivenName("jordan"));
        assertTrue(lists.isUsState("georgia"));
        assertTrue(lists.usCityEndsAt("in atlanta", "in atlanta".length()));
        assertFalse(lists.usCityEndsAt("in xatlanta", "in xatlanta".length()));
        assertTrue(lists.isQualifierBefore("national"));
        assertFalse(lists.isQualifierAfter("national"));
        assertTrue(lists.isQualifierAfter(NORMALIZER.forMatchingToString("ملی")));
        assertTrue(lists.takesBareSuffixes("tr"));
        assertFalse(lists.takesBareSuffixes("en"));
    }

    @Test
    void luceneStopSetsAreCommonWordsToo() {
        MatchingLists lists = read(validFiles());
        assertTrue(lists.isCommon("fr", "dans"));
        assertTrue(lists.isCommon("ru", NORMALIZER.forMatchingToString("когда")));
        assertNull(lists.commonIn("atlanta"));
    }

    @Test
    void dariReadsPersiansLists() {
        assertEquals("fa", MatchingLists.wordsOf("prs"));
        assertEquals("ar", MatchingLists.wordsOf("ar"));
        assertNull(MatchingLists.wordsOf(null));
    }

    @Test
    void theBundledListsLoad() {
        MatchingLists lists = MatchingLists.bundled(NORMALIZER);
        assertTrue(lists.isCommon("fa", NORMALIZER.forMatchingToString("دوشنبه")));
        assertTrue(lists.isUsState("georgia"));
        assertTrue(lists.isGluedPreposition("fa", "ازكابل", 0, 2));
    }

    @Test
    void aBadRowIsOneLineNamingFileAndLine() {
        Map<String, String> files = validFiles();
        files.put("us-places.csv", "kind,name\ncity,Atlanta\ntown,Macon\n");
        UserInputException e = assertThrows(UserInputException.class, () -> read(files));
        assertEquals("us-places.csv:3: kind must be state or city, not 'town'", e.getMessage());

        files.put("us-places.csv", "kind,name\n");
        files.put("common-words.csv", "lang,text\nfa,دوشنبه\n");
        e = assertThrows(UserInputException.class, () -> read(files));
        assertEquals("common-words.csv:1: the header must name lang, word", e.getMessage());

        files.put("common-words.csv", "lang,word,class\nfa\n");
        e = assertThrows(UserInputException.class, () -> read(files));
        assertEquals("common-words.csv:2: not as many columns as the header", e.getMessage());

        files.put("common-words.csv", "lang,word,class\nfa,\u200c\u064e,weekday\n");
        e = assertThrows(UserInputException.class, () -> read(files));
        assertTrue(e.getMessage().startsWith("common-words.csv:2: "), e.getMessage());
    }

    @Test
    void theMatcherReadsDiscoverysGivenNamesTheWesternOnes() {
        MatchingLists lists = MatchingLists.bundled(NORMALIZER);
        // a given name that is a place's name (discovery leaves it out) and an ordinary English one
        assertTrue(lists.isGivenName(NORMALIZER.forMatchingToString("Georgia")));
        assertTrue(lists.isGivenName(NORMALIZER.forMatchingToString("Abigail")));
        // a Latin spelling of an Arabic name is discovery's alone: the region's places are not people's names
        assertTrue(!lists.isGivenName(NORMALIZER.forMatchingToString("Mohammed")));
        LatinLexicon lexicon = LatinLexicon.bundled(NORMALIZER);
        assertTrue(lexicon.givenNames.contains(NORMALIZER.forMatchingToString("Abigail")));
        assertTrue(!lexicon.givenNames.contains(NORMALIZER.forMatchingToString("Georgia")));
    }

    @Test
    void discoveryReadsLucenesStopListsWhole() {
        // the sizes of the lists once copied into stopwords.csv: Lucene's getters give the same content
        Map<String, Integer> sizes = new HashMap<>();
        LatinLexicon.stopSets().forEach((lang, words) -> sizes.put(lang, words.size()));
        assertEquals(Map.of("de", 231, "en", 174, "es", 308, "fr", 154, "ru", 159, "tr", 209), sizes);
        // the English list is Snowball's, not the analyser's 33 words
        assertTrue(LatinLexicon.stopSets().get("en").contains("himself"));
        assertTrue(LatinLexicon.stopSets().get("tr").contains("ve"));
    }
}
