package org.comention.entity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.comention.common.UserInputException;
import org.comention.common.WritableText;

/**
 * Reads the Wikidata JSON dump one entity at a time: the standard dump ({@code latest-all.json},
 * a JSON array with one entity a line, each line but the last ending in {@code ,}, the first line
 * {@code [} and the last {@code ]}) and filtered extracts of it (one entity object a line, as
 * {@code wikibase-dump-filter} writes them, also with its simplified claims, labels and sitelinks),
 * gzip-compressed or not, told by the magic bytes rather than the name.
 *
 * <p>Memory is bounded by one line: a line is held only up to {@value #MAX_LINE_BYTES} bytes
 * (Wikidata's largest items are a few megabytes), and only the parts a gazetteer needs are kept
 * from it: the id, the labels and aliases in the chosen languages, the English Wikipedia title
 * and the P31 classes; the rest is passed over by the streaming parser. A malformed line is
 * reported with its file and line and skipped; the reading goes on.
 */
public final class WikidataDump {
    /** The longest line read; a longer one is skipped as malformed. */
    public static final int MAX_LINE_BYTES = 64 << 20;
    /** The longest English Wikipedia title: MediaWiki allows 255 bytes. */
    static final int MAX_TITLE_LENGTH = 255;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final String name;
    private final Set<String> languages;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long line;
    private byte[] text = new byte[1 << 12];

    private WikidataDump(InputStream in, String name, Set<String> languages) {
        this.in = in;
        this.name = name;
        this.languages = Set.copyOf(languages);
    }

