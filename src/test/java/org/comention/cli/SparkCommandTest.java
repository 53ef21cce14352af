package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.SparkSession;
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
            "graph.graphml", "graph.gexf", "graph.json", "report.html");

    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void severalWindowsCountSideBySideAsInALocalBuild() throws IOException {
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("windows.jsonl"), 800, 2, 19);
        Map<String, Object> counted = assertSameAsLocal(corpus, List.of("--window", "document,sentence,paragraph",
                "--partitions", "3"));
        assertEquals(List.of("document", "sentence", "paragraph"), counted.get("window"));
        String header = Files.readString(dir.resolve("local-windows.jsonl").resolve("edges.csv")).lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(",weight_document,weight_paragraph,weight_sentence"), header);
        assertTrue(edgeTableHeader(dir.resolve("tables-windows.jsonl"))
                .endsWith(",weight_document,weight_sentence,weight_paragraph"), "the weights in the tables too");
    }

    @Test
    void theNarrowerWindowFirstMakesTheEdgesAsInALocalBuild() throws IOException {
        // a pair in one document but never in one sentence is no edge; a cap of 4 caps windows of both kinds
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("narrow.jsonl"), 300, 0, 23);
        List<String> options = List.of("--window", "sentence,document", "--keep-related", "--max-window-entities", "4");
        Map<String, Object> counted = assertSameAsLocal(corpus, options);
        assertTrue(((Number) figures(counted).get("windows_capped")).longValue() > 0, figures(counted).toString());
        CliRunner documents = CliRunner.run("build", "--quiet", "--no-discover", "--input", corpus.toString(), "--output",
                dir.resolve("documents-only").toString(), "--keep-related", "--max-window-entities", "4");
        assertEquals(0, documents.exitCode(), documents.err());
        assertTrue(Files.readString(dir.resolve("documents-only/edges.csv")).lines().count()
                        > Files.readString(dir.resolve("local-narrow.jsonl/edges.csv")).lines().count(),
                "pairs that share a document and no sentence: edges only with the document window first");

        CliRunner other = CliRunner.run("build", "--quiet", "--from-tables", dir.resolve("tables-narrow.jsonl").toString(),
                "--output", dir.resolve("other-window").toString(), "--keep-related", "--window", "document,sentence");
        assertEquals(Main.EXIT_INPUT, other.exitCode(), other.err());
        assertTrue(other.oneLineError(), other.err());
        assertTrue(other.err().contains("were counted in sentence,document windows; leave --window out"), other.err());
    }

    @Test
    void csvGivesTheGraphOfALocalBuildOfTheSameCsv() throws IOException {
        // texts across lines, quotes, empty fields, short and wide records, blank and repeated ids, other column names
        Path corpus = GeneratedCorpus.csv(dir.resolve("generated.csv"), 2_000, 50, 5);
        Map<String, Object> counted = assertSameAsLocal(corpus, corpus, List.of("--id-column", "doc", "--text-column", "body",
                "--date-column", "published", "--partitions", "3"));
        assertTrue(((Number) figures(counted).get("inputs_skipped")).longValue() > 30, "skips counted: " + figures(counted));
    }

    @Test
    void parquetWrittenBySparkGivesTheGraphOfTheJsonLines() throws IOException {
        Path corpus = GeneratedCorpus.jsonl(dir.resolve("for-parquet.jsonl"), 1_500, 3, 13);
        Path parquet = dir.resolve("corpus.parquet");
        // three part files, in the order of the lines: the first supporting documents of a pair are the same
        try (SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.files.maxPartitionBytes", Files.size(corpus) / 3 + 1).getOrCreate()) {
            // the JSON reader keeps a broken line as a row of nulls: a row without an id, skipped as the line is
            spark.read().json(corpus.toString()).write().parquet(parquet.toString());
        }
        assertSameAsLocal(corpus, parquet, List.of("--partitions", "4"));
    }

    @Test
    void aRepeatedIdIsSkippedAsABuildSkipsIt() throws IOException {
        Path corpus = GeneratedCorpus.jsonlWithRepeatedIds(dir.resolve("repeated.jsonl"), 2_000, 9, 17);
        Map<String, Object> counted = assertSameAsLocal(corpus, corpus, List.of("--partitions", "4"));
        assertEquals(((Number) figures(counted).get("inputs_skipped")).longValue(),
                ((Number) figures(counted).get("repeated_ids_skipped")).longValue());
        assertTrue(((Number) figures(counted).get("repeated_ids_skipped")).longValue() > 100, figures(counted).toString());
    }

    @Test
    void aCsvWithoutItsIdColumnIsOneLineNamingTheFile() throws IOException {
        Path corpus = Files.writeString(dir.resolve("no-id.csv"), "name,text\na,some text\n");
        CliRunner spark = CliRunner.run("spark", "--master", "local[2]", "--input", corpus.toString(),
                "--tables", dir.resolve("t").toString());
        assertEquals(Main.EXIT_INPUT, spark.exitCode(), spark.err());
        assertTrue(spark.oneLineError(), spark.err());
        assertTrue(spark.err().contains(corpus + ":1: no column 'id'"), spark.err());
    }

    @Test
    void aTablesPathThatCannotTakeTablesIsRefusedBeforeTheCount() throws IOException {
        // the input fails during the count: the --tables mistake is told first, so before the count
        Path corpus = Files.writeString(dir.resolve("no-id.csv"), "name,text\na,some text\n");
        Path file = Files.writeString(dir.resolve("tables-file"), "mine");
        CliRunner spark = CliRunner.run("spark", "--master", "local[2]", "--input", corpus.toString(),
                "--tables", file.toString());
        assertEquals(Main.EXIT_INPUT, spark.exitCode(), spark.err());
        assertTrue(spark.oneLineError(), spark.err());
        assertTrue(spark.err().contains(file + ": exists and is not a directory"), spark.err());

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        spark = CliRunner.run("spark", "--master", "local[2]", "--input", corpus.toString(), "--tables", other.toString());
        assertEquals(Main.EXIT_INPUT, spark.exitCode(), spark.err());
        assertTrue(spark.oneLineError(), spark.err());
        assertTrue(spark.err().contains(other + ": not empty and not the tables of `comention spark`"), spark.err());
        assertEquals(List.of("notes.txt"), names(other), "left as it was");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aSecondCountReplacesTheTablesWholeAndCorpusJsonListsTheirParts() throws IOException {
        Path tables = dir.resolve("tables");
        String articles = Path.of("data/articles").toAbsolutePath().toString();
        CliRunner first = CliRunner.run("spark", "--master", "local[2]", "--input", articles, "--tables",
                tables.toString(), "--partitions", "4");
        assertEquals(0, first.exitCode(), first.err());
        CliRunner second = CliRunner.run("spark", "--master", "local[2]", "--input", articles, "--tables",
                tables.toString(), "--partitions", "1");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("next: comention build --from-tables " + tables + "\n"), second.out());
        Map<String, Object> corpus = JSON.readValue(tables.resolve("corpus.json").toFile(), new TypeReference<>() {
        });
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> parts = (Map<String, Map<String, Object>>) corpus.get("parts");
        for (String table : List.of("nodes.csv", "edges.csv", "forms.csv")) {
            assertEquals(parts.get(table).keySet().stream().sorted().toList(),
                    names(tables.resolve(table)).stream().filter(n -> n.endsWith(".csv")).toList(), table);
        }
        assertEquals(List.of("tables"), names(dir), "no staging or old directory left beside the tables");
        CliRunner build = CliRunner.run("build", "--quiet", "--from-tables", tables.toString(), "--output",
                dir.resolve("from-tables").toString());
        assertEquals(0, build.exitCode(), build.err());
    }

    @Test
    void theNextStepIsACommandThatRunsForAPathAFileUriOrACopy() {
        assertEquals("next: comention build --from-tables /tmp/t", SparkCommand.nextStep("/tmp/t"));
        assertEquals("next: comention build --from-tables /tmp/t", SparkCommand.nextStep("file:///tmp/t"));
        assertEquals("next: comention build --from-tables /tmp/t", SparkCommand.nextStep("file:/tmp/t"));
        assertEquals("next: comention build --from-tables 'my tables'", SparkCommand.nextStep("my tables"));
        assertEquals("next: copy the tables here (e.g. hdfs dfs -get hdfs:///news/t tables), then: comention build "
                + "--from-tables tables", SparkCommand.nextStep("hdfs:///news/t"));
    }

    private static List<String> names(Path directory) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".") || n.endsWith(".tmp")
                    || n.endsWith(".old")).sorted().toList();
        }
    }

    /** The header of the first part file of the tables' edges.csv. */
    private static String edgeTableHeader(Path tables) throws IOException {
        try (java.util.stream.Stream<Path> parts = Files.list(tables.resolve("edges.csv"))) {
            Path first = parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
            return Files.readString(first).lines().findFirst().orElseThrow();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Map<String, Object> corpus) {
        return (Map<String, Object>) corpus.get("figures");
    }

    private Map<String, Object> assertSameAsLocal(Path input, List<String> options) throws IOException {
        return assertSameAsLocal(input, input, options);
    }

    /**
     * Builds {@code localInput} locally and counts {@code sparkInput} with Spark; asserts the same
     * outputs and the same inputs read and skipped; returns the tables' corpus.json.
     */
    private Map<String, Object> assertSameAsLocal(Path localInput, Path sparkInput, List<String> options) throws IOException {
        Path input = sparkInput;
        Path local = dir.resolve("local-" + input.getFileName());
        Path tables = dir.resolve("tables-" + input.getFileName());
        Path fromTables = dir.resolve("from-tables-" + input.getFileName());
        List<String> buildOptions = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--partitions")) {
                i++;
            } else {
                buildOptions.add(options.get(i));
            }
        }

        // the Spark route links the gazetteer only: the local build it must equal does too
        CliRunner build = CliRunner.run(concat(List.of("build", "--quiet", "--no-discover", "--input", localInput.toString(),
                "--output", local.toString()), buildOptions));
        assertEquals(0, build.exitCode(), build.err());

        CliRunner spark = CliRunner.run(concat(List.of("spark", "--master", "local[2]", "--input",
                input.toAbsolutePath().toString(), "--tables", tables.toString()), options));
        assertEquals(0, spark.exitCode(), spark.err());
        Map<String, Object> corpus = JSON.readValue(tables.resolve("corpus.json").toFile(), new TypeReference<>() {
        });
        Map<String, Object> run = JSON.readValue(local.resolve("run.json").toFile(), new TypeReference<>() {
        });
        for (String figure : List.of("documents_read", "inputs_skipped", "mentions", "characters_read", "teasers_kept",
                "windows_capped")) {
            assertEquals(figures(run).get(figure), figures(corpus).get(figure), figure);
        }
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
        Map<String, Object> fromTablesRun = JSON.readValue(fromTables.resolve("run.json").toFile(), new TypeReference<>() {
        });
        assertEquals(input.toAbsolutePath().toString(), ((Map<?, ?>) fromTablesRun.get("options")).get("input"),
                "run.json names the input the tables were counted from");
        assertFalse(Files.exists(fromTables.resolve("mentions.csv")), "the tables hold no mentions");
        assertEquals(List.of(org.comention.export.OutputStaging.LOCK), TestRuns.contents(fromTables).keySet().stream()
                .filter(name -> name.startsWith(".")).toList(), "no hidden file but the lock, no temporary one");
        assertTrue(Files.readString(local.resolve("edges.csv")).lines().count() > 10, "a graph worth comparing");
        return corpus;
    }


    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
