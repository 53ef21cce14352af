package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.comention.cluster.JobSettings;
import org.comention.common.Plural;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.cooccurrence.TimeSlice;
import org.comention.cooccurrence.WindowSpec;
import org.comention.corpus.ColumnNames;
import org.comention.corpus.ReadOptions;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code comention spark}: the count of {@code build} on Apache Spark, for corpora beyond one
 * machine. Spark classes are loaded only when this command runs (they are not in the jar:
 * spark-submit provides them), so every other command starts without them.
 */
@Command(name = "spark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Counts co-occurrences on Apache Spark and writes node, edge and surface-form tables "
                + "(Parquet and CSV); `comention build --from-tables DIR` makes the graph and the rankings from them.",
                "",
                "Run with spark-submit: spark-submit --class org.comention.cli.Main target/comention.jar spark "
                        + "--input hdfs:///news/*.jsonl --tables hdfs:///news/tables",
                "",
                "Input: a directory of .txt files (recursively; doc id = relative path without .txt), or .jsonl, "
                        + ".csv or .parquet files (a file, a glob, or a Parquet directory; columns as for build), on any "
                        + "file system Hadoop reads. JSON lines must be UTF-8. A record whose id an earlier one has is "
                        + "skipped, as build skips it. Reading, cleaning, normalisation, matching and pairing are "
                        + "build's own code."})
