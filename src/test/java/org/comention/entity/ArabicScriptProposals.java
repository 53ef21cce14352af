package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;

/** What the Arabic-script rules propose in a sentence, for the tests of each rule family. */
final class ArabicScriptProposals {
    static final TextNormalizer NORMALIZER = new TextNormalizer();
    static final ArabicScriptNames RULES = new ArabicScriptNames(NORMALIZER);

    private ArabicScriptProposals() {
    }

    static List<DiscoveredName> find(String text, String lang, List<Mention> known) {
        NormalizedText normalized = NORMALIZER.forMatching(text);
        return RULES.find(text, normalized, lang, known);
    }

    /** Each proposal as "TYPE surface = name". */
    static List<String> proposals(String text, String lang) {
        return find(text, lang, List.of()).stream()
                .map(d -> d.type() + " " + text.substring(d.start(), d.end()) + " = " + d.name()).sorted().toList();
    }

    static void assertProposes(String text, String lang, String expected) {
        List<String> found = proposals(text, lang);
        assertTrue(found.contains(expected), "expected " + expected + " in " + found);
    }
}
