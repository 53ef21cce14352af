package org.comention.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comention.cooccurrence.CooccurrenceCounter;
import org.comention.cooccurrence.WindowAssigner;
import org.comention.cooccurrence.WindowSpec;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Mention;
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
 * {@link CooccurrenceCounter#add} over the mentions of one megabyte of synthetic articles in the
 * corpus's language mix (about 450 documents, 19 mentions each), in a document or sentence
 * window: one operation counts them all into a fresh counter, so ops/s are MB/s of text whose
 * mentions the merger thread of {@code build} can count.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CounterBenchmark {
    @Param({"document", "sentence"})
    public String window;

    private int entities;
    private List<Mention>[] mentions;
    private WindowAssigner.Windows[] windows;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        var gazetteer = BenchCorpus.gazetteer();
        TextNormalizer normalizer = new TextNormalizer();
        EntityMatcher matcher = new EntityMatcher(gazetteer, normalizer, false);
        WindowAssigner assigner = new WindowAssigner(WindowSpec.parse(window));
        String[] texts = BenchCorpus.texts(gazetteer, "mix");
        entities = gazetteer.size();
        mentions = new List[texts.length];
        windows = new WindowAssigner.Windows[texts.length];
        for (int i = 0; i < texts.length; i++) {
            NormalizedText normalized = normalizer.forMatching(texts[i]);
            mentions[i] = matcher.find(texts[i], normalized);
            windows[i] = assigner.assign(texts[i], normalized, mentions[i]);
        }
    }

    @Benchmark
    public void add(Blackhole sink) {
        CooccurrenceCounter counter = new CooccurrenceCounter(entities);
        for (int i = 0; i < mentions.length; i++) {
            sink.consume(counter.add(mentions[i], windows[i]));
        }
        sink.consume(counter.counts());
    }
}
