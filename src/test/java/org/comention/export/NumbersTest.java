package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers' fast rounding against the definition: the exact value, half-even to 8 decimals, by BigDecimal. */
class NumbersTest {

    /** What every output has always written (the former implementation, kept here on purpose). */
    private static String expected(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static void check(double value) {
        String expected = expected(value);
        assertEquals(expected, Numbers.format(value), () -> "format(" + value + ")");
        double parsed = Double.parseDouble(expected);
        assertEquals(Double.doubleToLongBits(parsed), Double.doubleToLongBits(Numbers.round(value)),
                () -> "round(" + value + ") should be " + parsed);
    }

    @Test
    void tiesRoundHalfEvenOnTheExactValue() {
        assertEquals("0.00195312", Numbers.format(1 / 512.0)); // 0.001953125 exactly: down to the even 2
        assertEquals("0.00585938", Numbers.format(3 / 512.0)); // 0.005859375 exactly: up to the even 8
        assertEquals("-0.00195312", Numbers.format(-1 / 512.0));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("-2.25", Numbers.format(-2.25));
        assertEquals("2", Numbers.format(2.000000001));
        assertEquals("0", Numbers.format(-0.000000004));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0", Numbers.format(Double.NaN));
        assertEquals("0", Numbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("0.00000001", Numbers.format(0.000000005000001));
        assertEquals("10000000000000000", Numbers.format(1e16));
        for (int k = 1; k < 4096; k += 2) { // every odd k / 2^12 ... 2^30: exact binary fractions, many ties
            for (int shift = 9; shift <= 30; shift++) {
                check(k / (double) (1L << shift));
                check(-k / (double) (1L << shift));
                check(1234 + k / (double) (1L << shift));
            }
        }
    }

    @Test
    void agreesWithBigDecimalOnRandomDoublesOfAllMagnitudes() {
        SplittableRandom random = new SplittableRandom(20240611L);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 400_000; i++) {
            values.add(random.nextDouble()); // [0, 1)
            values.add(random.nextDouble(-100_000, 100_000)); // around the fast path's limit
            values.add(Math.scalb(random.nextDouble(1, 2), random.nextInt(-60, 70)) * (random.nextBoolean() ? 1 : -1));
            values.add(Double.longBitsToDouble(random.nextLong())); // any double, NaN and infinities included
            long cents = random.nextLong(-10_000_000_000_000L, 10_000_000_000_000L);
            double nearTie = (cents + 0.5) / 1e8; // a decimal tie, never exact in binary
            values.add(nearTie);
            values.add(Math.nextUp(nearTie));
            values.add(Math.nextDown(nearTie));
            values.add(cents / 1e8); // already at 8 decimals
            values.add(random.nextInt(1, 5000) / (double) random.nextInt(1, 5000)); // ratios, like the measures
        }
        for (double v : values) {
            check(v);
        }
    }
}
