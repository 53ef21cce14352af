package org.comention.bench;

import java.util.concurrent.TimeUnit;
import org.comention.entity.EntityMatcher;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link EntityMatcher#find} with the whole bundled gazetteer (and its generated variants), on one
 * megabyte of synthetic articles already normalised, so this is the automaton and the boundary,
 * proclitic and overlap checks alone: ops/s are MB/s. {@code findWithNormalising} adds the
 * normaliser, as a worker of {@code build} does it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBenchmark {
    @Param({"ar", "fa", "en"})
    public String lang;

    private EntityMatcher matcher;
    private String[] texts;
    private NormalizedText[] normalized;

    @Setup
    public void setUp() {
        TextNormalizer normalizer = new TextNormalizer();
        var gazetteer = BenchCorpus.gazetteer();
        matcher = new EntityMatcher(gazetteer, normalizer, false);
        texts = BenchCorpus.texts(gazetteer, lang);
        normalized = new NormalizedText[texts.length];
        for (int i = 0; i < texts.length; i++) {
            normalized[i] = normalizer.forMatching(texts[i]);
        }
    }

    @Benchmark
    public void find(Blackhole sink) {
        for (int i = 0; i < texts.length; i++) {
            sink.consume(matcher.find(texts[i], normalized[i]));
        }
    }

    @Benchmark
    public void findWithNormalising(Blackhole sink) {
        for (String text : texts) {
            sink.consume(matcher.find(text));
        }
    }
}
