package org.comention.cooccurrence;

import java.util.Locale;

/**
 * Measures of how strongly two entities are associated, from window counts: {@code ab} windows
 * hold both, {@code a} and {@code b} windows hold each, {@code n} windows in all. All are
 * symmetric in a and b.
 *
 * <ul>
 *   <li>{@link #COUNT}: {@code ab}, the number of shared windows;</li>
 *   <li>{@link #JACCARD}: {@code ab / (a + b - ab)} (Jaccard 1912);</li>
 *   <li>{@link #DICE}: {@code 2 ab / (a + b)} (Dice 1945);</li>
 *   <li>{@link #NPMI}: normalised pointwise mutual information,
 *       {@code ln(p_ab / (p_a p_b)) / -ln(p_ab)} with {@code p = count / n}, in [-1, 1]; 0 is
 *       independence (Bouma 2009);</li>
 *   <li>{@link #ASSOCIATION_STRENGTH}: {@code n ab / (a b)}, observed over expected
 *       co-occurrences (van Eck and Waltman 2009, "How to normalize cooccurrence data?");</li>
 *   <li>{@link #LOG_LIKELIHOOD}: Dunning's G² (1993) of the 2×2 table of windows, how surprising
 *       the co-occurrence is under independence; large for strong and frequent pairs.</li>
 * </ul>
 */
public enum Association {
    COUNT, JACCARD, DICE, NPMI, ASSOCIATION_STRENGTH, LOG_LIKELIHOOD;

    /** The measure's name in options and outputs: {@code association_strength}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Association byName(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Association association : values()) {
            if (association.name().equals(wanted)) {
                return association;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Association association : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(association.code());
        }
        throw new IllegalArgumentException("unknown weight '" + name + "'; choose one of " + names);
    }

    /** The measure for a pair seen together in {@code ab} of {@code n} windows, each in {@code a} and {@code b}. */
    public double of(long ab, long a, long b, long n) {
        switch (this) {
            case COUNT:
                return ab;
            case JACCARD:
                return ab / (double) (a + b - ab);
            case DICE:
                return 2.0 * ab / (a + b);
            case NPMI: {
                double pab = ab / (double) n;
                if (pab >= 1.0) {
                    return 1.0;
                }
                return Math.log(pab / ((a / (double) n) * (b / (double) n))) / -Math.log(pab);
            }
            case ASSOCIATION_STRENGTH:
                return n * (double) ab / ((double) a * b);
            case LOG_LIKELIHOOD:
                return logLikelihood(ab, a - ab, b - ab, n - a - b + ab);
            default:
                throw new IllegalStateException(name());
        }
    }

    /** G² = 2 Σ O ln(O / E) over the four cells (k11 both, k12 a only, k21 b only, k22 neither). */
    private static double logLikelihood(long k11, long k12, long k21, long k22) {
        double n = k11 + k12 + k21 + k22;
        double row1 = k11 + k12;
        double row2 = k21 + k22;
        double col1 = k11 + k21;
        double col2 = k12 + k22;
        return 2 * (term(k11, row1 * col1 / n) + term(k12, row1 * col2 / n) + term(k21, row2 * col1 / n)
                + term(k22, row2 * col2 / n));
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0.0 : observed * Math.log(observed / expected);
    }
}
