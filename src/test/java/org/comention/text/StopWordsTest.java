package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void eachLanguageHasLucenesOwnSet() {
        assertTrue(StopWords.of("ar").contains("في"));
        assertTrue(StopWords.of("fa").contains("از"));
        assertTrue(StopWords.of("tr").contains("ve"));
        assertTrue(StopWords.of("ru").contains("и"));
        assertTrue(StopWords.of("fr").contains("le"));
        assertTrue(StopWords.of("de").contains("und"));
        assertTrue(StopWords.of("es").contains("el"));
        assertEquals(33, StopWords.of("en").size(), "the English analyser's default");
        assertThrows(IllegalArgumentException.class, () -> StopWords.of("xx"));
    }

    @Test
    void englishSnowballIsTheLongList() {
        assertTrue(StopWords.snowballEnglish().contains("himself"));
        assertTrue(StopWords.snowballEnglish().size() > 100);
    }

    @Test
    void wordsAreTheSetsMembersAsStrings() {
        List<String> words = StopWords.words(StopWords.of("en"));
        assertEquals(33, words.size());
        assertTrue(words.contains("the"));
    }
}
