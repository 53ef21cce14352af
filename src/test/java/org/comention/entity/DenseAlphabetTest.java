package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenseAlphabetTest {

    @Test
    void numbersKeyCharactersDenselyAndEverythingElseAsOneUnusedCode() {
        DenseAlphabet alphabet = new DenseAlphabet(List.of("ناتو", "nato"));
        char[] text = alphabet.encode("ن?ا");
        assertEquals(3, text.length, "one character for one character: offsets stay");
        assertEquals(alphabet.encode("ن")[0], text[0]);
        assertEquals(alphabet.encode("ا")[0], text[2]);
        assertEquals(9, text[1], "eight key characters take 1..8; anything else is 9");
        assertEquals(alphabet.encode("€")[0], alphabet.encode("?")[0]);
        assertNotEquals(alphabet.encode("n")[0], alphabet.encode("ن")[0]);
    }
}
