package org.comention.entity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.UserInputException;

/**
 * Reads the result of a SPARQL query on the Wikidata Query Service, as CSV or as SPARQL JSON
 * ({@code application/sparql-results+json}), told apart by the first character. One row is one
 * name of one item; the columns (variables) are:
 * <ul>
 * <li>{@code item}: the item, {@code http://www.wikidata.org/entity/Q42} or {@code Q42};</li>
 * <li>{@code article}: its English Wikipedia article, {@code https://en.wikipedia.org/wiki/Douglas_Adams}
 *     (or {@code enwiki}: the title itself);</li>
 * <li>{@code class}: a class it is an instance of (P31), URI or Q-id;</li>
 * <li>{@code name}: a label or alias, and {@code lang}: its language (in JSON the literal's
 *     {@code xml:lang} serves when there is no {@code lang}).</li>
 * </ul>
 * The rows of one item need not be together: they are gathered by item before the items are
 * given, in the order of their first row. A result holds at most {@value #MAX_ROWS} rows (the
 * query service stops queries long before); a malformed row is reported with its line (CSV) or
 * binding number (JSON) and skipped.
 */
public final class SparqlResults {
    /** The most rows read: what a result of the query service can hold, with room to spare. */
    public static final int MAX_ROWS = 5_000_000;
    private static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Set<String> languages;
    private final Map<String, Builder> items = new LinkedHashMap<>();
    private long rows;

    private SparqlResults(String name, Set<String> languages) {
        this.name = name;
        this.languages = Set.copyOf(languages);
    }

    /** Reads a whole result from {@code in} and gives its items to {@code out}, its bad rows to {@code skipped}. */
    public static void read(InputStream in, String name, Set<String> languages, Consumer<WikidataItem> out,
                            Consumer<WikidataDump.Skip> skipped) throws IOException {
        SparqlResults results = new SparqlResults(name, languages);
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(4096);
        int first;
        int seen = 0;
        do {
            first = buffered.read();
            seen++;
        } while (first >= 0 && seen < 4096 && (first == ' ' || first == '\n' || first == '\r' || first == '\t'
                || first == 0xEF || first == 0xBB || first == 0xBF));
        buffered.reset();
        if (first == '{') {
            results.json(buffered, skipped);
        } else {
            results.csv(buffered, skipped);
        }
        for (Builder item : results.items.values()) {
            out.accept(new WikidataItem(item.qid, item.enwiki, new ArrayList<>(item.classes), item.names));
        }
    }

    private void csv(InputStream in, Consumer<WikidataDump.Skip> skipped) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("item") || !header.contains("article") && !header.contains("enwiki")) {
                throw new UserInputException(name + ":1: a SPARQL result needs the columns item and article (or enwiki), "
                        + "with class, name and lang; not " + UserInputException.printable(header.toString()));
            }
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                row(row, "line " + parser.getCurrentLineNumber(), skipped);
            }
        } catch (UncheckedIOException e) {
            throw new UserInputException(name + ": malformed CSV: "
                    + UserInputException.printable(String.valueOf(e.getCause().getMessage()).replaceAll("\\s+", " ")));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserInputException(name + ": not valid UTF-8");
        } catch (IllegalArgumentException e) {
            throw new UserInputException(name + ":1: bad header: " + UserInputException.printable(e.getMessage()));
        }
    }

    private void json(InputStream in, Consumer<WikidataDump.Skip> skipped) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notSparql();
            }
            boolean bindings = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("results") || parser.currentToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = parser.currentName();
                    if (parser.nextToken() != JsonToken.START_ARRAY || !inner.equals("bindings")) {
                        parser.skipChildren();
                        continue;
                    }
                    bindings = true;
                    long number = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        number++;
                        JsonNode binding = JSON.readTree(parser);
                        Map<String, String> row = new LinkedHashMap<>();
                        binding.fields().forEachRemaining(f -> {
                            JsonNode value = f.getValue().get("value");
                            row.put(f.getKey().toLowerCase(Locale.ROOT), value != null && value.isValueNode() ? value.asText() : null);
                            JsonNode lang = f.getValue().get("xml:lang");
                            if (f.getKey().equals("name") && lang != null && lang.isTextual()) {
                                row.putIfAbsent("lang", lang.asText());
                            }
                        });
                        row(row, "binding " + number, skipped);
                    }
                }
            }
            if (!bindings) {
                throw notSparql();
            }
        } catch (JsonProcessingException e) {
            throw new UserInputException(name + ": malformed JSON: "
                    + UserInputException.printable(e.getOriginalMessage().replaceAll("\\s+", " "))
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    private UserInputException notSparql() {
        return new UserInputException(name + ": not a SPARQL JSON result ({\"head\":..., \"results\":{\"bindings\":[...]}})");
    }

    private void row(Map<String, String> row, String where, Consumer<WikidataDump.Skip> skipped) {
        if (++rows > MAX_ROWS) {
            throw new UserInputException(String.format(Locale.ROOT, "%s: more than %,d rows; split the query by country "
                    + "or type", name, MAX_ROWS));
        }
        String qid = qid(row.get("item"));
        if (qid == null) {
            skipped.accept(new WikidataDump.Skip("malformed", new UserInputException(name + ": " + where
                    + ": item is not a Wikidata item: '" + UserInputException.printable(String.valueOf(row.get("item"))) + "'")));
            return;
        }
        String title = row.containsKey("enwiki") ? blankToNull(row.get("enwiki")) : title(row.get("article"));
        if (title != null && title.length() > WikidataDump.MAX_TITLE_LENGTH) {
            title = null;
        }
        Builder item = items.computeIfAbsent(qid, Builder::new);
        if (item.enwiki == null) {
            item.enwiki = title;
        }
        String c = qid(row.get("class"));
        if (c != null) {
            item.classes.add(c);
        }
        String text = blankToNull(row.get("name"));
        String lang = blankToNull(row.get("lang"));
        if (text != null && lang != null && languages.contains(lang)) {
            item.names.add(new WikidataItem.Name(lang, text));
        }
    }

    /** {@code Q42} of {@code http://www.wikidata.org/entity/Q42} or {@code Q42}; null when it is neither. */
    private static String qid(String value) {
        if (value == null) {
            return null;
        }
        String id = value.strip();
        if (id.startsWith(ENTITY) || id.startsWith("https://www.wikidata.org/entity/")) {
            id = id.substring(id.lastIndexOf('/') + 1);
        }
        return id.matches("Q[1-9][0-9]{0,11}") ? id : null;
    }

    /** The title of an English Wikipedia article URL, or null. */
    private static String title(String article) {
        if (article == null) {
            return null;
        }
        try {
            URI uri = new URI(article.strip());
            String path = uri.getPath();
            if (!"en.wikipedia.org".equals(uri.getHost()) || path == null || !path.startsWith("/wiki/")) {
                return null;
            }
            return blankToNull(path.substring("/wiki/".length()).replace('_', ' '));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The rows of one item gathered so far. */
    private static final class Builder {
        final String qid;
        String enwiki;
        final Set<String> classes = new LinkedHashSet<>();
        final List<WikidataItem.Name> names = new ArrayList<>();

        Builder(String qid) {
            this.qid = qid;
        }
    }
}
