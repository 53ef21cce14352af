package org.comention.analysis;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The measures comention computes, in the order outputs list them. */
public final class CentralityMeasures {
    private static final List<CentralityMeasure> ALL = List.of(new Degree(), new WeightedDegree(), new Betweenness(),
            new HarmonicCloseness(), new PageRankCentrality(), new Eigenvector());

    private CentralityMeasures() {
    }

    /** Every measure, betweenness exact, the all-sources measures on every core. */
    public static List<CentralityMeasure> all() {
        return ALL;
    }

    /**
     * Every measure, betweenness estimated from {@code betweennessSamples} sources (0: exact), the
     * all-sources measures (betweenness, harmonic closeness) on {@code threads} threads. The scores
     * do not depend on the thread count.
     */
    public static List<CentralityMeasure> all(int betweennessSamples, int threads) {
        return List.of(new Degree(), new WeightedDegree(), new Betweenness(betweennessSamples, threads),
                new HarmonicCloseness(threads), new PageRankCentrality(), new Eigenvector());
    }

    /** The measure called {@code name} (dashes and case ignored: {@code weighted-degree} works). */
    public static CentralityMeasure byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (CentralityMeasure measure : ALL) {
            if (measure.name().equals(wanted)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + name + "'; choose one of " + names());
    }

    public static String names() {
        return ALL.stream().map(CentralityMeasure::name).collect(Collectors.joining(", "));
    }
}
