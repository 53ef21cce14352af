package org.comention.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.comention.entity.Mention;

/**
 * Streams {@code mentions.csv} as documents are processed: one row per mention,
 * {@code doc_id,entity_id,label,type,kind,surface,start,end,match,origin}, where {@code [start, end)} are
 * character offsets into the document's original text, {@code surface} is the text there and
 * {@code match} says how it was matched (exact, normalised, proclitic, variant, adjectival, coreference, discovered) and {@code origin}
 * where the entity comes from (gazetteer, discovered).
 * The file appears, atomically, only on {@link #commit()}.
 */
public final class MentionTableWriter implements Closeable {
    public static final String[] HEADER = {"doc_id", "entity_id", "label", "type", "kind", "surface", "start", "end", "match", "origin"};

    private final AtomicOutput output;
    private final CsvOut printer;
    private final Gazetteer gazetteer;

    public MentionTableWriter(Path target, Gazetteer gazetteer) throws IOException {
        this.output = AtomicOutput.open(target);
        this.printer = CsvOut.open(output.writer(), HEADER);
        this.gazetteer = gazetteer;
    }

    public void write(String documentId, String text, List<Mention> mentions) throws IOException {
        append(rows(documentId, text, mentions));
    }

    /**
     * The rows of one document's mentions as CSV text, without writing them: safe from any thread,
     * so workers format in parallel and the single merger only {@link #append}s, in input order.
     */
    public String rows(String documentId, String text, List<Mention> mentions) {
        return rows(documentId, text, mentions, gazetteer::entity);
    }

    /** As {@link #rows(String, String, List)}, entities looked up in {@code entities} (the run's discovered ones too). */
    public String rows(String documentId, String text, List<Mention> mentions, java.util.function.IntFunction<Entity> entities) {
        StringBuilder rows = new StringBuilder(mentions.size() * 96);
        try {
            CsvOut document = CsvOut.open(rows);
            for (Mention m : mentions) {
                Entity entity = entities.apply(m.entity());
                document.record(documentId, entity.id(), entity.label(), entity.type().name(), m.kind().code(),
                        text.substring(m.start(), m.end()), m.start(), m.end(), m.how().code(), entity.origin().code());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a StringBuilder does not fail", e);
        }
        return rows.toString();
    }

    /** Writes rows made by {@link #rows}. */
    public void append(String rows) throws IOException {
        try {
            output.writer().write(rows);
        } catch (IOException e) {
            throw OutputException.of(output.target(), e);
        }
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
