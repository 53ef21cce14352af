package org.comention.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;

/**
 * Reads gazetteer layers: CSV tables of entities ({@code id,label,type[,wikidata]}) and of
 * aliases ({@code entity,alias[,lang][,kind]}), told apart by their header. A layer is one
 * table, or a directory: every {@code .csv} table in it, in name order. A later layer
 * replaces an entity with the same id and may claim an alias from an earlier layer's entity.
 * Every malformed row is an error that names its file and line.
 *
 * <p>The gazetteer's cost is bounded: at most {@value #MAX_ALIASES} aliases in all layers together
 * and {@value #MAX_ALIAS_LENGTH} characters an alias, so a run's matcher fits in a known heap (a
 * longer alias is no name, and its spacing and spelling variants grow with the square of its length).
 */
public final class GazetteerReader {
    /** The most aliases one run takes, the bundled ones included. */
    public static final int MAX_ALIASES = 500_000;
    /** The longest alias, in UTF-16 characters; the bundled gazetteer's longest has 78. */
    public static final int MAX_ALIAS_LENGTH = 150;

    /**
     * The bundled gazetteer: the tables of {@code data/gazetteer} in the source tree, packed into
     * the jar. The {@code cldr-} tables are generated from CLDR by
     * {@code data/gazetteer/tools/CldrCountries.java} and {@code CldrCities.java}; the others are curated.
     */
    public static final List<String> BUNDLED_TABLES = List.of(
            "/comention/gazetteer/cldr-countries.csv", "/comention/gazetteer/cldr-country-aliases.csv",
            "/comention/gazetteer/cldr-cities.csv", "/comention/gazetteer/cldr-city-aliases.csv",
            "/comention/gazetteer/entities.csv", "/comention/gazetteer/aliases.csv");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    private static final Set<String> ENTITY_HEADER = Set.of("id", "label", "type");
    private static final Set<String> ALIAS_HEADER = Set.of("entity", "alias");

    private final Map<String, Entity> entities = new TreeMap<>();
    private final Map<String, Integer> entityLayer = new TreeMap<>();
    private final List<Gazetteer.RankedAlias> aliases = new ArrayList<>();
    /** What to do with a malformed table or row: throw (reading for a run) or collect (checking). */
    private final java.util.function.Consumer<UserInputException> onProblem;
    private final MessageDigest digest = sha256();
    private int layer = -1;

    /** Reads the bundled gazetteer, then each user path as a further layer. */
    private GazetteerReader(java.util.function.Consumer<UserInputException> onProblem) {
        this.onProblem = onProblem;
    }

    private GazetteerReader() {
        this(problem -> {
            throw problem;
        });
    }

    /**
     * Reads the bundled gazetteer and the user's layers as a check does: every malformed table or
     * row goes to {@code problems} and is skipped, instead of stopping at the first.
     */
    public static Gazetteer check(List<Path> userPaths, boolean withBundled,
                                  java.util.function.Consumer<UserInputException> problems) throws IOException {
        GazetteerReader reader = new GazetteerReader(problems);
        if (withBundled) {
            reader.layer(BUNDLED_TABLES.stream().map(TextSource::resource).toList());
        }
        for (Path path : userPaths) {
            try {
                reader.layer(sourcesOf(path));
            } catch (UserInputException e) {
                problems.accept(e);
            }
        }
        return reader.finish();
    }

    public static Gazetteer readWithBundled(List<Path> userPaths) throws IOException {
        GazetteerReader reader = new GazetteerReader();
        reader.layer(BUNDLED_TABLES.stream().map(TextSource::resource).toList());
        for (Path path : userPaths) {
            reader.layer(sourcesOf(path));
        }
        return reader.finish();
    }

    /** Reads only the given layers, without the bundled gazetteer. */
    public static Gazetteer read(List<List<TextSource>> layers) throws IOException {
        GazetteerReader reader = new GazetteerReader();
        for (List<TextSource> sources : layers) {
            reader.layer(sources);
        }
        return reader.finish();
    }

