package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.comention.common.OrderedWorkers;
import org.comention.common.Plural;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.corpus.BoilerplateSplitter;
import org.comention.corpus.CleanedDocument;
import org.comention.corpus.ColumnNames;
import org.comention.corpus.Corpora;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;
import org.comention.corpus.NewsDates;
import org.comention.corpus.ReadOptions;
import org.comention.entity.DocumentMatching;
import org.comention.entity.EntityLookup;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Gazetteer;
import org.comention.entity.NameDiscovery;
import org.comention.entity.GazetteerReader;
import org.comention.entity.MatcherProgress;
import org.comention.entity.Mention;
import org.comention.text.LanguageCodes;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "how numeric dates are written, as a java.time pattern (dd/MM/yyyy, MM/dd/yyyy): without it "
                    + "a date such as 07/02/2024, a day in either order, is counted as undated; ISO 8601, RFC 1123, "
                    + "month names (2 July 2024, 2 juillet 2024, ۱۲ تیر ۱۴۰۳) and Solar Hijri are read either way")
    String dateFormat;

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
                    + "(default: one per core; at most " + MAX_THREADS_PER_CORE + " per core, or " + MIN_THREAD_BOUND
                    + " on a smaller machine)")
    Integer threads;

    /** The command this mixin belongs to, whose stderr the thread bound is told on. */
    @Spec(Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec command;

    /**
     * Threads beyond this many per core only wait for a core, and each holds documents in flight
     * and a counter shard: {@code --threads 100000} took 6.4 GB before it failed.
     */
    static final int MAX_THREADS_PER_CORE = 4;
    /** The bound on threads on a machine of fewer than {@value #MIN_THREAD_BOUND} / {@value #MAX_THREADS_PER_CORE} cores. */
    static final int MIN_THREAD_BOUND = 8;
    private boolean threadsBoundTold;

    /** What a command does with each matched document part (an article, or a teaser), in input order. */
    @FunctionalInterface
    interface PartHandler {
        void accept(Document part, NormalizedText normalized, List<Mention> mentions) throws IOException;
    }

    /**
     * Whether the stages run {@link NameDiscovery} after the gazetteer: set by the commands that
     * read discovered entities (build, suggest, eval) before {@link #stages}; the others see
     * gazetteer mentions only.
     */
    boolean discover;

    /** What a command computes from each matched part on a worker thread; it must not touch shared state. */
    @FunctionalInterface
    interface PartWork<R> {
        R apply(Document part, NormalizedText normalized, List<Mention> mentions);
    }

    /** The matched parts of one document, or why it was skipped: what a worker hands to the merger. */
    private record Processed<R>(Document document, CleanedDocument cleaned, List<R> parts, List<Integer> mentionCounts,
                                InputProblem problem, Checked checked) {
    }

    /**
     * A document as read, its metadata made safe to count: its date is recorded as its ISO day, a date
     * {@link NewsDates} does not read is dropped ({@code droppedDate}; {@code ambiguousDate} when it was a day
     * in both day/month orders), {@code undated} when it had none, a declared language becomes its ISO 639
     * code ({@code badLanguage}: the value that names none) and is folded by {@link LanguageCodes}
     * ({@code foldedLanguage}: the code counted as {@value LanguageCodes#OTHER}).
     */
    private record Checked(Document document, String droppedDate, boolean ambiguousDate, boolean undated,
                           String badLanguage, String foldedLanguage) {

        static Checked of(Document read, LanguageCodes languages, NewsDates dates) {
            String date = read.date() == null || read.date().isBlank() ? null : read.date();
            NewsDates.Reading reading = dates.read(date);
            String recordedDate = reading.day() == null ? null : reading.day().toString();
            String code = languages.code(read.lang());
            String lang = languages.fold(code);
            boolean badLanguage = LanguageCodes.UNDETERMINED.equals(code)
                    && !LanguageCodes.UNDETERMINED.equals(read.lang().strip().toLowerCase(java.util.Locale.ROOT));
            Document document = java.util.Objects.equals(recordedDate, read.date()) && java.util.Objects.equals(lang, read.lang())
                    ? read : new Document(read.id(), read.text(), recordedDate, read.source(), read.title(), read.url(), lang);
            return new Checked(document, recordedDate == null ? date : null, reading.ambiguous(), date == null,
                    badLanguage ? read.lang() : null, java.util.Objects.equals(lang, code) ? null : code);
        }
    }

    /** Documents in flight per worker thread: enough to keep the workers busy while the merger writes. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    int threadCount() {
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be 1 or more, not " + threads);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads == null) {
            return cores;
        }
        int bound = Math.max(MIN_THREAD_BOUND, MAX_THREADS_PER_CORE * cores);
        if (threads <= bound) {
            return threads;
        }
        if (!threadsBoundTold && command != null) {
            threadsBoundTold = true;
            command.commandLine().getErr().printf(java.util.Locale.ROOT,
                    "comention: warning: --threads %,d: using %,d, the most that help on %s (%d per core)%n",
                    threads, bound, Plural.of(cores, "core", "cores"), MAX_THREADS_PER_CORE);
        }
        return bound;
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
            DocumentMatching gazetteerOnly = new DocumentMatching(gazetteer, folding.join(), markerSources(), adjectives,
                    keepRelated, progress);
            matching = discover ? gazetteerOnly.discovering(NameDiscovery.bundled(gazetteerOnly.normalizer())) : gazetteerOnly;
            normalizer = matching.normalizer();
            matcher = matching.matcher();
            splitter = matching.splitter();
        }

        /**
         * The entity a user names ({@code explain A B}, {@code mentions --entity}): by id, label or any alias as the
         * matcher reads it; {@code what} prefixes the one-line error that names the nearest entities when none matches.
         */
        int entity(String name, String what) {
            EntityLookup.Found found = new EntityLookup(gazetteer, matcher, normalizer).find(name);
            if (found.entity() >= 0) {
                return found.entity();
            }
            String shown = UserInputException.printable(name);
            if (!found.several().isEmpty()) {
                throw new UserInputException(what + shown + ": names several entities: " + String.join(", ", found.several())
                        + "; give the id");
            }
            throw new UserInputException(what + shown + ": no entity with that id, label or alias in the gazetteer"
                    + (found.nearest().isEmpty() ? "" : "; nearest: " + String.join(", ", found.nearest())));
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
            runParts(err, summary, progress, part -> work.apply(part.document(), part.normalized(), part.mentions()), merge);
        }

        /** As above, {@code work} seeing each part whole, with what discovery found in it. */
        <R> void runParts(PrintWriter err, RunSummary summary, Progress progress,
                          java.util.function.Function<DocumentMatching.Part, R> work,
                          OrderedWorkers.Sink<R> merge) throws IOException {
            int threadCount = threadCount();
            OrderedWorkers.Sink<Processed<R>> merger = processed -> {
                if (processed.checked != null) {
                    tellMetadata(err, summary, processed.checked);
                }
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
                    ? new Processed<>(null, null, List.of(), List.of(), problem, null)
                    : process((Checked) item, work);
            // on the reading thread, in input order: the languages kept apart are the first ones read
            LanguageCodes languages = new LanguageCodes();
            NewsDates dates = dates();
            try (OrderedWorkers<Object, Processed<R>> workers =
                         new OrderedWorkers<>(threadCount, threadCount * IN_FLIGHT_PER_THREAD, process, merger)) {
                progress.startReading();
                try {
                    Corpora.open(input, columns(), reading.withMeter(progress.meter())).read(
                            document -> submit(workers, Checked.of(document, languages, dates)), problem -> submit(workers, problem));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                workers.finish();
            }
            progress.endReading();
            tellMetadataTotals(err, summary);
            if (summary.documents() == 0) {
                throw new UserInputException(input + ": no readable documents");
            }
            if (summary.datesGiven() == 0 && given("--date-column")) {
                // a CSV header is checked as it is read; a JSONL field or a text file can only be missed by every document
                throw new UserInputException(input + ": no document has a '" + dateColumn + "' field, which --date-column names");
            }
        }

        private <R> Processed<R> process(Checked checked, java.util.function.Function<DocumentMatching.Part, R> work) {
            Document document = checked.document();
            try {
                DocumentMatching.Matched matched = matching.match(document);
                List<R> results = new ArrayList<>(matched.parts().size());
                List<Integer> counts = new ArrayList<>(matched.parts().size());
                for (DocumentMatching.Part part : matched.parts()) {
                    results.add(work.apply(part));
                    counts.add(part.mentions().size());
                }
                return new Processed<>(document, matched.cleaned(), results, counts, null, checked);
            } catch (RuntimeException | StackOverflowError e) {
                // a fault on one document must not lose the run: it is skipped and said, like unreadable input
                return new Processed<>(document, null, List.of(), List.of(), new InputProblem(input, 0,
                        "document '" + document.id() + "': internal error (" + e + "); skipped, please report it"), checked);
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

    /** Documents whose date or language is warned of one by one; the rest are counted in one line each. */
    static final int METADATA_WARNINGS = 10;
    /** The characters of a value shown in a warning. */
    private static final int SHOWN_CHARS = 40;

    /** Warns of a dropped date, a language that is none or the first language folded, and counts them. */
    private static void tellMetadata(PrintWriter err, RunSummary summary, Checked checked) {
        String id = shown(checked.document().id());
        summary.addDate(checked.undated());
        if (checked.droppedDate() != null && summary.addDroppedDate() <= METADATA_WARNINGS) {
            if (checked.ambiguousDate()) {
                err.printf(java.util.Locale.ROOT, "comention: warning: document '%s': date '%s' is a day in either "
                        + "day/month order; counted as undated (say which with --date-format, e.g. dd/MM/yyyy)%n",
                        id, shown(checked.droppedDate()));
            } else {
                err.printf(java.util.Locale.ROOT, "comention: warning: document '%s': date '%s' is not a date comention "
                        + "reads (ISO 8601, RFC 1123, a day, month name and year, or --date-format) from %s to %s; "
                        + "counted as undated%n", id, shown(checked.droppedDate()), NewsDates.EARLIEST, NewsDates.LATEST);
            }
        }
        if (checked.badLanguage() != null && summary.addUndeterminedLanguage() <= METADATA_WARNINGS) {
            err.printf(java.util.Locale.ROOT, "comention: warning: document '%s': lang '%s' is not a BCP 47 tag of a "
                    + "known language; counted as '%s'%n", id, shown(checked.badLanguage()), LanguageCodes.UNDETERMINED);
        }
        if (checked.foldedLanguage() != null && summary.addFoldedLanguage() == 1) {
            err.printf(java.util.Locale.ROOT, "comention: warning: document '%s': lang '%s' comes after %d other "
                    + "languages; it and every later one are counted as '%s'%n", id, checked.foldedLanguage(),
                    LanguageCodes.MAX_DECLARED, LanguageCodes.OTHER);
        }
    }

    /** After reading: how many more dates and languages there were than were warned of one by one. */
    private static void tellMetadataTotals(PrintWriter err, RunSummary summary) {
        if (summary.datesDropped() > METADATA_WARNINGS) {
            err.printf(java.util.Locale.ROOT, "comention: warning: %s had a date that is not one; "
                    + "counted as undated%n", Plural.of(summary.datesDropped() - METADATA_WARNINGS, "more document", "more documents"));
        }
        if (summary.datesGiven() > 0 && summary.datesMissing() > 0) {
            // dated and undated documents mixed: the undated ones are in the static graph, in no time slice
            err.printf(java.util.Locale.ROOT, "comention: warning: %s of %,d had no date: counted in the graph, "
                    + "in no time slice%n", Plural.of(summary.datesMissing(), "document", "documents"),
                    summary.datesGiven() + summary.datesMissing());
        }
        if (summary.languagesUndetermined() > METADATA_WARNINGS) {
            err.printf(java.util.Locale.ROOT, "comention: warning: %s had a lang that is not one; "
                    + "counted as '%s'%n", Plural.of(summary.languagesUndetermined() - METADATA_WARNINGS, "more document", "more documents"),
                    LanguageCodes.UNDETERMINED);
        }
        if (summary.languagesFolded() > 0) {
            err.printf(java.util.Locale.ROOT, "comention: warning: %s of languages after the first %d "
                    + "counted as '%s'%n", Plural.of(summary.languagesFolded(), "document", "documents"),
                    LanguageCodes.MAX_DECLARED, LanguageCodes.OTHER);
        }
    }

    /**
     * {@code value} cut to {@value #SHOWN_CHARS} characters for a warning, so a monstrous value takes one short line,
     * and escaped as every message's values are (a line break in an id or date no longer splits the warning).
     */
    private static String shown(String value) {
        return UserInputException.printable(value, SHOWN_CHARS);
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

    /** The date reader of {@code --date-format}; a pattern that is none is a one-line user mistake. */
    NewsDates dates() {
        try {
            return NewsDates.withPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--date-format: " + e.getMessage());
        }
    }

    /** Whether the command line gave {@code option} (not its default). */
    private boolean given(String option) {
        return command != null && command.commandLine().getParseResult() != null
                && command.commandLine().getParseResult().hasMatchedOption(option);
    }

    private ColumnNames columns() {
        List<String> named = new ArrayList<>();
        String[][] optional = {{"--date-column", dateColumn}, {"--source-column", sourceColumn},
            {"--title-column", titleColumn}, {"--url-column", urlColumn}, {"--lang-column", langColumn}};
        for (String[] column : optional) {
            if (given(column[0])) {
                named.add(column[1]);
            }
        }
        return new ColumnNames(idColumn, textColumn, dateColumn, sourceColumn, titleColumn, urlColumn, langColumn, named);
    }
}