    /**
     * A reader of {@code raw}, decompressed if it is gzip; {@code name} names it in messages.
     * A bzip2 file is refused with the command that decompresses it.
     */
    public static WikidataDump open(InputStream raw, String name, Set<String> languages) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        buffered.reset();
        if (gzip(head)) {
            try {
                return new WikidataDump(new GZIPInputStream(buffered, 1 << 16), name, languages);
            } catch (IOException e) {
                throw new UserInputException(name + ": not readable as gzip: " + e.getMessage());
            }
        }
        if (bzip2(head)) {
            throw new UserInputException(name + ": bzip2 is not read; decompress it on the way in, e.g. "
                    + "lbzip2 -dc latest-all.json.bz2 | comention gazetteer import - ...");
        }
        return new WikidataDump(buffered, name, languages);
    }

    /** Whether {@code head}, the first bytes of a file, starts a gzip or bzip2 stream: a compressed dump. */
    public static boolean compressed(byte[] head) {
        return gzip(head) || bzip2(head);
    }

    private static boolean gzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
    }

    private static boolean bzip2(byte[] head) {
        return head.length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h';
    }

    /** What became of a line that gave no item: the reason, and the problem when it was malformed. */
    public record Skip(String reason, UserInputException problem) {
    }

    /**
     * The next item of the dump, or {@code null} at its end; lines that are no item (a property,
     * a lexeme, a malformed line) go to {@code skipped} and are passed over.
     */
    public WikidataItem next(Consumer<Skip> skipped) throws IOException {
        while (true) {
            int length = readLine();
            if (length < 0) {
                return null;
            }
            if (length > MAX_LINE_BYTES) {
                skipped.accept(malformed(String.format(Locale.ROOT, "a line of more than %,d bytes", MAX_LINE_BYTES)));
                continue;
            }
            int start = 0;
            int end = length;
            while (start < end && whitespace(text[start])) {
                start++;
            }
            while (end > start && whitespace(text[end - 1])) {
                end--;
            }
            if (end > start && text[end - 1] == ',') {
                end--;
            }
            if (start == end || end - start == 1 && (text[start] == '[' || text[start] == ']')) {
                continue;
            }
            try {
                WikidataItem item = parse(start, end);
                if (item != null) {
                    return item;
                }
                skipped.accept(new Skip("not an item (a property or lexeme)", null));
            } catch (JsonProcessingException e) {
                skipped.accept(malformed("malformed JSON: " + e.getOriginalMessage()));
            } catch (IOException e) {
                // the parser reads from memory: this is the bytes' encoding (a UTF-32 guess gone wrong), not I/O
                skipped.accept(malformed("malformed JSON: " + e.getMessage()));
            } catch (Malformed e) {
                skipped.accept(malformed(e.getMessage()));
            }
        }
    }

    private Skip malformed(String why) {
        return new Skip("malformed", new UserInputException(name + ":" + line + ": "
                + UserInputException.printable(why.replaceAll("\\s+", " "))));
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** Reads the next line into {@link #text}; its length (more than the bound: skipped), or -1 at the end. */
    private int readLine() throws IOException {
        int length = 0;
        long seen = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                try {
                    limit = Math.max(0, in.read(buffer, 0, buffer.length));
                } catch (IOException e) {
                    throw new UserInputException(name + ": corrupt or truncated compressed data after line " + line
                            + ": " + e.getMessage());
                }
                position = 0;
                if (limit == 0) {
                    if (!any) {
                        return -1;
                    }
                    line++;
                    return seen > MAX_LINE_BYTES ? MAX_LINE_BYTES + 1 : length;
                }
            }
            any = true;
            int from = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int n = position - from;
            seen += n;
            if (seen <= MAX_LINE_BYTES) {
                if (length + n > text.length) {
                    text = java.util.Arrays.copyOf(text, Math.min(MAX_LINE_BYTES, Math.max(text.length * 2, length + n)));
                }
                System.arraycopy(buffer, from, text, length, n);
                length += n;
            }
            if (position < limit) {
                position++;
                line++;
                return seen > MAX_LINE_BYTES ? MAX_LINE_BYTES + 1 : length;
            }
        }
    }

    /** The item on {@code text[start, end)}, or {@code null} when it is another kind of entity. */
    private WikidataItem parse(int start, int end) throws IOException {
        String id = null;
        String type = null;
        String enwiki = null;
        List<String> classes = new ArrayList<>();
        List<WikidataItem.Name> labels = new ArrayList<>();
        List<WikidataItem.Name> aliases = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(text, start, end - start)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "labels" -> names(parser, value, labels, false);
                    case "aliases" -> names(parser, value, aliases, true);
                    case "sitelinks" -> enwiki = enwiki(parser, value);
                    case "claims" -> classes(parser, value, classes);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new Malformed("not one JSON object");
            }
        }
        if (id == null) {
            throw new Malformed("an entity without an id");
        }
        if (type != null && !type.equals("item") || !id.matches("Q[1-9][0-9]{0,11}")) {
            if (id.matches("[PL][1-9][0-9]{0,11}")) {
                return null;
            }
            throw new Malformed("not an item id: '" + id + "'");
        }
        List<WikidataItem.Name> names = new ArrayList<>(labels);
        names.addAll(aliases);
        return new WikidataItem(id, enwiki, new ArrayList<>(new LinkedHashSet<>(classes)), names);
    }

    /** Labels ({@code {"en": {"language": "en", "value": "..."}}}) or aliases (the same with arrays), or their simplified forms. */
    private void names(JsonParser parser, JsonToken value, List<WikidataItem.Name> out, boolean lists) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String lang = parser.currentName();
            parser.nextToken();
            if (!languages.contains(lang)) {
                parser.skipChildren();
                continue;
            }
            JsonNode node = JSON.readTree(parser);
            if (lists && node.isArray()) {
                for (JsonNode each : node) {
                    name(lang, each, out);
                }
            } else {
                name(lang, node, out);
            }
        }
    }

    private static void name(String lang, JsonNode node, List<WikidataItem.Name> out) {
        JsonNode text = node.isObject() ? node.get("value") : node;
        if (text != null && text.isTextual()) {
            out.add(new WikidataItem.Name(lang, text.asText()));
        }
    }

    private static String enwiki(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String title = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String site = parser.currentName();
            parser.nextToken();
            if (!site.equals("enwiki")) {
                parser.skipChildren();
                continue;
            }
            JsonNode node = JSON.readTree(parser);
            JsonNode text = node.isObject() ? node.get("title") : node;
            if (text != null && text.isTextual()) {
                title = text.asText().strip();
                if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH
                        || WritableText.firstUnwritable(title, 0, title.length()) >= 0
                        || title.codePoints().anyMatch(Character::isISOControl)) {
                    throw new Malformed("not a Wikipedia title: '" + title + "'");
                }
            }
        }
        return title;
    }

    /** The P31 values: {@code mainsnak.datavalue.value.id} of each statement, or the simplified ids. */
    private static void classes(JsonParser parser, JsonToken value, List<String> out) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String property = parser.currentName();
            parser.nextToken();
            if (!property.equals("P31")) {
                parser.skipChildren();
                continue;
            }
            JsonNode statements = JSON.readTree(parser);
            if (!statements.isArray()) {
                continue;
            }
            for (JsonNode statement : statements) {
                JsonNode id = statement.isObject() ? statement.at("/mainsnak/datavalue/value/id") : statement;
                if (id.isTextual()) {
                    out.add(id.asText());
                }
            }
        }
    }

    /** A line that is JSON but not a Wikidata entity. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
