package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A declared language counts by its ISO 639 code, and a run keeps a bounded number apart. */
class LanguageCodesTest {

    @ParameterizedTest
    @CsvSource({"ar, ar", "AR, ar", "ar-SA, ar", "ar_EG, ar", " fa-IR , fa", "ara, ar", "per, fa", "fas, fa",
        "iw, he", "zh-Hant-TW, zh", "ckb, ckb", "ps-AF, ps", "i-klingon, tlh",
        "und, und", "x-private, und", "qaa, und", "Arabic, und", "l0001, und", "en-, und", "1234, und", "'', ",
        "other, other"})
    void declaredValuesBecomeCodes(String declared, String code) {
        assertEquals(code, LanguageCodes.canonical(declared));
    }

    @Test
    void nothingDeclaredIsNoLanguage() {
        assertNull(LanguageCodes.canonical(null));
        assertNull(LanguageCodes.canonical("  "));
    }

    @Test
    void theFirstLanguagesSeenKeepTheirCodeAndTheRestFoldIntoOther() {
        String[] codes = com.ibm.icu.util.ULocale.getISOLanguages();
        LanguageCodes run = new LanguageCodes();
        List<String> counted = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            counted.add(run.fold(codes[i]));
            counted.add(run.fold(LanguageCodes.UNDETERMINED));
            counted.add(run.fold(null));
        }
        assertEquals(codes[0], counted.get(0));
        assertEquals(codes[LanguageCodes.MAX_DECLARED - 1], counted.get(3 * (LanguageCodes.MAX_DECLARED - 1)));
        assertEquals(LanguageCodes.OTHER, counted.get(3 * LanguageCodes.MAX_DECLARED));
        assertEquals(100 - LanguageCodes.MAX_DECLARED, counted.stream().filter(LanguageCodes.OTHER::equals).count());
        // a language kept stays kept; und and no language are never folded
        assertEquals(codes[3], run.fold(codes[3]));
        assertEquals(LanguageCodes.UNDETERMINED, counted.get(3 * 50 + 1));
        assertNull(counted.get(3 * 50 + 2));
    }

    @Test
    void aFoldedLanguageReadAgainStaysFolded() {
        assertEquals(LanguageCodes.OTHER, new LanguageGuess().of(LanguageCodes.OTHER, "some English text and the rest"));
        assertEquals("und", new LanguageGuess().of("nonsense-value-that-is-long", "the text is English"));
    }
}
