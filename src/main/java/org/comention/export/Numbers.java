package org.comention.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number text for outputs: the same value always gives the same characters, with no exponent. */
public final class Numbers {
    private static final int DECIMALS = 8;
    private static final double SCALE = 1e8;
    private static final long UNIT = 100_000_000L;
    /*
     * Below this magnitude |value| * 1e8 is under 2^43, so the one rounding of that product is at
     * most 2^-11 (half an ulp) from the exact product: if the product's fraction is farther than
     * MARGIN from one half, the exact value rounds to the same integer as the product, and
     * half-even never matters. Only near-ties and larger values need BigDecimal.
     */
    private static final double FAST_LIMIT = 87_960.0;
    private static final double MARGIN = 1e-3;

    private Numbers() {
    }

    /** Whole numbers without a fraction, others rounded half-even to 8 decimals, trailing zeros dropped. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        long scaled = scaled(value);
        return scaled == Long.MIN_VALUE ? reference(value) : text(scaled);
    }

    /**
     * The double that {@link #format} writes, as {@code Double.parseDouble(format(value))} but
     * without the text: an integer below 2^53 divided by 1e8 (both exact) is the double nearest
     * to the decimal, which is what parsing the decimal gives.
     */
    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value; // also makes -0.0 the 0 that "0" parses to
        }
        long scaled = scaled(value);
        return scaled == Long.MIN_VALUE ? Double.parseDouble(reference(value)) : scaled / SCALE;
    }

    /** value * 1e8 rounded half-even, or Long.MIN_VALUE when double arithmetic cannot tell. */
    private static long scaled(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude < FAST_LIMIT)) {
            return Long.MIN_VALUE;
        }
        double product = magnitude * SCALE;
        double floor = Math.floor(product);
        double fraction = product - floor; // exact: both lie on the product's ulp grid
        if (Math.abs(fraction - 0.5) <= MARGIN) {
            return Long.MIN_VALUE;
        }
        long rounded = (long) floor + (fraction > 0.5 ? 1 : 0);
        return value < 0 ? -rounded : rounded;
    }

    /** The digits of scaled / 1e8, trailing zeros dropped, "0" for zero. */
    private static String text(long scaled) {
        if (scaled == 0) {
            return "0";
        }
        long magnitude = Math.abs(scaled);
        long whole = magnitude / UNIT;
        long fraction = magnitude % UNIT;
        if (fraction == 0) {
            return Long.toString(scaled < 0 ? -whole : whole);
        }
        int digits = DECIMALS;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        char[] out = new char[24];
        int at = out.length;
        for (int d = 0; d < digits; d++) {
            out[--at] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        out[--at] = '.';
        do {
            out[--at] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        if (scaled < 0) {
            out[--at] = '-';
        }
        return new String(out, at, out.length - at);
    }

    /** The exact decimal value of the double, rounded: the definition the fast path must agree with. */
    static String reference(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
