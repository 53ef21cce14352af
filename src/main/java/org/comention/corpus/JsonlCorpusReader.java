package org.comention.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.comention.common.UserInputException;

/**
 * Reads JSON Lines: one JSON object a line. A line that is not an object, or holds more than one
 * value ({@code {...}{...}}, or garbage after the object), or lacks an id or a text, or repeats
 * an id, or holds bytes that do not decode, or is too long, is reported with its line number and
 * skipped. Numeric ids are taken as their decimal text.
 *
 * <p>Jackson's own bound on a string (20 million characters by default) would skip a text that
 * {@code --max-document-chars} allows; the line bound ({@link #maxLine}) bounds every string
 * instead, and with {@code --max-document-chars 0} only Java's longest string does.
 */
public final class JsonlCorpusReader implements CorpusReader {
    /**
     * A line may be this many times longer than the longest document: JSON writes a character as
     * the six of {@code \u0627}, as Python's json.dumps does by default for all non-ASCII text.
     */
    private static final long ESCAPED_CHARS_PER_CHAR = 6;
    /** Room for the id and the other fields of a line beside its text. */
    private static final long METADATA_CHARS = 64 * 1024;

    private final Path file;
    private final ColumnNames fields;
    private final ReadOptions options;
    private final ObjectMapper json;

    public JsonlCorpusReader(Path file, ColumnNames fields, ReadOptions options) {
        this.file = file;
        this.fields = fields;
        this.options = options;
        StreamReadConstraints strings = StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxLine()))
                .build();
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(strings).build());
    }

    /** The longest line read: longer ones are skipped unparsed. */
    private long maxLine() {
        long n = options.maxDocumentChars();
        return n == 0 || n > (Long.MAX_VALUE - METADATA_CHARS) / ESCAPED_CHARS_PER_CHAR ? Long.MAX_VALUE
                : n * ESCAPED_CHARS_PER_CHAR + METADATA_CHARS;
    }

    private void tooLong(long lineNumber, long length, Consumer<InputProblem> problems) {
        problems.accept(new InputProblem(file, lineNumber, String.format(Locale.ROOT,
                "a line of %,d characters, too long for --max-document-chars %,d; skipped",
                length, options.maxDocumentChars())));
    }

    /**
     * Parses one line, already decoded, as {@link #read} parses each line of the file: what a Spark
     * job does with the lines it is given. Ids are not checked for repeats, which needs every line.
     * Thread-safe, as Jackson's ObjectMapper is for reading.
     */
    public void parseLine(String line, long lineNumber, Consumer<Document> documents, Consumer<InputProblem> problems) {
        if (line.length() > maxLine()) {
            tooLong(lineNumber, line.length(), problems);
        } else if (!line.isBlank()) {
            accept(line, lineNumber, null, documents, problems);
        }
    }

    @Override
    public void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        long maxLine = maxLine();
        try (DecodingReader decoded = DecodingReader.open(file, options.encoding(), options.meter())) {
            LineReader lines = new LineReader(decoded, maxLine);
            Set<String> seen = new HashSet<>();
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (decoded.damagedUpTo(line.number())) {
                    problems.accept(new InputProblem(file, line.number(), "not valid " + decoded.charsetName() + "; skipped"));
                } else if (line.text() == null) {
                    tooLong(line.number(), line.length(), problems);
                } else if (!line.text().isBlank()) {
                    accept(line.text(), line.number(), seen, documents, problems);
                }
            }
            // told at the end, when every line's encoding is known
            if (decoded.warning() != null) {
                problems.accept(InputProblem.warning(file, 0, decoded.warning()));
            }
        } catch (Encodings.UndecodableException e) {
            throw UserInputException.at(file, e.line, e.getMessage());
        }
    }

    private void accept(String line, long lineNumber, Set<String> seen, Consumer<Document> documents,
                        Consumer<InputProblem> problems) {
        JsonNode node;
        try (JsonParser parser = json.createParser(line)) {
            node = json.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                // readTree alone stops after the first value, and the rest of the line was lost unsaid
                problems.accept(new InputProblem(file, lineNumber, "more than one JSON value on the line (another starts "
                        + "at column " + parser.currentTokenLocation().getColumnNr() + "); skipped"));
                return;
            }
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(file, lineNumber, "not JSON (" + e.getOriginalMessage() + "); skipped"));
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading a String cannot fail", e);
        }
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(file, lineNumber, "not a JSON object; skipped"));
            return;
        }
        String fullId = scalar(node, fields.id());
        String id = fullId == null ? null : DocumentIds.capped(fullId);
        String text = scalar(node, fields.text());
        if (id == null || id.isBlank()) {
            problems.accept(new InputProblem(file, lineNumber, "no \"" + fields.id() + "\"; skipped"));
        } else if (text == null) {
            problems.accept(new InputProblem(file, lineNumber, "no \"" + fields.text() + "\"; skipped"));
        } else if (seen != null && !seen.add(id)) {
            problems.accept(new InputProblem(file, lineNumber, "duplicate id '" + id + "'; skipped"));
        } else if (options.tooLong(text.length())) {
            problems.accept(new InputProblem(file, lineNumber, options.tooLongMessage("document '" + id + "': ", text.length())));
        } else {
            if (!id.equals(fullId)) {
                problems.accept(InputProblem.warning(file, lineNumber, DocumentIds.cutWarning(fullId)));
            }
            documents.accept(new Document(id, Encodings.spaceForNul(text), scalar(node, fields.date()), scalar(node, fields.source()),
                    scalar(node, fields.title()), scalar(node, fields.url()), scalar(node, fields.lang())));
        }
    }

    private static String scalar(JsonNode node, String field) {
        if (field == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
