package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.CentralityMeasures;
import org.comention.analysis.Rankings;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.cooccurrence.CooccurrenceCounter;
import org.comention.cooccurrence.WindowAssigner;
import org.comention.cooccurrence.WindowSpec;
import org.comention.corpus.BoilerplateMarkers;
import org.comention.corpus.BoilerplateSplitter;
import org.comention.corpus.CleanedDocument;
import org.comention.corpus.ColumnNames;
import org.comention.corpus.Corpora;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.entity.Mention;
import org.comention.export.AliasTableWriter;
import org.comention.export.GephiTableWriter;
import org.comention.export.GraphMlWriter;
import org.comention.export.MentionTableWriter;
import org.comention.export.RankingTableWriter;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphBuilder;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code comention build}: articles in, graph, tables and rankings out. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Reads articles, finds gazetteer entities, counts co-occurrences and writes the graph.",
                "",
                "Input: a directory of .txt files (read recursively; doc id = relative path without .txt), "
                        + "a .csv file with a header (id and text required; date, source, title, url, lang used), "
                        + "or a .jsonl file with the same fields. UTF-8, with or without BOM.",
                "",
                "Writes to the output directory: graph.graphml (for Gephi), nodes.csv and edges.csv (Gephi "
                        + "spreadsheet import), mentions.csv (one row per mention), rankings.csv (every node, every "
                        + "measure), aliases.csv (every surface form linked, with its count), then prints the top entities.",
                "",
                "Edge weight = number of windows (documents by default) in which both entities appear. "
                        + "Betweenness and harmonic closeness read weights as distances: they run on 1/weight."})
