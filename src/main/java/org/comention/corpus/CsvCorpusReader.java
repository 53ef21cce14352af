package org.comention.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
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
import org.comention.common.UserInputException;

/**
 * Reads a CSV file with a header row (RFC 4180, Commons CSV): one article a record. A record
 * without an id or text, or with an id seen before, is reported and skipped; a file whose
 * structure breaks (an unclosed quote) stops with an error naming the line.
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

    public CsvCorpusReader(Path file, ColumnNames columns) {
        this.file = file;
        this.columns = columns;
    }

    @Override
    public void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             Reader reader = Utf8.reader(in);
             CSVParser parser = parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw UserInputException.at(file, 1, "no header row");
            }
            for (String required : new String[] {columns.id(), columns.text()}) {
                if (!header.containsKey(required)) {
                    throw UserInputException.at(file, 1, "no column '" + required + "' in the header "
                            + header.keySet() + " (set it with --id-column/--text-column)");
                }
            }
            Set<String> seen = new HashSet<>();
            try {
                for (CSVRecord record : parser) {
                    accept(record, parser.getCurrentLineNumber(), seen, documents, problems);
                }
            } catch (UncheckedIOException e) {
                throw malformed(e.getCause(), parser.getCurrentLineNumber() + 1);
            }
        } catch (CharacterCodingException e) {
            throw UserInputException.at(file, 0, "not valid UTF-8");
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

    private void accept(CSVRecord record, long line, Set<String> seen, Consumer<Document> documents,
                        Consumer<InputProblem> problems) {
        String id = field(record, columns.id());
        String text = field(record, columns.text());
        if (id == null || id.isBlank()) {
            problems.accept(new InputProblem(file, line, "no " + columns.id() + "; record skipped"));
        } else if (text == null) {
            problems.accept(new InputProblem(file, line, "record has " + record.size() + " fields, no "
                    + columns.text() + "; skipped"));
        } else if (!seen.add(id)) {
            problems.accept(new InputProblem(file, line, "duplicate id '" + id + "'; record skipped"));
        } else {
            documents.accept(new Document(id, text, optional(record, columns.date()), optional(record, columns.source()),
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
        if (e instanceof CharacterCodingException) {
            return UserInputException.at(file, line, "not valid UTF-8");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher start = UNCLOSED_QUOTE.matcher(message);
        if (start.find()) {
            return UserInputException.at(file, Long.parseLong(start.group(1)),
                    "malformed CSV: a quoted field starts on this line and is never closed");
        }
        return UserInputException.at(file, line, "malformed CSV: " + message.replaceAll("\\s+", " "));
    }
}
