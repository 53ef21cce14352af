package org.comention.cli;

import java.util.List;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.CentralityMeasures;
import org.comention.common.UserInputException;
import picocli.CommandLine.Option;

/** How the centralities are computed, shared by {@code build} and {@code rank}. */
final class CentralityOptions {

    @Option(names = "--betweenness-samples", paramLabel = "K",
            description = "estimate betweenness from K source vertices drawn with a fixed seed, scaled by n/K "
                    + "(Brandes and Pich 2007), for graphs too big for the exact O(nm) one: each score is then within "
                    + "n/(n-1) * sqrt(ln(2/d) / 2K) of the exact one with probability 1-d (Hoeffding), e.g. 0.043 at "
                    + "d = 0.05 for K = 1000; exact when K >= n (default: exact)")
    Integer betweennessSamples;

    /** Fails with one line on a bad value, before any work is done. */
    void validate() {
        if (betweennessSamples != null && betweennessSamples < 1) {
            throw new UserInputException("--betweenness-samples must be 1 or more, not " + betweennessSamples);
        }
    }

    /** Every measure, the all-pairs ones on {@code threads} threads. */
    List<CentralityMeasure> measures(int threads) {
        validate();
        return CentralityMeasures.all(betweennessSamples == null ? 0 : betweennessSamples, threads);
    }
}
