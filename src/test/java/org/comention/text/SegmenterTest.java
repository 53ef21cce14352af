package org.comention.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    @Test
    void everyLineIsAParagraphWithoutBlankLines() {
        String text = "first line\nsecond line\r\nthird";
        assertArrayEquals(new int[] {0, 11, 24}, segmenter.paragraphStarts(text));
    }

    @Test
    void blankLinesSeparateParagraphsWhenPresent() {
        String text = "wrapped\nprose\n\nnext para\n \nlast";
        int[] starts = segmenter.paragraphStarts(text);
        assertEquals(3, starts.length);
        assertEquals("next para", text.substring(starts[1], starts[1] + 9));
        assertEquals("last", text.substring(starts[2]));
    }

    @Test
    void sentencesSplitAtArabicAndLatinPunctuation() {
        String text = "قال بلينكن إن الحلف قوي. وأضاف أن روسيا لن تنتصر؟ نعم. Then NATO met.";
        int[] starts = segmenter.sentenceStarts(text);
        assertEquals(4, starts.length);
        assertEquals('و', text.charAt(starts[1]));
        assertEquals('T', text.charAt(starts[3]));
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "no full stop here\nوسطر آخر";
        assertEquals(2, segmenter.sentenceStarts(text).length);
    }

    @Test
    void segmentOfFindsTheContainingSegment() {
        int[] starts = {0, 10, 20};
        assertEquals(0, Segmenter.segmentOf(starts, 0));
        assertEquals(0, Segmenter.segmentOf(starts, 9));
        assertEquals(1, Segmenter.segmentOf(starts, 10));
        assertEquals(2, Segmenter.segmentOf(starts, 99));
    }
}
