package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicProcliticsTest {
    private static final ArabicProclitics PROCLITICS = new ArabicProclitics();

    @ParameterizedTest(name = "{0} is a proclitic sequence")
    @ValueSource(strings = {"و", "ف", "ب", "ك", "ل", "ال", "لل", "وال", "بال", "فال", "كال", "ولل", "فلل", "وب", "ول", "فب", "وبال"})
    void recognisesProclitics(String prefix) {
        assertTrue(PROCLITICS.isProclitic(prefix, 0, prefix.length()));
    }

    @ParameterizedTest(name = "{0} is not a proclitic sequence")
    @ValueSource(strings = {"م", "ت", "لال", "اال", "بو", "وو", "مال", "سال", "بالل"})
    void rejectsOtherPrefixes(String prefix) {
        assertFalse(PROCLITICS.isProclitic(prefix, 0, prefix.length()));
    }

    @ParameterizedTest(name = "{0} absorbs the article")
    @ValueSource(strings = {"لل", "ولل", "فلل"})
    void fusedPrepositionAbsorbsArticle(String prefix) {
        assertTrue(PROCLITICS.absorbsArticle(prefix, 0, prefix.length()));
    }

    @ParameterizedTest(name = "{0} does not absorb the article")
    @ValueSource(strings = {"ل", "ال", "بال", "و"})
    void otherPrefixesKeepTheArticle(String prefix) {
        assertFalse(PROCLITICS.absorbsArticle(prefix, 0, prefix.length()));
    }
}
