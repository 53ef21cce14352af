package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Mention;
import org.comention.entity.TestGazetteers;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowAssignerTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final String TEXT = "التقى بلينكن وستولتنبرغ. ثم تحدث بوتين عن أوكرانيا.\n\nوقال الناتو إن روسيا تهدد.";
    private static EntityMatcher matcher;

    @BeforeAll
    static void load() throws IOException {
        matcher = new EntityMatcher(TestGazetteers.fixture(), NORMALIZER, false);
    }

    private static WindowAssigner.Windows assign(String window) {
        NormalizedText normalized = NORMALIZER.normalize(TEXT);
        List<Mention> mentions = matcher.find(TEXT, normalized);
        assertEquals(6, mentions.size());
        return new WindowAssigner(WindowSpec.parse(window)).assign(TEXT, normalized, mentions);
    }

    @Test
    void documentWindowHoldsEverything() {
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, assign("document").ofMention());
        assertEquals(1, assign("document").count());
    }

    @Test
    void paragraphWindows() {
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1}, assign("paragraph").ofMention());
    }

    @Test
    void sentenceWindows() {
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, assign("sentence").ofMention());
        assertEquals(3, assign("sentence").count());
    }

    @Test
    void tokenBlocks() {
        // tokens: التقى0 بلينكن1 وستولتنبرغ2 ثم3 تحدث4 بوتين5 عن6 أوكرانيا7 وقال8 الناتو9 إن10 روسيا11 تهدد12
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, assign("4").ofMention());
        assertEquals(4, assign("4").count());
    }

    @Test
    void windowSpecRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> WindowSpec.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> WindowSpec.parse("page"));
        assertEquals("sentence", WindowSpec.parse(" Sentence ").toString());
        assertEquals("25", WindowSpec.parse("25").toString());
    }
}
