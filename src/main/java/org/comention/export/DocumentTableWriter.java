package org.comention.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.comention.corpus.Document;

/**
 * Writes {@code documents.csv}: {@code doc_id,date,lang,source,title,url}, one row per document part counted, in
 * input order: what the {@code document_ids} of edges, {@code mentions.csv} and {@code explain} name, so a reader
 * can find each article. {@code date} is the ISO day read (empty when none), {@code lang} the document's language,
 * declared or guessed. The file appears, atomically, only on {@link #commit()}.
 *
 * <p>It also keeps, for the report's evidence links, the title and URL of the first {@value #LINKED} documents that
 * have one: the report links those, and shows the ids of the rest.
 */
public final class DocumentTableWriter implements Closeable {
    public static final String[] HEADER = {"doc_id", "date", "lang", "source", "title", "url"};
    /** Documents whose title and URL are kept for the report's links: a bound on memory, not on the table. */
    public static final int LINKED = 100_000;

    /** What the report shows of an article: its title (or null) and an http(s) URL (or null). */
    public record Article(String title, String url) {
    }

    private final AtomicOutput output;
    private final CsvOut printer;
    private final Map<String, Article> articles = new HashMap<>();

    public DocumentTableWriter(Path target) throws IOException {
        this.output = AtomicOutput.open(target);
        this.printer = CsvOut.open(output.writer(), HEADER);
    }

    /** Adds one document part of language {@code lang}; call in input order. */
    public void add(Document part, String lang) throws IOException {
        try {
            printer.record(part.id(), part.date(), lang, part.source(), part.title(), part.url());
        } catch (IOException e) {
            throw OutputException.of(output.target(), e);
        }
        String url = linkable(part.url());
        if ((url != null || part.title() != null) && articles.size() < LINKED) {
            articles.putIfAbsent(part.id(), new Article(part.title(), url));
        }
    }

    /**
     * The URL if it is one a page may link to ({@code http:} or {@code https:}), else null: a {@code javascript:}
     * URL in the input must not become a link a reader clicks.
     */
    static String linkable(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && u.chars().noneMatch(Character::isISOControl)
                ? u : null;
    }

    /** The titles and URLs kept for the report, by document id. */
    public Map<String, Article> articles() {
        return java.util.Collections.unmodifiableMap(articles);
    }

    public void commit() throws IOException {
        try {
            printer.flush();
        } catch (IOException e) {
            throw OutputException.of(output.target(), e);
        }
        output.commit();
    }

    @Override
    public void close() throws IOException {
        output.close();
    }
}