final class SparkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "URI", required = true,
            description = "directory of .txt files, or .jsonl, .csv or .parquet file(s): a Hadoop path or URI, globs allowed")
    String input;

    @Option(names = "--tables", paramLabel = "URI", required = true,
            description = "directory to write the tables to: a new or empty one, or the tables of an earlier count, "
                    + "which are replaced once the new ones are whole")
    String tables;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[4]; default: the one spark-submit sets")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "at least this many input partitions; 0: Spark's default (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--gazetteer", paramLabel = "FILE", arity = "1..*",
            description = "extra gazetteer tables, as for build (local files, read on the driver and broadcast)")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--markers", paramLabel = "FILE", arity = "1..*",
            description = "extra boilerplate marker tables, as for build (local files)")
    List<Path> markers = new ArrayList<>();

    @Option(names = "--keep-related", description = "keep read-also teasers as extra documents <id>#2, ...")
    boolean keepRelated;

    @Option(names = "--adjectives", description = "count adjectival mentions as mentions of their entity")
    boolean adjectives;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id") String idColumn;
    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text") String textColumn;
    @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date") String dateColumn;
    @Option(names = "--source-column", paramLabel = "NAME", defaultValue = "source") String sourceColumn;
    @Option(names = "--title-column", paramLabel = "NAME", defaultValue = "title") String titleColumn;
    @Option(names = "--url-column", paramLabel = "NAME", defaultValue = "url") String urlColumn;
    @Option(names = "--lang-column", paramLabel = "NAME", defaultValue = "lang") String langColumn;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "charset of .txt files without a byte order mark (default: UTF-8 or detected)")
    String encoding;

    @Option(names = "--max-document-chars", paramLabel = "N", defaultValue = "10000000",
            description = "skip a document longer than N characters; 0: no limit (default: ${DEFAULT-VALUE})")
    long maxDocumentChars;

    @Option(names = "--window", paramLabel = "UNIT", defaultValue = "document", converter = BuildCommand.WindowConverter.class,
            split = ",",
            description = "co-occurrence window: document, paragraph, sentence, or N (blocks of N tokens); several, "
                    + "comma-separated (document,sentence), count side by side, as for build: the first one makes the "
                    + "edges and Weight, and the edges table adds weight_document, weight_sentence (default: ${DEFAULT-VALUE})")
    List<WindowSpec> windows;

    @Option(names = "--max-window-entities", paramLabel = "K", defaultValue = "500",
            description = "pair only the K most mentioned entities of a window; 0 = no cap (default: ${DEFAULT-VALUE})")
    int maxWindowEntities;

    @Option(names = "--time-slice", paramLabel = "UNIT", defaultValue = "month", converter = BuildCommand.TimeSliceConverter.class,
            description = "time slices of dated documents: day, week, month or year (default: ${DEFAULT-VALUE})")
    TimeSlice timeSlice;

    @Override
    public Integer call() throws IOException {
        if (maxWindowEntities < 0) {
            throw new UserInputException("--max-window-entities must be 0 (no cap) or more, not " + maxWindowEntities);
        }
        if (partitions < 0) {
            throw new UserInputException("--partitions must be 0 or more, not " + partitions);
        }
        try {
            ReadOptions.of(encoding, maxDocumentChars);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--encoding: " + e.getMessage());
        }
        Gazetteer gazetteer = GazetteerReader.readWithBundled(gazetteers);
        List<JobSettings.MarkerTable> markerTables = new ArrayList<>();
        List<TextSource> sources = new ArrayList<>();
        sources.add(TextSource.resource(CorpusOptions.BUNDLED_MARKERS));
        markers.forEach(file -> sources.add(TextSource.file(file)));
        for (TextSource source : sources) {
            StringBuilder text = new StringBuilder();
            try (Reader reader = source.open()) {
                char[] buffer = new char[8192];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    text.append(buffer, 0, n);
                }
            }
            markerTables.add(new JobSettings.MarkerTable(source.name(), text.toString()));
        }
        JobSettings settings = new JobSettings(input, tables, master, gazetteer, markerTables, adjectives, keepRelated,
                new ColumnNames(idColumn, textColumn, dateColumn, sourceColumn, titleColumn, urlColumn, langColumn),
                encoding, maxDocumentChars, windows.stream().map(WindowSpec::toString).toList(), maxWindowEntities,
                timeSlice.name().toLowerCase(Locale.ROOT), partitions);
        long started = System.nanoTime();
        Map<String, Object> corpus;
        try {
            corpus = org.comention.cluster.CooccurrenceJob.run(settings);
        } catch (NoClassDefFoundError e) {
            throw new UserInputException("Spark is not on the class path (" + e.getMessage() + "): run `comention spark` "
                    + "with spark-submit --class org.comention.cli.Main comention.jar spark ...");
        }
        PrintWriter out = spec.commandLine().getOut();
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) corpus.get("figures");
        long repeated = ((Number) figures.get("repeated_ids_skipped")).longValue();
        out.printf(Locale.ROOT, "%s read, %,d skipped%s, %s, %s in %.1f s; tables in %s%n",
                Plural.of(((Number) figures.get("documents_read")).longValue(), "document", "documents"),
                ((Number) figures.get("inputs_skipped")).longValue(),
                repeated == 0 ? "" : String.format(Locale.ROOT, " (%,d of them repeated ids)", repeated),
                Plural.of(((Number) figures.get("mentions")).longValue(), "mention", "mentions"),
                Plural.of(((Number) corpus.get("windows")).longValue(), windows.get(0) + " window", windows.get(0) + " windows"),
                (System.nanoTime() - started) / 1e9, tables);
        out.println(nextStep(tables));
        return Main.EXIT_OK;
    }

    /**
     * The command that makes the graph from {@code tables}: {@code --from-tables} takes a local
     * path, so a {@code file:} URI is given as its path, and other file systems' tables are to be
     * copied first.
     */
    static String nextStep(String tables) {
        String scheme = tables.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") ? tables.substring(0, tables.indexOf(':')) : null;
        if (scheme == null) {
            return "next: comention build --from-tables " + shellWord(tables);
        }
        if (scheme.equalsIgnoreCase("file")) {
            try {
                return "next: comention build --from-tables " + shellWord(Path.of(java.net.URI.create(tables)).toString());
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a URI Java takes for a local path (file://host/...): said as the copy below
            }
        }
        return "next: copy the tables here (e.g. hdfs dfs -get " + shellWord(tables)
                + " tables), then: comention build --from-tables tables";
    }

    /** {@code word} as one word for a POSIX shell: as it is when it holds nothing the shell reads, else single-quoted. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
