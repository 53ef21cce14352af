package org.comention.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comention.analysis.Communities;
import org.comention.analysis.Degree;
import org.comention.analysis.Rankings;
import org.comention.export.GexfWriter;
import org.comention.export.GraphMlWriter;
import org.comention.export.SurfaceForms;
import org.comention.graph.EntityGraph;
import org.comention.graph.TestGraphs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing graph.graphml and graph.gexf of a dense graph (the complete graph on 600 entities,
 * 179,700 edges), the text formats whose escaping runs on every attribute: one operation writes
 * one file, so ops/s says how often a dense build's XML could be written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WriterBenchmark {
    private EntityGraph graph;
    private Rankings rankings;
    private Communities communities;
    private Path dir;

    @Setup
    public void setUp() throws IOException {
        graph = TestGraphs.complete(600);
        rankings = Rankings.compute(graph.graph(), List.of(new Degree()));
        communities = Communities.detect(graph.graph(), 1.0);
        dir = Files.createDirectories(Path.of("target", "bench", "writer"));
    }

    @Benchmark
    public void graphMl() throws IOException {
        new GraphMlWriter().write(graph, rankings, communities, SurfaceForms.none(), dir.resolve("graph.graphml"));
    }

    @Benchmark
    public void gexf() throws IOException {
        new GexfWriter(null).write(graph, rankings, communities, SurfaceForms.none(), rankings.measures().get(0),
                dir.resolve("graph.gexf"));
    }
}
