package org.comention.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run get an apostrophe; numbers do not; reading gives the text back. */
class CsvCellTest {

    @Test
    void formulaStartsAreQuoted() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCell.written("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd", CsvCell.written("+cmd"));
        assertEquals("'-2+3", CsvCell.written("-2+3"));
        assertEquals("'@SUM(A1)", CsvCell.written("@SUM(A1)"));
        assertEquals("'\tx", CsvCell.written("\tx"));
        assertEquals("'\rx", CsvCell.written("\rx"));
    }

    @Test
    void numbersAndOrdinaryTextAreUntouched() {
        for (String cell : new String[] {"-0.25", "-12", "+3", "0", "nato", "", "'Ali", "'", "a=b", "-", "\u0627\u0644"}) {
            String expected = cell.equals("-") ? "'-" : cell;
            assertEquals(expected, CsvCell.written(cell), cell);
        }
    }

    @Test
    void anApostropheThatWouldBeReadAsTheGuardIsDoubled() {
        assertEquals("''=x", CsvCell.written("'=x"));
        assertEquals("'''x", CsvCell.written("''x"));
    }

    @Test
    void readingUndoesWriting() {
        String alphabet = "'=+-@\t\r0.1a";
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(0, 6); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(s, CsvCell.read(CsvCell.written(s)), s);
        }
    }

    @Test
    void unwritableTextIsReplacedFirst() {
        assertEquals("'=\ufffd", CsvCell.written("=\u0001"));
    }
}