    private static List<TextSource> sourcesOf(Path path) {
        if (Files.isDirectory(path)) {
            List<TextSource> sources = new ArrayList<>();
            try (Stream<Path> files = Files.list(path)) {
                files.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f))
                        .sorted()
                        .forEach(f -> sources.add(TextSource.file(f)));
            } catch (IOException e) {
                throw new UserInputException(path + ": cannot list gazetteer directory: " + e.getMessage());
            }
            if (sources.isEmpty()) {
                throw new UserInputException(path + ": a gazetteer directory needs .csv tables");
            }
            return sources;
        }
        if (!Files.exists(path)) {
            throw new UserInputException(path + ": no such gazetteer file");
        }
        return List.of(TextSource.file(path));
    }

    private void layer(List<TextSource> sources) throws IOException {
        layer++;
        List<Table> tables = new ArrayList<>();
        for (TextSource source : sources) {
            try {
                tables.add(Table.read(source, digest));
            } catch (UserInputException e) {
                onProblem.accept(e);
            }
        }
        // Entities first, so an alias table may name an entity of a table listed after it.
        for (Table table : tables) {
            if (table.isEntities()) {
                readEntities(table);
            }
        }
        for (Table table : tables) {
            if (!table.isEntities()) {
                readAliases(table);
            }
        }
    }

    private void readEntities(Table table) {
        for (Row row : table.rows) {
            try {
                readEntity(row);
            } catch (UserInputException e) {
                onProblem.accept(e);
            }
        }
    }

    private void readEntity(Row row) {
        String id = row.require("id");
        if (org.comention.common.WritableText.firstUnwritable(id, 0, id.length()) >= 0) {
            // every output writes it with U+FFFD there, so "a\u0001" and "a\u0002" would become one node id
            throw row.error("entity id holds a control character or noncharacter no output file can hold");
        }
        String label = row.require("label");
        EntityType type = row.parseEnum("type", EntityType.class, null);
        String wikidata = row.optional("wikidata");
        Integer earlier = entityLayer.get(id);
        if (earlier != null && earlier == layer) {
            throw row.error("duplicate entity id '" + id + "'");
        }
        entities.put(id, new Entity(id, label, type, wikidata));
        entityLayer.put(id, layer);
    }

    private void readAliases(Table table) {
        for (Row row : table.rows) {
            if (aliases.size() == MAX_ALIASES) {
                // not one problem per row beyond: the rest of the layer is not read
                throw row.error(String.format(Locale.ROOT, "more than %,d aliases in the gazetteer (with the bundled "
                        + "ones), the most one run takes", MAX_ALIASES));
            }
            try {
                readAlias(row);
            } catch (UserInputException e) {
                onProblem.accept(e);
            }
        }
    }

    private void readAlias(Row row) {
        String entityId = row.require("entity");
        if (!entities.containsKey(entityId)) {
            throw row.error("unknown entity '" + entityId + "'");
        }
        String text = row.require("alias");
        if (text.length() > MAX_ALIAS_LENGTH) {
            throw row.error(String.format(Locale.ROOT, "alias of %,d characters; an alias has at most %d",
                    text.length(), MAX_ALIAS_LENGTH));
        }
        String lang = row.optional("lang");
        AliasKind kind = row.parseEnum("kind", AliasKind.class, AliasKind.NAME);
        aliases.add(new Gazetteer.RankedAlias(
                new Alias(entityId, lang == null ? "" : lang, text, kind, row.source, row.line), layer));
    }

    private Gazetteer finish() {
        List<Entity> list = new ArrayList<>(entities.values());
        return new Gazetteer(list, aliases, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** One CSV table, read whole (gazetteers are small) so it can be digested and told apart by header. */
    private record Table(String source, List<String> header, List<Row> rows) {

        boolean isEntities() {
            return header.containsAll(ENTITY_HEADER);
        }

        static Table read(TextSource source, MessageDigest digest) throws IOException {
            String content;
            try (Reader reader = source.open()) {
                content = readAll(reader);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new UserInputException(source.name() + ": not valid UTF-8");
            }
            digest.update(content.getBytes(StandardCharsets.UTF_8));
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1);
            }
            List<Row> rows = new ArrayList<>();
            List<String> header;
            try (CSVParser parser = FORMAT.parse(new StringReader(content))) {
                header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
                if (!header.containsAll(ENTITY_HEADER) && !header.containsAll(ALIAS_HEADER)) {
                    throw new UserInputException(source.name() + ":1: a gazetteer table needs the header "
                            + "id,label,type[,wikidata] (entities) or entity,alias[,lang][,kind] (aliases), not " + header);
                }
                for (CSVRecord record : parser) {
                    rows.add(new Row(source.name(), parser.getCurrentLineNumber(), record, header));
                }
            } catch (UncheckedIOException e) {
                throw new UserInputException(source.name() + ": malformed CSV: "
                        + String.valueOf(e.getCause().getMessage()).replaceAll("\\s+", " "));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(source.name() + ":1: bad header: " + e.getMessage());
            }
            return new Table(source.name(), header, rows);
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    /** A row with its place, for one-line errors. */
    private record Row(String source, long line, CSVRecord record, List<String> header) {

        String optional(String column) {
            int i = header.indexOf(column);
            if (i < 0 || i >= record.size()) {
                return null;
            }
            // comention's own tables (suggest, gazetteer import) guard cells against spreadsheet formulas: undone here
            String value = org.comention.common.CsvCell.read(record.get(i).strip());
            return value.isEmpty() ? null : value;
        }

        String require(String column) {
            String value = optional(column);
            if (value == null) {
                throw error("empty " + column);
            }
            return value;
        }

        <T extends Enum<T>> T parseEnum(String column, Class<T> type, T fallback) {
            String value = optional(column);
            if (value == null) {
                if (fallback != null) {
                    return fallback;
                }
                throw error("empty " + column);
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (T constant : type.getEnumConstants()) {
                    allowed.add(constant.name().toLowerCase(Locale.ROOT));
                }
                throw error(column + " must be one of " + allowed + ", not '" + value + "'");
            }
        }

        UserInputException error(String message) {
            return new UserInputException(source + ":" + line + ": " + message);
        }
    }
}
