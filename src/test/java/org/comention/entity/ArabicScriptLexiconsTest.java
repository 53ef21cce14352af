package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lists: a malformed one names its file and line. */
class ArabicScriptLexiconsTest {
    @Test
    void aMalformedListNamesItsFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ArabicScriptNames(ArabicScriptProposals.NORMALIZER, "/discovery-bad/arabic-script/"));
        assertTrue(e.getMessage().contains("titles.csv:3") && e.getMessage().contains("beside"), e.getMessage());
    }
}
