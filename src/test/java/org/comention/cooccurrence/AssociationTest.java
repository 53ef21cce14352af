package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Values worked out by hand for ab = 2 shared windows, a = 4, b = 5, n = 20. */
class AssociationTest {
    private static final double EPS = 1e-9;

    @Test
    void countJaccardDice() {
        assertEquals(2, Association.COUNT.of(2, 4, 5, 20), EPS);
        assertEquals(2.0 / 7, Association.JACCARD.of(2, 4, 5, 20), EPS);
        assertEquals(4.0 / 9, Association.DICE.of(2, 4, 5, 20), EPS);
    }

    @Test
    void npmiIsZeroAtIndependenceAndOneWhenAlwaysTogether() {
        // p_ab = 0.1, p_a p_b = 0.2 * 0.25 = 0.05: ln 2 / -ln 0.1
        assertEquals(Math.log(2) / -Math.log(0.1), Association.NPMI.of(2, 4, 5, 20), EPS);
        assertEquals(0.0, Association.NPMI.of(1, 4, 5, 20), EPS, "1/20 = 4/20 * 5/20: independent");
        assertEquals(1.0, Association.NPMI.of(3, 3, 3, 3), EPS);
        assertTrue(Association.NPMI.of(1, 10, 10, 20) < 0, "less often together than chance");
    }

    @Test
    void associationStrengthIsObservedOverExpected() {
        assertEquals(20.0 * 2 / (4 * 5), Association.ASSOCIATION_STRENGTH.of(2, 4, 5, 20), EPS);
    }

    @Test
    void logLikelihoodMatchesTheContingencyTable() {
        // cells 2, 2, 3, 13; expected 1, 3, 4, 12
        double g2 = 2 * (2 * Math.log(2 / 1.0) + 2 * Math.log(2 / 3.0) + 3 * Math.log(3 / 4.0) + 13 * Math.log(13 / 12.0));
        assertEquals(g2, Association.LOG_LIKELIHOOD.of(2, 4, 5, 20), EPS);
        assertEquals(0.0, Association.LOG_LIKELIHOOD.of(1, 4, 5, 20), EPS, "independence");
    }

    @Test
    void everyMeasureIsSymmetricAndFiniteOnRandomCounts() {
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            long n = 1 + random.nextInt(1000);
            long a = 1 + random.nextInt((int) n);
            long b = 1 + random.nextInt((int) n);
            long ab = 1 + random.nextInt((int) Math.min(a, b));
            if (a + b - ab > n) {
                continue;
            }
            for (Association measure : Association.values()) {
                double x = measure.of(ab, a, b, n);
                assertTrue(Double.isFinite(x), measure + " " + ab + "," + a + "," + b + "," + n);
                assertEquals(x, measure.of(ab, b, a, n), 1e-9, measure.code());
            }
        }
    }

    @Test
    void namesAsInOptions() {
        assertEquals(Association.ASSOCIATION_STRENGTH, Association.byName("association-strength"));
        assertEquals("log_likelihood", Association.LOG_LIKELIHOOD.code());
        assertThrows(IllegalArgumentException.class, () -> Association.byName("cosine"));
    }
}
