package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code comention spark} in Spark's local mode, two threads: its tables, made into a graph by
 * {@code build --from-tables}, give the same outputs as {@code build} on the same articles,
 * entity by entity and weight by weight, provenance included.
 */
class SparkCommandTest {
    /** The outputs that must be equal byte for byte: every per-entity and per-edge figure is in them. */
    private static final List<String> SAME = List.of("nodes.csv", "edges.csv", "rankings.csv", "aliases.csv",
            "graph.graphml", "graph.gexf", "graph.json");

    @TempDir
    Path dir;

    @Test
    void seedsGiveTheGraphOfALocalBuild() throws IOException {
        assertSameAsLocal(Path.of("data/articles"), List.of());
    }

    @Test
    void generatedJsonLinesGiveTheGraphOfALocalBuild() throws IOException {
        // dated documents (time slices, first and last dates), more than 20 per pair (the sample), and broken lines
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("generated.jsonl"), 3_000, 3, 7);
        assertSameAsLocal(corpus, List.of("--partitions", "4"));
    }

    @Test
    void sentenceWindowsAndTeasersToo() throws IOException {
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("small.jsonl"), 300, 0, 11);
        assertSameAsLocal(corpus, List.of("--window", "sentence", "--keep-related", "--time-slice", "week"));
    }

    private void assertSameAsLocal(Path input, List<String> options) throws IOException {
        Path local = dir.resolve("local-" + input.getFileName());
        Path tables = dir.resolve("tables-" + input.getFileName());
        Path fromTables = dir.resolve("from-tables-" + input.getFileName());
        List<String> buildOptions = options.stream().filter(o -> !o.equals("--partitions") && !o.equals("4")).toList();

        CliRunner build = CliRunner.run(concat(List.of("build", "--quiet", "--input", input.toString(), "--output",
                local.toString()), buildOptions));
        assertEquals(0, build.exitCode(), build.err());

        CliRunner spark = CliRunner.run(concat(List.of("spark", "--master", "local[2]", "--input",
                input.toAbsolutePath().toString(), "--tables", tables.toString()), options));
        assertEquals(0, spark.exitCode(), spark.err());
        assertTrue(Files.isDirectory(tables.resolve("edges.parquet")), "Parquet tables too");

        List<String> tableOptions = buildOptions.contains("--keep-related")
                ? List.of("--keep-related") : List.of();
        // an earlier local run's mentions.csv in the output directory does not survive a run from tables
        Files.createDirectories(fromTables);
        Files.writeString(fromTables.resolve("mentions.csv"), "doc_id,entity_id\nstale,stale\n");
        CliRunner reduced = CliRunner.run(concat(List.of("build", "--quiet", "--from-tables", tables.toString(), "--output",
                fromTables.toString()), tableOptions));
        assertEquals(0, reduced.exitCode(), reduced.err());

        for (String file : SAME) {
            assertEquals(Files.readString(local.resolve(file)), Files.readString(fromTables.resolve(file)), file);
        }
        assertFalse(Files.exists(fromTables.resolve("mentions.csv")), "the tables hold no mentions");
        assertTrue(Files.readString(local.resolve("edges.csv")).lines().count() > 10, "a graph worth comparing");
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
