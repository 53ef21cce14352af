package org.comention.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.comention.common.TextSource;
import org.comention.corpus.BoilerplateMarkers;
import org.comention.corpus.BoilerplateSplitter;
import org.comention.corpus.CleanedDocument;
import org.comention.corpus.Document;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;

/**
 * The per-document stages every run shares: cut the boilerplate, normalise, match the gazetteer.
 * One instance serves many threads (the matcher, normaliser and splitter keep no per-call
 * state), so a local build makes one for its worker threads and a Spark executor one for its
 * tasks: both go through this class, so both find the same mentions.
 */
public final class DocumentMatching {
    /**
     * One part of a document (the article, or a kept teaser) as matched: its mentions sorted by
     * start, the discovered ones numbered from the gazetteer's size for {@code discovered}'s
     * entities in order (none when discovery is off), and the proposals discovery judged.
     */
    public record Part(Document document, NormalizedText normalized, List<Mention> mentions,
                       List<NameDiscovery.Local> discovered, List<NameDiscovery.Proposal> proposals) {

        /** A part matched by the gazetteer alone. */
        public Part(Document document, NormalizedText normalized, List<Mention> mentions) {
            this(document, normalized, mentions, List.of(), List.of());
        }
    }

    /** A document cut into its parts, each matched. */
    public record Matched(CleanedDocument cleaned, List<Part> parts) {
    }

    private final TextNormalizer normalizer;
    private final EntityMatcher matcher;
    private final BoilerplateSplitter splitter;
    private final boolean keepRelated;
    private final Gazetteer gazetteer;
    /** Null when discovery is off. */
    private final NameDiscovery discovery;

    /**
     * @param markers     boilerplate marker tables, read in order
     * @param adjectives  whether adjectival mentions count for their entity
     * @param keepRelated whether read-also teasers are parts of their own ({@code <id>#2}, ...)
     */
    public DocumentMatching(Gazetteer gazetteer, List<TextSource> markers, boolean adjectives, boolean keepRelated)
            throws IOException {
        this(gazetteer, new TextNormalizer(), markers, adjectives, keepRelated);
    }

    /** As above, with a normaliser made beforehand (building its table takes a while at start-up). */
    public DocumentMatching(Gazetteer gazetteer, TextNormalizer normalizer, List<TextSource> markers, boolean adjectives,
                            boolean keepRelated) throws IOException {
        this(gazetteer, normalizer, markers, adjectives, keepRelated, MatcherProgress.NONE);
    }

    /** As above, telling {@code progress} how the building of the matcher advances. */
    public DocumentMatching(Gazetteer gazetteer, TextNormalizer normalizer, List<TextSource> markers, boolean adjectives,
                            boolean keepRelated, MatcherProgress progress) throws IOException {
        this.normalizer = normalizer;
        this.matcher = new EntityMatcher(gazetteer, normalizer, adjectives, progress);
        this.splitter = new BoilerplateSplitter(BoilerplateMarkers.read(markers, normalizer::normalizeToString));
        this.keepRelated = keepRelated;
        this.gazetteer = gazetteer;
        this.discovery = null;
    }

    private DocumentMatching(DocumentMatching matching, NameDiscovery discovery) {
        this.normalizer = matching.normalizer;
        this.matcher = matching.matcher;
        this.splitter = matching.splitter;
        this.keepRelated = matching.keepRelated;
        this.gazetteer = matching.gazetteer;
        this.discovery = discovery;
    }

    /**
     * The same stages, then {@code discovery} on each part: its parts carry discovered mentions,
     * numbered from the gazetteer's size (see {@link DiscoveredEntities} for the run's numbering).
     */
    public DocumentMatching discovering(NameDiscovery discovery) {
        return new DocumentMatching(this, java.util.Objects.requireNonNull(discovery));
    }

    /** Whether parts are searched for names the gazetteer does not know. */
    public boolean discovers() {
        return discovery != null;
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public EntityMatcher matcher() {
        return matcher;
    }

    public BoilerplateSplitter splitter() {
        return splitter;
    }

    /** Cleans {@code document} and matches each of its parts, main text first. */
    public Matched match(Document document) {
        CleanedDocument cleaned = splitter.split(document);
        List<Document> documents = new ArrayList<>();
        documents.add(cleaned.main());
        if (keepRelated) {
            documents.addAll(cleaned.related());
        }
        List<Part> parts = new ArrayList<>(documents.size());
        for (Document part : documents) {
            NormalizedText normalized = normalizer.forMatching(part.text());
            List<Mention> mentions = matcher.find(part.text(), normalized, part.lang());
            if (discovery == null) {
                parts.add(new Part(part, normalized, mentions));
            } else {
                NameDiscovery.Found found = discovery.find(part.text(), normalized, part.lang(), mentions,
                        index -> gazetteer.entity(index).type(), gazetteer.size());
                parts.add(new Part(part, normalized, found.mentions(), found.entities(), found.proposals()));
            }
        }
        return new Matched(cleaned, parts);
    }
}
