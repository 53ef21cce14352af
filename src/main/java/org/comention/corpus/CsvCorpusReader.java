package org.comention.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.Plural;
import org.comention.common.UserInputException;

/**
 * Reads a CSV file with a header row (RFC 4180, Commons CSV): one article a record. A record
 * without an id or text, with more fields than the header, with an id seen before, with bytes
 * that do not decode, or with a text over {@code --max-document-chars}, is reported and skipped; a
 * file whose structure breaks (an unclosed quote) stops with an error naming the line. Commons CSV
 * holds a whole field in memory, so the length bound is checked on the parsed field: it bounds
 * what is kept, not the memory of parsing one field.
 */
public final class CsvCorpusReader implements CorpusReader {
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final Path file;
    private final ColumnNames columns;
    private final ReadOptions options;

    public CsvCorpusReader(Path file, ColumnNames columns, ReadOptions options) {
        this.file = file;
        this.columns = columns;
        this.options = options;
    }

    @Override
    public void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        read(null, documents, problems);
    }

    /**
     * Reads the CSV bytes of {@code in} (closed at the end) as {@link #read(Consumer, Consumer)} reads
     * the file, naming the file in what it reports: a Spark job reads a file of a Hadoop file system so.
     */
    public void read(InputStream in, Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        try (DecodingReader decoded = in == null ? DecodingReader.open(file, options.encoding(), options.meter())
                : DecodingReader.open(in, options.encoding());
             CSVParser parser = parse(decoded)) {
            String charset = decoded.charsetName();
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw UserInputException.at(file, 1, "no header row");
            }
            if (decoded.damagedUpTo(parser.getCurrentLineNumber())) {
                throw UserInputException.at(file, 1, "not valid " + charset + " in the header row");
            }
            for (String required : new String[] {columns.id(), columns.text()}) {
                if (!header.containsKey(required)) {
                    throw UserInputException.at(file, 1, "no column '" + required + "' in the header "
                            + header.keySet() + " (set it with --id-column/--text-column)");
                }
            }
            for (String named : columns.named()) {
                if (!header.containsKey(named)) {
                    throw UserInputException.at(file, 1, "no column '" + named + "' in the header " + header.keySet()
                            + ", which the command line names");
                }
            }
            int fields = parser.getHeaderNames().size();
            Set<String> seen = new HashSet<>();
            try {
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    if (decoded.damagedUpTo(line)) {
                        problems.accept(new InputProblem(file, line, "not valid " + charset + "; skipped"));
                    } else if (record.size() > fields) {
                        problems.accept(new InputProblem(file, line, "record has " + record.size() + " fields, the header "
                                + fields + "; skipped"));
                    } else {
                        accept(record, line, fields, seen, documents, problems);
                    }
                }
            } catch (UncheckedIOException e) {
                throw malformed(e.getCause(), parser.getCurrentLineNumber() + 1);
            }
            // told at the end, when every line's encoding is known
            if (decoded.warning() != null) {
                problems.accept(InputProblem.warning(file, 0, decoded.warning()));
            }
        } catch (Encodings.UndecodableException e) {
            throw UserInputException.at(file, e.line, e.getMessage());
        }
    }
    private CSVParser parse(Reader reader) throws IOException {
        try {
            return FORMAT.parse(reader);
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause(), 1);
        } catch (org.apache.commons.csv.CSVException e) {
            // the header itself is malformed (found by the fuzz test: an unclosed quote on line 1)
            throw malformed(e, 1);
        } catch (IllegalArgumentException e) {
            throw UserInputException.at(file, 1, "bad header: " + e.getMessage());
        }
    }

    private void accept(CSVRecord record, long line, int fields, Set<String> seen, Consumer<Document> documents,
                        Consumer<InputProblem> problems) {
        String fullId = field(record, columns.id());
        String id = fullId == null ? null : DocumentIds.capped(fullId);
        String text = field(record, columns.text());
        if (id == null || id.isBlank()) {
            problems.accept(new InputProblem(file, line, "no " + columns.id() + "; record skipped"));
        } else if (text == null) {
            problems.accept(new InputProblem(file, line, "record has " + Plural.of(record.size(), "field", "fields")
                    + ", the header " + fields + ": no " + columns.text() + "; skipped"));
        } else if (!seen.add(id)) {
            problems.accept(new InputProblem(file, line, "duplicate id '" + id + "'; record skipped"));
        } else if (options.tooLong(text.length())) {
            problems.accept(new InputProblem(file, line, options.tooLongMessage("document '" + id + "': ", text.length())));
        } else {
            if (!id.equals(fullId)) {
                problems.accept(InputProblem.warning(file, line, DocumentIds.cutWarning(fullId)));
            }
            documents.accept(new Document(id, Encodings.spaceForNul(text), optional(record, columns.date()), optional(record, columns.source()),
                    optional(record, columns.title()), optional(record, columns.url()), optional(record, columns.lang())));
        }
    }

    private static String field(CSVRecord record, String column) {
        return column != null && record.isSet(column) ? record.get(column) : null;
    }

    /** A metadata field; blank counts as absent. */
    private static String optional(CSVRecord record, String column) {
        String value = field(record, column);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Commons CSV reports an unclosed quote at the end of the file; the useful line is where the
     * quoted field started, which its message carries as "(startline N)".
     */
    private UserInputException malformed(IOException e, long line) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher start = UNCLOSED_QUOTE.matcher(message);
        if (start.find()) {
            return UserInputException.at(file, Long.parseLong(start.group(1)),
                    "malformed CSV: a quoted field starts on this line and is never closed");
        }
        return UserInputException.at(file, line, "malformed CSV: " + message.replaceAll("\\s+", " "));
    }
}
