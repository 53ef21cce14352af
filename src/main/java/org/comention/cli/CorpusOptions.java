package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.comention.common.OrderedWorkers;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.corpus.BoilerplateSplitter;
import org.comention.corpus.CleanedDocument;
import org.comention.corpus.ColumnNames;
import org.comention.corpus.Corpora;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;
import org.comention.corpus.ReadOptions;
import org.comention.entity.DocumentMatching;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.entity.MatcherProgress;
import org.comention.entity.Mention;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import picocli.CommandLine.Option;

/**
 * The options every command that reads articles shares (input, gazetteer, markers, cleaning,
 * adjectives, column names), and the first stages they drive: read, clean, normalise, match.
 */
final class CorpusOptions {
    static final String BUNDLED_MARKERS = "/comention/boilerplate/markers.csv";

    @Option(names = "--input", paramLabel = "PATH", defaultValue = "data/articles",
            description = "directory of .txt articles, or a .txt, .csv or .jsonl file (default: ${DEFAULT-VALUE})")
    Path input;

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

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "decode every input file without a byte order mark in this charset (windows-1256, ISO-8859-6, "
                    + "UTF-16LE, windows-1251, ...); default: UTF-8, or a detected encoding, with a warning, where the "
                    + "bytes are not UTF-8")
    String encoding;

    @Option(names = "--max-document-chars", paramLabel = "N", defaultValue = "10000000",
            description = "skip, with a warning, a document longer than N characters; 0: no limit (default: ${DEFAULT-VALUE})")
    long maxDocumentChars;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads that clean, normalise and match documents; the outputs do not depend on it "
                    + "(default: one per core)")
    Integer threads;

    /** What a command does with each matched document part (an article, or a teaser), in input order. */
    @FunctionalInterface
    interface PartHandler {
        void accept(Document part, NormalizedText normalized, List<Mention> mentions) throws IOException;
    }

    /** What a command computes from each matched part on a worker thread; it must not touch shared state. */
    @FunctionalInterface
    interface PartWork<R> {
        R apply(Document part, NormalizedText normalized, List<Mention> mentions);
    }

    /** The matched parts of one document, or why it was skipped: what a worker hands to the merger. */
    private record Processed<R>(Document document, CleanedDocument cleaned, List<R> parts, List<Integer> mentionCounts,
                                InputProblem problem) {
    }

    /** Documents in flight per worker thread: enough to keep the workers busy while the merger writes. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    int threadCount() {
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be 1 or more, not " + threads);
        }
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The read, clean and match stages, set up once from the options. */
    final class Stages {
        final TextNormalizer normalizer;
        final Gazetteer gazetteer;
        final EntityMatcher matcher;
        final BoilerplateSplitter splitter;
        final ReadOptions reading;
        /** Clean, normalise, match: the same object a Spark executor uses, so both find the same mentions. */
        final DocumentMatching matching;

        Stages(MatcherProgress progress) throws IOException {
            reading = readOptions();
            // the normaliser's character table is built while the gazetteer is read: a tenth of a small run
            CompletableFuture<TextNormalizer> folding = CompletableFuture.supplyAsync(TextNormalizer::new);
            gazetteer = GazetteerReader.readWithBundled(gazetteers);
            matching = new DocumentMatching(gazetteer, folding.join(), markerSources(), adjectives, keepRelated, progress);
            normalizer = matching.normalizer();
            matcher = matching.matcher();
            splitter = matching.splitter();
        }

        /**
         * Reads every document, cleans it and matches it, handing each part to {@code handler} in
         * input order; {@code summary} counts what was read, cut and skipped, and skipped inputs
         * are warned of on {@code err}.
         */
        void run(PrintWriter err, RunSummary summary, Progress progress, PartHandler handler) throws IOException {
            run(err, summary, progress, Matched::new, matched -> handler.accept(matched.part, matched.normalized, matched.mentions));
        }

        /**
         * Reads every document; workers clean it, match it and apply {@code work} to each part;
         * {@code merge} receives the results in input order, whatever the number of threads, so
         * outputs do not depend on it. A document whose processing fails is reported and skipped.
         */
        <R> void run(PrintWriter err, RunSummary summary, Progress progress, PartWork<R> work,
                     OrderedWorkers.Sink<R> merge) throws IOException {
            int threadCount = threadCount();
            OrderedWorkers.Sink<Processed<R>> merger = processed -> {
                if (processed.problem != null) {
                    // a warning about input that was read (a detected encoding) is no skip for --strict
                    if (processed.problem.skipped()) {
                        summary.addSkipped(processed.problem.toString());
                    }
                    err.println("comention: warning: " + processed.problem);
                    return;
                }
                summary.addDocument(processed.document, processed.cleaned, keepRelated);
                for (int i = 0; i < processed.parts.size(); i++) {
                    summary.addMentions(processed.mentionCounts.get(i));
                    merge.accept(processed.parts.get(i));
                }
                progress.update(summary.documents());
            };
            // reader problems travel through the workers too, so warnings and run.json keep input order
            OrderedWorkers.Work<Object, Processed<R>> process = item -> item instanceof InputProblem problem
                    ? new Processed<>(null, null, List.of(), List.of(), problem)
                    : process((Document) item, work);
            try (OrderedWorkers<Object, Processed<R>> workers =
                         new OrderedWorkers<>(threadCount, threadCount * IN_FLIGHT_PER_THREAD, process, merger)) {
                progress.startReading();
                try {
                    Corpora.open(input, columns(), reading.withMeter(progress.meter())).read(document -> submit(workers, document),
                            problem -> submit(workers, problem));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                workers.finish();
            }
            progress.endReading();
            if (summary.documents() == 0) {
                throw new UserInputException(input + ": no readable documents");
            }
        }

        private <R> Processed<R> process(Document document, PartWork<R> work) {
            try {
                DocumentMatching.Matched matched = matching.match(document);
                List<R> results = new ArrayList<>(matched.parts().size());
                List<Integer> counts = new ArrayList<>(matched.parts().size());
                for (DocumentMatching.Part part : matched.parts()) {
                    results.add(work.apply(part.document(), part.normalized(), part.mentions()));
                    counts.add(part.mentions().size());
                }
                return new Processed<>(document, matched.cleaned(), results, counts, null);
            } catch (RuntimeException | StackOverflowError e) {
                // a fault on one document must not lose the run: it is skipped and said, like unreadable input
                return new Processed<>(document, null, List.of(), List.of(), new InputProblem(input, 0,
                        "document '" + document.id() + "': internal error (" + e + "); skipped, please report it"));
            }
        }

        private static void submit(OrderedWorkers<Object, ?> workers, Object item) {
            try {
                workers.submit(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A part as matched, for handlers that need the text, its normalised form and its mentions. */
    private record Matched(Document part, NormalizedText normalized, List<Mention> mentions) {
    }

    /** The bundled boilerplate markers, then the --markers tables, in order. */
    List<TextSource> markerSources() {
        List<TextSource> sources = new ArrayList<>();
        sources.add(TextSource.resource(BUNDLED_MARKERS));
        for (Path file : markers) {
            sources.add(TextSource.file(file));
        }
        return sources;
    }

    Stages stages() throws IOException {
        return new Stages(MatcherProgress.NONE);
    }

    /** As above, telling {@code progress} how the building of the matcher advances. */
    Stages stages(MatcherProgress progress) throws IOException {
        return new Stages(progress);
    }

    /** The charset and length bound for the readers; a bad value is a one-line user mistake. */
    ReadOptions readOptions() {
        if (maxDocumentChars < 0) {
            throw new UserInputException("--max-document-chars must be 0 (no limit) or more, not " + maxDocumentChars);
        }
        try {
            return ReadOptions.of(encoding, maxDocumentChars);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--encoding: " + e.getMessage());
        }
    }

    private ColumnNames columns() {
        return new ColumnNames(idColumn, textColumn, dateColumn, sourceColumn, titleColumn, urlColumn, langColumn);
    }
}
