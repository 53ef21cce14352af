package org.comention.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The one rule for text an output cannot hold: one case per kind of char, as (input, written). */
class WritableTextTest {

    @Test
    void ordinaryTextIsTheSameInstance() {
        String text = "NATO \u062f\u0627\u0648\u0646\u064a\u0646\u063a \ud83d\ude00 tab\tline\ncr\r \u0085\u202e\ufdd0\ufffd";
        assertSame(text, WritableText.of(text));
        assertNull(WritableText.of(null));
    }

    @Test
    void controlsXmlForbidsAreReplaced() {
        assertEquals("a\ufffdb\ufffd\ufffdc", WritableText.of("a\u0000b\u0001\u001bc"));
        assertEquals("\ufffd\ufffd", WritableText.of("\u000b\u000c"));
    }

    @Test
    void nonCharactersFfffAndFffeAreReplaced() {
        assertEquals("x\ufffd\ufffd", WritableText.of("x\ufffe\uffff"));
    }

    @Test
    void loneSurrogatesAreReplacedAndPairsKept() {
        assertEquals("\ufffd?", WritableText.of("\ud800?"), "a lone high surrogate is not a question mark");
        assertEquals("\ufffdx", WritableText.of("\udc00x"));
        assertEquals("\ufffd\ud83d\ude00", WritableText.of("\ud83d\ud83d\ude00"));
        assertEquals("\ud83d\ude00\ufffd", WritableText.of("\ud83d\ude00\ude00"));
        assertEquals("a\ufffd", WritableText.of("a\ud83d"));
    }
}
