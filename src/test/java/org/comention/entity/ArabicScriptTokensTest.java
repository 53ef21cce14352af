package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens: proclitics in the span and out of the name, tanween, stop sets, bounds, text without Arabic letters. */
class ArabicScriptTokensTest {
    @Test
    void aWordWithTanweenIsNoName() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("حققت جامعة السلطان قابوس تقدماً ملحوظاً", "ar").stream()
                .filter(p -> p.contains("تقدم")).toList());
    }

    @Test
    void spanCoversProcliticsAndNameLeavesThemOut() {
        String text = "وأشاد بجهود والمهدي ووزارة الداخلية العراقية";
        ArabicScriptProposals.assertProposes(text, "ar", "ORG ووزارة الداخلية العراقية = وزارة الداخلية العراقية");
        String lil = "وقال للرئيس محمد المنفي إن";
        ArabicScriptProposals.assertProposes(lil, "ar", "PERSON محمد المنفي = محمد المنفي");
        DiscoveredName org = ArabicScriptProposals.find("ووزارة الداخلية العراقية", "ar", List.of()).get(0);
        assertEquals(0, org.start());
        assertEquals("ووزارة الداخلية العراقية".length(), org.end());
    }

    @Test
    void theArticleFusedWithLamIsRestoredInTheName() {
        ArabicScriptProposals.assertProposes("ونقل عن المتحدث باسم هيئة المعابر", "ar", "ORG هيئة المعابر = هيئة المعابر");
        ArabicScriptProposals.assertProposes("وأرسل رسالة لعمار الحكيم", "ar", "PERSON لعمار الحكيم = عمار الحكيم");
    }

    @Test
    void namesAreBoundedAndTheCostLinear() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 2 == 0 ? "محمد " : "علي ");
        }
        List<DiscoveredName> names = ArabicScriptProposals.find(text.toString(), "ar", List.of());
        assertFalse(names.isEmpty());
        for (DiscoveredName name : names) {
            assertTrue(name.name().split(" ").length <= ArabicScriptNames.MAX_NAME_TOKENS, name.name());
        }
    }

    @Test
    void textWithoutArabicLettersProposesNothing() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("President Mohammed bin Salman met the Minister of Foreign Affairs", "en"));
    }

    @Test
    void lucenesStopSetEndsNames() {
        // همچنین ("also") is in Lucene's Persian stop set, not in ours
        List<String> found = ArabicScriptProposals.proposals("سخنگوی وزارت علی رضایی همچنین گفت", "fa");
        assertFalse(found.stream().anyMatch(p -> p.contains("همچنین")), found.toString());
    }
}
