package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CyrillicEndingsTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private String fold(String word) {
        return normalizer.forMatchingToString(word);
    }

    @ParameterizedTest(name = "{0} and {1} meet")
    @CsvSource({
        "Путин, Путина", "Путин, Путину", "Путин, Путиным", "Путин, Путине",   // masculine noun cases
        "Зеленский, Зеленского", "Зеленский, Зеленскому", "Зеленский, Зеленским", // adjectival surname
        "Зеленський, Зеленського", "Зеленський, Зеленському",                   // Ukrainian
        "Украина, Украины", "Украина, Украине", "Украина, Украину",            // feminine in -а
        "Україна, України", "Україна, Україні",
        "Россия, России", "Россия, Россию", "Турция, Турцией",                 // nouns in -ия
        "Росія, Росії", "Росія, Росією",
        "Москва, Москве", "Киев, Киева", "Кремль, Кремля", "Китай, Китая",
        "Лавров, Лаврова", "Захарова, Захаровой",                              // -ов is the name, not an ending
        "Российская Федерация, Российской Федерации", "Курская область, Курской области",
    })
    void declinedFormsFoldAlike(String dictionaryForm, String declined) {
        assertEquals(fold(dictionaryForm), fold(declined));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"Нигерия, Нигер", "Австрия, Австралия", "Россия, Российская"})
    void differentNamesStayApart(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(fold(a), fold(b));
    }

    @ParameterizedTest
    @CsvSource({"США, сша", "Мали, мали", "НАТО, нато", "Перу, перу"})
    void shortWordsKeepTheirEnding(String word, String folded) {
        assertEquals(folded, fold(word));
    }

    @ParameterizedTest
    @CsvSource({"Putina, putina", "Zelenskyy, zelenskyy"})
    void latinScriptIsNotStemmed(String word, String folded) {
        assertEquals(folded, fold(word));
    }

    @org.junit.jupiter.api.Test
    void plainNormalisationKeepsTheEndingsAndStaysIdempotent() {
        assertEquals("россии", normalizer.normalizeToString("России"));
        assertEquals("росси", normalizer.forMatchingToString("России"));
        assertEquals(normalizer.forMatchingToString("России"),
                normalizer.forMatchingToString(normalizer.normalizeToString("России")));
    }

    @org.junit.jupiter.api.Test
    void theLastKeptLetterMapsToTheEndOfTheWholeWord() {
        NormalizedText text = normalizer.forMatching("у Путина есть");
        int last = text.text().indexOf("путин") + "путин".length() - 1;
        assertEquals("у Путина".length(), text.originalEnd(last), "the ending belongs to the mention");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Ближний, Ближнем", "Нижний, Нижнем", "Высший, Высшем", "ВЕРХНИЙ, ВЕРХНЕМ",
        "Великобритания, ''", "Дмитрий, ''", "Зеленский, ''", "ний, ''",
    })
    void softAndHushingAdjectivesHaveAnotherForm(String word, String other) {
        assertEquals(other.isEmpty() ? null : other, CyrillicEndings.softAdjectiveOtherForm(word));
        if (!other.isEmpty()) {
            // the other form folds like the adjective's other cases, which the nominative does not
            assertEquals(fold(other), fold(word.substring(0, word.length() - 2) + "его"));
        }
    }
}
