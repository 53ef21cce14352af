package org.comention.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.comention.common.TextSource;
import org.comention.cooccurrence.DocumentPairing;
import org.comention.cooccurrence.DocumentPairs;
import org.comention.cooccurrence.TimeSlice;
import org.comention.cooccurrence.WindowAssigner;
import org.comention.cooccurrence.WindowSpec;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;
import org.comention.corpus.JsonlCorpusReader;
import org.comention.corpus.ReadOptions;
import org.comention.entity.DocumentMatching;
import org.comention.entity.Mention;
import org.comention.export.SurfaceForms;
import org.comention.text.LanguageGuess;

/**
 * The per-document stages on an executor, built once per JVM from the broadcast settings and
 * shared by its tasks (the matcher is built in about a second and holds the whole gazetteer;
 * building it per record or per task would cost more than matching). Thread-safe: the matching
 * stages keep no per-call state, and each task thread pairs with scratch arrays of its own.
 */
final class ExecutorStages {
    /** By broadcast id: one job's stages, whatever the number of tasks this JVM runs for it. */
    private static final Map<Long, ExecutorStages> BY_BROADCAST = new ConcurrentHashMap<>();

    private final JobSettings settings;
    private final DocumentMatching matching;
    private final LanguageGuess languages = new LanguageGuess();
    /** One per {@code --window}, in order: build's own assigners, as its workers use them. */
    private final List<WindowAssigner> assigners;
    private final ThreadLocal<DocumentPairing> pairings;
    private final TimeSlice slicing;
    private final ReadOptions reading;
    private final JsonlCorpusReader lines;

    private ExecutorStages(JobSettings settings) {
        this.settings = settings;
        List<TextSource> markers = new ArrayList<>();
        for (JobSettings.MarkerTable table : settings.markers()) {
            markers.add(new TextSource() {
                @Override
                public String name() {
                    return table.name();
                }

                @Override
                public Reader open() {
                    return new StringReader(table.text());
                }
            });
        }
        try {
            matching = new DocumentMatching(settings.gazetteer(), markers, settings.adjectives(), settings.keepRelated());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assigners = settings.windows().stream().map(window -> new WindowAssigner(WindowSpec.parse(window))).toList();
        int entities = settings.gazetteer().size();
        pairings = ThreadLocal.withInitial(() -> new DocumentPairing(entities, settings.maxWindowEntities()));
        slicing = TimeSlice.byName(settings.timeSlice());
        reading = ReadOptions.of(settings.encoding(), settings.maxDocumentChars());
        lines = new JsonlCorpusReader(Path.of(settings.input()), settings.columns(), reading);
    }

    /** The stages of the job whose settings are broadcast as {@code broadcastId}; built on first use in this JVM. */
    static ExecutorStages of(long broadcastId, Supplier<JobSettings> settings) {
        return BY_BROADCAST.computeIfAbsent(broadcastId, id -> new ExecutorStages(settings.get()));
    }

    /** Drops the stages of a finished job, on the driver, where local mode runs its tasks. */
    static void forget(long broadcastId) {
        BY_BROADCAST.remove(broadcastId);
    }

    /** The document on one JSON line, or the problem that skips it. */
    Counted.Read line(String line, long position) {
        Document[] document = {null};
        InputProblem[] problem = {null};
        lines.parseLine(line, position, d -> document[0] = d, p -> problem[0] = p);
        return new Counted.Read(document[0], problem[0]);
    }

    /**
     * Reads the CSV file {@code file} from {@code in} with build's own CSV reader (header, quoting,
     * fields across lines, records skipped, repeated ids within the file), giving each record as read.
     */
    void csv(String file, java.io.InputStream in, java.util.function.Consumer<Counted.Read> records) throws IOException {
        new org.comention.corpus.CsvCorpusReader(Path.of(file), settings.columns(), reading)
                .read(in, d -> records.accept(new Counted.Read(d, null)), p -> records.accept(new Counted.Read(null, p)));
    }

    /** The article of one .txt file, or the problem that skips it. */
    Counted.Read file(String path, String relative, byte[] bytes) {
        List<Document> documents = new ArrayList<>(1);
        List<InputProblem> problems = new ArrayList<>(1);
        org.comention.corpus.TextFileReader.decode(Path.of(path), org.comention.corpus.TextFileReader.idOf(relative),
                bytes, reading, documents::add, problems::add);
        // a detected-encoding warning comes with the document; a skip comes alone
        InputProblem problem = problems.isEmpty() ? null : problems.get(0);
        return new Counted.Read(documents.isEmpty() ? null : documents.get(0), problem);
    }

    /**
     * Cleans, matches, windows and pairs {@code document}, the {@code ordinal}-th of the input,
     * as a local build's workers do: one {@link Counted.Part} per part.
     */
    Counted count(Document document, long ordinal) {
        try {
            DocumentMatching.Matched matched = matching.match(document);
            List<Counted.Part> parts = new ArrayList<>(matched.parts().size());
            long mentions = 0;
            for (int i = 0; i < matched.parts().size(); i++) {
                DocumentMatching.Part part = matched.parts().get(i);
                Document d = part.document();
                List<Mention> found = part.mentions();
                mentions += found.size();
                List<DocumentPairs> paired = new ArrayList<>(assigners.size());
                for (WindowAssigner assigner : assigners) {
                    paired.add(pairings.get().pair(found, assigner.assign(d.text(), part.normalized(), found)));
                }
                // the entities' windows of the first window only, as a local build's graph takes them from its first counter
                DocumentPairs pairs = paired.get(0);
                java.time.LocalDate day = TimeSlice.parseDate(d.date());
                String language = languages.of(d.lang(), d.text());
                Map<SurfaceForms.Form, Long> forms = new HashMap<>();
                for (Mention m : found) {
                    forms.merge(SurfaceForms.form(settings.gazetteer(), d.text(), m, language), 1L, Long::sum);
                }
                // a date parseDate does not read is no date here either, as in a local build
                parts.add(new Counted.Part(Counted.order(ordinal, i), d.id(), language,
                        TimeSlice.recordedDate(d.date()),
                        day == null ? null : slicing.start(day), pairs.entities(), pairs.entityMentions(),
                        pairs.entityWindows(), paired.stream().map(p -> new Counted.Pairs(p.pairKeys(), p.pairWindows())).toList(),
                        pairs.windows(), paired.stream().mapToInt(DocumentPairs::cappedWindows).sum(), forms));
            }
            return new Counted(parts, 1, document.text().length(), matched.cleaned().charactersCut(),
                    settings.keepRelated() ? matched.cleaned().related().size() : 0, mentions, null, false);
        } catch (RuntimeException | StackOverflowError e) {
            return Counted.skipped("document '" + document.id() + "': internal error (" + e + "); skipped, please report it");
        }
    }
}
