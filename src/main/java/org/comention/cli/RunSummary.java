package org.comention.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.comention.common.Plural;
import org.comention.cooccurrence.WindowSpec;
import org.comention.corpus.CleanedDocument;
import org.comention.corpus.Document;
import org.comention.graph.EntityGraph;

/** What a build run did, counted as it goes and told in one paragraph at the end. */
final class RunSummary {
    private long documents;
    private long characters;
    private long skipped;
    private long documentsCut;
    private long charactersCut;
    private long teasers;
    private long mentions;
    private long documentsCapped;
    private long windowsCapped;
    private int windowCap;
    private long datesDropped;
    private long languagesUndetermined;
    private long languagesFolded;

    void addDocument(Document document, CleanedDocument cleaned, boolean keepRelated) {
        documents++;
        characters += document.text().length();
        if (cleaned.charactersCut() > 0) {
            documentsCut++;
            charactersCut += cleaned.charactersCut();
        }
        if (keepRelated) {
            teasers += cleaned.related().size();
        }
    }

    /** The figures of a count made elsewhere (the tables of {@code comention spark}). */
    void addFigures(java.util.Map<String, Object> figures) {
        documents += ((Number) figures.get("documents_read")).longValue();
        characters += ((Number) figures.get("characters_read")).longValue();
        charactersCut += ((Number) figures.get("characters_cut")).longValue();
        teasers += ((Number) figures.get("teasers_kept")).longValue();
        skipped += ((Number) figures.get("inputs_skipped")).longValue();
        mentions += ((Number) figures.get("mentions")).longValue();
        windowsCapped += ((Number) figures.get("windows_capped")).longValue();
        for (Object reason : (java.util.List<?>) figures.get("skip_reasons")) {
            if (skipReasons.size() < REASONS_KEPT) {
                skipReasons.add(String.valueOf(reason));
            }
        }
    }

    void addMentions(int count) {
        mentions += count;
    }

    /** At most this many skip reasons are kept for run.json; the count is always exact. */
    static final int REASONS_KEPT = 100;
    private final java.util.List<String> skipReasons = new java.util.ArrayList<>();

    void addSkipped(String reason) {
        skipped++;
        if (skipReasons.size() < REASONS_KEPT) {
            skipReasons.add(reason);
        }
    }

    /** Counts a document with capped windows; returns how many there were so far. */
    long addCappedDocument() {
        return ++documentsCapped;
    }

    long documentsCapped() {
        return documentsCapped;
    }

    /** Counts a document whose date was not one and was dropped; returns how many there were so far. */
    long addDroppedDate() {
        return ++datesDropped;
    }

    long datesDropped() {
        return datesDropped;
    }

    private long datesGiven;
    private long datesMissing;

    /** Counts a document that gave a date (read or not), or gave none. */
    void addDate(boolean missing) {
        if (missing) {
            datesMissing++;
        } else {
            datesGiven++;
        }
    }

    /** Documents whose input gave a date, read or not. */
    long datesGiven() {
        return datesGiven;
    }

    /** Documents whose input gave no date. */
    long datesMissing() {
        return datesMissing;
    }

    /** Counts a document whose declared language was not one; returns how many there were so far. */
    long addUndeterminedLanguage() {
        return ++languagesUndetermined;
    }

    long languagesUndetermined() {
        return languagesUndetermined;
    }

    /** Counts a document whose language was folded into "other"; returns how many there were so far. */
    long addFoldedLanguage() {
        return ++languagesFolded;
    }

    long languagesFolded() {
        return languagesFolded;
    }

    /** The windows, of every window kind counted, that had more than {@code cap} distinct entities. */
    void setWindowsCapped(long windows, int cap) {
        windowsCapped = windows;
        windowCap = cap;
    }

    long skipped() {
        return skipped;
    }

    /** The figures of the run, in a fixed order, for run.json. */
    java.util.Map<String, Object> figures() {
        java.util.Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("documents_read", documents);
        figures.put("characters_read", characters);
        figures.put("documents_cut", documentsCut);
        figures.put("characters_cut", charactersCut);
        figures.put("teasers_kept", teasers);
        figures.put("inputs_skipped", skipped);
        figures.put("skip_reasons", skipReasons);
        figures.put("mentions", mentions);
        figures.put("windows_capped", windowsCapped);
        figures.put("dates_dropped", datesDropped);
        figures.put("languages_undetermined", languagesUndetermined);
        figures.put("languages_folded", languagesFolded);
        return figures;
    }

    long documents() {
        return documents;
    }

    long characters() {
        return characters;
    }

    /**
     * The one-line summary at the end of a run: documents, mentions, nodes, edges and time, then
     * what was cut, kept, capped or skipped, and where the outputs are.
     */
    String describe(EntityGraph graph, WindowSpec window, Path output, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s, %s, %s, %s (window %s) in %.1f s",
                Plural.of(documents, "document", "documents"), Plural.of(mentions, "mention", "mentions"),
                Plural.of(graph.nodeCount(), "node", "nodes"), Plural.of(graph.edgeCount(), "edge", "edges"), window, seconds));
        s.append(String.format(Locale.ROOT, "; cut %s of boilerplate from %s", Plural.of(charactersCut, "character", "characters"),
                Plural.of(documentsCut, "document", "documents")));
        if (teasers > 0) {
            s.append(String.format(Locale.ROOT, "; kept %s as documents", Plural.of(teasers, "read-also teaser", "read-also teasers")));
        }
        if (windowsCapped > 0) {
            s.append(String.format(Locale.ROOT, "; paired only the %s in %s (see warnings)",
                    Plural.of(windowCap, "most mentioned entity", "most mentioned entities"), Plural.of(windowsCapped, "window", "windows")));
        }
        if (datesDropped > 0) {
            s.append(String.format(Locale.ROOT, "; %s not read, counted as undated (see warnings)", Plural.of(datesDropped, "date", "dates")));
        }
        if (languagesUndetermined + languagesFolded > 0) {
            s.append(String.format(Locale.ROOT, "; %s counted as und or other (see warnings)",
                    Plural.of(languagesUndetermined + languagesFolded, "language", "languages")));
        }
        s.append(skipped > 0 ? String.format(Locale.ROOT, "; skipped %s (see warnings)", Plural.of(skipped, "input", "inputs")) : "; skipped none");
        s.append("; wrote ").append(output).append('/');
        return s.toString();
    }

}
