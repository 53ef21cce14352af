package org.comention.bench;

import java.util.concurrent.TimeUnit;
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
 * {@link TextNormalizer#forMatching}, the first thing every document goes through, on one
 * megabyte of synthetic articles per language: ops/s are MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBenchmark {
    @Param({"ar", "fa", "en"})
    public String lang;

    private TextNormalizer normalizer;
    private String[] texts;

    @Setup
    public void setUp() {
        normalizer = new TextNormalizer();
        texts = BenchCorpus.texts(BenchCorpus.gazetteer(), lang);
    }

    @Benchmark
    public void forMatching(Blackhole sink) {
        for (String text : texts) {
            sink.consume(normalizer.forMatching(text));
        }
    }
}
