package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ids longer than the bound are cut, stay apart and are cut the same way every time. */
class DocumentIdsTest {

    @Test
    void anIdWithinTheBoundIsKept() {
        String id = "a".repeat(DocumentIds.MAX_CHARS);
        assertSame(id, DocumentIds.capped(id));
    }

    @Test
    void aLongIdIsCutToTheBoundWithAHashOfTheWhole() {
        String id = "https://example.com/" + "a".repeat(200_000);
        String capped = DocumentIds.capped(id);
        assertEquals(DocumentIds.MAX_CHARS, capped.length());
        assertTrue(capped.startsWith("https://example.com/aaa"));
        assertTrue(capped.matches("(?s).*\u2026[0-9a-f]{16}"), capped);
        assertEquals(capped, DocumentIds.capped(new String(id.toCharArray())), "the same id, the same cut");
        assertNotEquals(capped, DocumentIds.capped(id + "b"), "ids that share their head stay apart");
        assertNotEquals(capped, DocumentIds.capped(id.substring(0, id.length() - 1) + "\ud800"));
    }

    @Test
    void aSurrogatePairIsNeverCut() {
        for (int shift = 0; shift < 2; shift++) {
            String id = "x".repeat(shift) + "\ud83d\ude00".repeat(DocumentIds.MAX_CHARS);
            String capped = DocumentIds.capped(id);
            String head = capped.substring(0, capped.indexOf('\u2026'));
            assertTrue(!Character.isHighSurrogate(head.charAt(head.length() - 1)), "shift " + shift);
            assertEquals(head.codePoints().count() * 2 - shift, head.length(), "whole pairs only");
        }
    }

    @Test
    void theWarningSaysHowLongTheIdWasAndHowItNowEnds() {
        String id = "z".repeat(1000);
        String warning = DocumentIds.cutWarning(id);
        assertTrue(warning.startsWith("document id of 1,000 characters cut to 512 (it ends in \u2026"), warning);
        assertTrue(warning.endsWith(DocumentIds.capped(id).substring(495) + ")"), warning);
    }
}
