package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {
    private final LanguageGuess guess = new LanguageGuess();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "قال وزير الخارجية إن الحلف مستعد | ar",
        "وزیر امور خارجه آمریکا امروز با دبیرکل ناتو دیدار کرد | fa",
        "Министр иностранных дел России провел переговоры | ru",
        "Президент України провів зустріч у Києві | uk",
        "The minister said that the alliance is ready | en",
        "Le président a reçu les dirigeants à l'Élysée pour discuter | fr",
        "Der Kanzler hat die Hilfen für die Ukraine angekündigt | de",
        "Dışişleri Bakanı ile bir araya geldi ve bu görüşmede | tr",
    })
    void guessesFromLetters(String text, String language) {
        assertEquals(language, guess.of(null, text));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource({"AR, ar", "' fa ', fa"})
    void aDeclaredLanguageWins(String declared, String language) {
        assertEquals(language, guess.of(declared, "The minister said"));
    }
}
