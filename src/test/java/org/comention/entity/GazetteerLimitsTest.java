package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The documented bounds of a gazetteer's cost, each a one-line error naming file and line. */
class GazetteerLimitsTest {
    private static final TextSource ONE_ENTITY = TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\n");

    @Test
    void anAliasLongerThanTheLimitIsAnErrorAtItsLine() throws IOException {
        String longest = "n".repeat(GazetteerReader.MAX_ALIAS_LENGTH);
        assertEquals(1, GazetteerReader.read(List.of(List.of(ONE_ENTITY,
                TestGazetteers.inline("al.csv", "entity,alias\na," + longest + "\n")))).aliases().size());
        UserInputException e = assertThrows(UserInputException.class, () -> GazetteerReader.read(List.of(List.of(ONE_ENTITY,
                TestGazetteers.inline("al.csv", "entity,alias\na,Aa\na," + longest + "n\n")))));
        assertEquals("al.csv:3: alias of 151 characters; an alias has at most 150", e.getMessage());
    }

    @Test
    void moreAliasesThanTheLimitIsAnErrorAtTheFirstOneBeyond() {
        StringBuilder table = new StringBuilder("entity,alias\n");
        for (int i = 0; i <= GazetteerReader.MAX_ALIASES; i++) {
            table.append("a,A").append(i).append('\n');
        }
        UserInputException e = assertThrows(UserInputException.class, () -> GazetteerReader.read(List.of(List.of(ONE_ENTITY,
                TestGazetteers.inline("al.csv", table.toString())))));
        assertEquals("al.csv:500002: more than 500,000 aliases in the gazetteer (with the bundled ones), the most one run "
                + "takes", e.getMessage());
    }

    @Test
    void aliasesWhoseVariantsPassTheKeyBudgetAreAnErrorNamingTheAliasThatPassedIt() throws IOException {
        // one-word Arabic-script names of 150 letters: 147 spacing variants each, 22,000 characters of keys
        StringBuilder table = new StringBuilder("entity,alias\n");
        Random random = new Random(5);
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهو";
        for (int i = 0; i < 2_400; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < GazetteerReader.MAX_ALIAS_LENGTH; c++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            table.append("a,").append(word).append('\n');
        }
        Gazetteer gazetteer = GazetteerReader.read(List.of(List.of(ONE_ENTITY, TestGazetteers.inline("al.csv", table.toString()))));
        UserInputException e = assertThrows(UserInputException.class,
                () -> MatcherKeys.of(gazetteer, new TextNormalizer()));
        assertTrue(e.getMessage().matches("al\\.csv:\\d+: with alias '\\S+' the gazetteer's aliases and their spelling "
                + "and spacing variants pass 50,000,000 characters, the most one run takes"), e.getMessage());
    }
}