public final class BuildCommand implements Callable<Integer> {
    static final String BUNDLED_MARKERS = "/comention/boilerplate/markers.csv";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", defaultValue = "data/articles",
            description = "directory of .txt articles, or a .txt, .csv or .jsonl file (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "directory to write the outputs to; created if missing (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--gazetteer", paramLabel = "FILE", arity = "1..*",
            description = "extra gazetteer tables (entities.csv/aliases.csv layout, or a directory holding them), "
                    + "read after the bundled one: they add entities and aliases and override those with the same id or alias")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--markers", paramLabel = "FILE", arity = "1..*",
            description = "extra boilerplate marker tables (marker,role,lang), read after the bundled ones")
    List<Path> markers = new ArrayList<>();

    @Option(names = "--keep-related",
            description = "keep read-also teasers after an article as extra documents <id>#2, <id>#3, ...")
    boolean keepRelated;

    @Option(names = "--adjectives",
            description = "count adjectival mentions (الروسي, روسی, Russian) as mentions of their entity")
    boolean adjectives;

    @Option(names = "--window", paramLabel = "UNIT", defaultValue = "document", converter = WindowConverter.class,
            description = "co-occurrence window: document, paragraph, sentence, or N (blocks of N tokens) (default: ${DEFAULT-VALUE})")
    WindowSpec window;

    @Option(names = "--min-weight", paramLabel = "W", defaultValue = "1",
            description = "drop edges whose weight is below W (default: ${DEFAULT-VALUE})")
    double minWeight;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "how many entities the printed ranking shows (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--rank-by", paramLabel = "MEASURE", defaultValue = "weighted_degree", converter = MeasureConverter.class,
            description = "measure the printed ranking and rankings.csv are ordered by: degree, weighted_degree, "
                    + "betweenness, harmonic_closeness, pagerank, eigenvector (default: ${DEFAULT-VALUE})")
    CentralityMeasure rankBy;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "CSV column / JSON field of the document id (default: ${DEFAULT-VALUE})")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "CSV column / JSON field of the text (default: ${DEFAULT-VALUE})")
    String textColumn;

    @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date", description = "(default: ${DEFAULT-VALUE})")
    String dateColumn;

    @Option(names = "--source-column", paramLabel = "NAME", defaultValue = "source", description = "(default: ${DEFAULT-VALUE})")
    String sourceColumn;

    @Option(names = "--title-column", paramLabel = "NAME", defaultValue = "title", description = "(default: ${DEFAULT-VALUE})")
    String titleColumn;

    @Option(names = "--url-column", paramLabel = "NAME", defaultValue = "url", description = "(default: ${DEFAULT-VALUE})")
    String urlColumn;

    @Option(names = "--lang-column", paramLabel = "NAME", defaultValue = "lang", description = "(default: ${DEFAULT-VALUE})")
    String langColumn;

    @Option(names = "--quiet", description = "print no ranking, summary or progress; warnings still go to stderr")
    boolean quiet;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 0) {
            throw new UserInputException("--top must be 0 or more, not " + top);
        }
        prepareOutputDirectory();

        TextNormalizer normalizer = new TextNormalizer();
        Gazetteer gazetteer = GazetteerReader.readWithBundled(gazetteers);
        EntityMatcher matcher = new EntityMatcher(gazetteer, normalizer, adjectives);
        BoilerplateSplitter splitter = new BoilerplateSplitter(readMarkers(normalizer));
        WindowAssigner windows = new WindowAssigner(window);
        CooccurrenceCounter counter = new CooccurrenceCounter(gazetteer.size());
        RunSummary summary = new RunSummary();
        Progress progress = new Progress(err, quiet);

        AliasTableWriter aliasTable = new AliasTableWriter(gazetteer);
        try (MentionTableWriter mentionTable = new MentionTableWriter(output.resolve("mentions.csv"), gazetteer)) {
            Corpora.open(input, columns()).read(document -> {
                // read -> clean -> normalise -> match -> window -> count
                CleanedDocument cleaned = splitter.split(document);
                summary.addDocument(document, cleaned, keepRelated);
                for (Document part : keepRelated ? withRelated(cleaned) : List.of(cleaned.main())) {
                    NormalizedText normalized = normalizer.normalize(part.text());
                    List<Mention> mentions = matcher.find(part.text(), normalized);
                    counter.add(mentions, windows.assign(part.text(), normalized, mentions));
                    summary.addMentions(mentions.size());
                    writeMentions(mentionTable, part, mentions);
                    aliasTable.add(part.text(), mentions);
                }
                progress.update(summary.documents(), summary.characters());
            }, problem -> reportSkipped(err, summary, problem));
            progress.finish();
            if (summary.documents() == 0) {
                throw new UserInputException(input + ": no readable documents");
            }
            // -> graph -> rank -> export
            EntityGraph graph = new GraphBuilder(minWeight).build(counter.counts(), gazetteer);
            Rankings rankings = Rankings.compute(graph.graph(), CentralityMeasures.all());
            new GraphMlWriter().write(graph, rankings, output.resolve("graph.graphml"));
            GephiTableWriter tables = new GephiTableWriter();
            tables.writeNodes(graph, rankings, output.resolve("nodes.csv"));
            tables.writeEdges(graph, output.resolve("edges.csv"));
            new RankingTableWriter().write(graph, rankings, rankBy, output.resolve("rankings.csv"));
            aliasTable.write(output.resolve("aliases.csv"));
            mentionTable.commit();

            if (!quiet) {
                new RankingPrinter(out).print(graph, rankings, rankBy, top, "window " + window);
                out.println();
                out.println(summary.describe(graph, window, output, (System.nanoTime() - started) / 1e9));
            }
        }
        return Main.EXIT_OK;
    }

    private void prepareOutputDirectory() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserInputException(output + ": exists and is not a directory");
        }
        Files.createDirectories(output);
        if (!Files.isWritable(output)) {
            throw new UserInputException(output + ": directory is not writable");
        }
    }

    private BoilerplateMarkers readMarkers(TextNormalizer normalizer) throws IOException {
        List<TextSource> sources = new ArrayList<>();
        sources.add(TextSource.resource(BUNDLED_MARKERS));
        for (Path file : markers) {
            sources.add(TextSource.file(file));
        }
        return BoilerplateMarkers.read(sources, normalizer::normalizeToString);
    }

    private ColumnNames columns() {
        return new ColumnNames(idColumn, textColumn, dateColumn, sourceColumn, titleColumn, urlColumn, langColumn);
    }

    private static List<Document> withRelated(CleanedDocument cleaned) {
        List<Document> parts = new ArrayList<>();
        parts.add(cleaned.main());
        parts.addAll(cleaned.related());
        return parts;
    }

    private static void writeMentions(MentionTableWriter table, Document part, List<Mention> mentions) {
        try {
            table.write(part.id(), part.text(), mentions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reportSkipped(PrintWriter err, RunSummary summary, InputProblem problem) {
        summary.addSkipped();
        err.println("comention: warning: " + problem);
    }

    /** Converts {@code --window} values. */
    static final class WindowConverter implements picocli.CommandLine.ITypeConverter<WindowSpec> {
        @Override
        public WindowSpec convert(String value) {
            try {
                return WindowSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --rank-by} values. */
    static final class MeasureConverter implements picocli.CommandLine.ITypeConverter<CentralityMeasure> {
        @Override
        public CentralityMeasure convert(String value) {
            try {
                return CentralityMeasures.byName(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
