package org.comention.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number text for outputs: the same value always gives the same characters, with no exponent. */
public final class Numbers {
    private static final int DECIMALS = 8;

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
        BigDecimal rounded = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
