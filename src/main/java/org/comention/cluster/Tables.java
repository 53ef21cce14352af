package org.comention.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.UserInputException;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.cooccurrence.TimeSlice;
import org.comention.cooccurrence.WindowSpec;
import org.comention.entity.Gazetteer;
import org.comention.export.SurfaceForms;

/**
 * The tables a Spark count writes, and their reading back without Spark for
 * {@code build --from-tables}. A tables directory holds:
 * <ul>
 *   <li>{@code nodes.csv/}, {@code nodes.parquet/}: {@code Id, Label, type, mentions, documents, windows, slices}
 *       (slices: the first days of the time slices of the dated documents, {@code ;}-separated);</li>
 *   <li>{@code edges.csv/}, {@code edges.parquet/}: {@code Source, Target, Weight} (shared windows),
 *       {@code documents}, {@code sample_documents} (JSON array: the first 20 supporting documents in input order),
 *       {@code documents_by_language} (JSON object), {@code first_date}, {@code last_date},
 *       {@code windows_by_slice} (JSON object); counted in several windows, also {@code weight_<window>}
 *       for each ({@link #windowColumns}), as a local build's edges.csv has them;</li>
 *   <li>{@code forms.csv/}, {@code forms.parquet/}: {@code entity_id, surface, match, alias_lang, alias_text, count};</li>
 *   <li>{@code corpus.json}: the totals (documents, windows), the options counted with ({@code window}: the list
 *       of windows, the first making the edges), the gazetteer's sha256.</li>
 * </ul>
 * Everything but the {@code weight_<window>} columns is of the first window: the edges are the
 * pairs that share one of its windows, as in a local build, where a pair that shares only a
 * later window is no edge. Each {@code .csv/} directory holds Spark's part files, RFC 4180 with
 * a header each; the column names {@code Id}, {@code Label}, {@code Source}, {@code Target} and
 * {@code Weight} are those Gephi's spreadsheet import looks for.
 *
 * <p>Version 2 added the list of windows and the {@code weight_<window>} columns; version 1
 * tables (one window, named by a string) are still read.
 */
public final class Tables {
    public static final String NODES = "nodes";
    public static final String EDGES = "edges";
    public static final String FORMS = "forms";
    public static final String CORPUS = "corpus.json";
    static final String FORMAT_NAME = "comention-tables";
    static final int FORMAT_VERSION = 2;
    /** The versions {@link #read} takes: 1 differs only in naming its one window by a string. */
    private static final java.util.Set<Integer> VERSIONS_READ = java.util.Set.of(1, 2);

    static final String[] NODE_COLUMNS = {"Id", "Label", "type", "mentions", "documents", "windows", "slices"};
    static final String[] EDGE_COLUMNS = {"Source", "Target", "Weight", "documents", "sample_documents",
            "documents_by_language", "first_date", "last_date", "windows_by_slice"};
    static final String[] FORM_COLUMNS = {"entity_id", "surface", "match", "alias_lang", "alias_text", "count"};

    /** Strict: {@code ["a"]x} in a cell is refused, not read as {@code ["a"]}. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).get();

    /** The figures of corpus.json that {@code build} adds to its own, each a whole number. */
    public static final List<String> FIGURES = List.of("documents_read", "characters_read", "characters_cut",
            "teasers_kept", "inputs_skipped", "mentions", "windows_capped");
    /** The figure of corpus.json that lists the first reasons for skipping inputs. */
    public static final String SKIP_REASONS = "skip_reasons";

    private final List<String> windows;
    private final CooccurrenceCounts counts;
    private final Map<String, CooccurrenceCounts> otherCounts;
    private final Map<SurfaceForms.Form, Long> forms;
    private final String input;
    private final TimeSlice timeSlice;
    private final int maxWindowEntities;
    private final Map<String, Object> figures;

    private Tables(List<String> windows, CooccurrenceCounts counts, Map<String, CooccurrenceCounts> otherCounts,
                   Map<SurfaceForms.Form, Long> forms, String input, TimeSlice timeSlice, int maxWindowEntities,
                   Map<String, Object> figures) {
        this.windows = windows;
        this.counts = counts;
        this.otherCounts = otherCounts;
        this.forms = forms;
        this.input = input;
        this.timeSlice = timeSlice;
        this.maxWindowEntities = maxWindowEntities;
        this.figures = figures;
    }

    /**
     * The edge columns of the per-window weights for {@code windows}: {@code weight_<window>}
     * for each distinct window, in order, when there are several (a window given twice is one
     * column, as it is one attribute in a local build); none for one window.
     */
    static List<String> windowColumns(List<String> windows) {
        if (windows.size() < 2) {
            return List.of();
        }
        return windows.stream().distinct().map(window -> "weight_" + window).toList();
    }

    /** For each of {@link #windowColumns}, the index in {@code windows} of its window's first occurrence. */
    static int[] windowColumnSources(List<String> windows) {
        return windowColumns(windows).stream().mapToInt(column -> windows.indexOf(column.substring("weight_".length())))
                .toArray();
    }

    /** The counts of the first window, as a local build's counter gives them: nodes by entity index, pairs by (a, b). */
    public CooccurrenceCounts counts() {
        return counts;
    }

    /**
     * The shared windows of the edges under each window after the first, by window name, as
     * the graph takes them; only pairs, only the edges' (the tables hold no more), none with 0.
     */
    public Map<String, CooccurrenceCounts> otherCounts() {
        return otherCounts;
    }

    /** Adds the surface forms counted to {@code surfaces}. */
    public void addFormsTo(SurfaceForms surfaces) {
        forms.forEach(surfaces::add);
    }

    /** The windows the tables were counted in ({@code document}, {@code sentence}, ...), the first making the edges. */
    public List<String> windows() {
        return windows;
    }

    public TimeSlice timeSlice() {
        return timeSlice;
    }

    public int maxWindowEntities() {
        return maxWindowEntities;
    }

    /** The input the Spark job counted, as it was given ({@code hdfs:///news/*.jsonl}); null when corpus.json has none. */
    public String input() {
        return input;
    }

    /** The figures of the count: {@link #FIGURES}, whole numbers, and {@link #SKIP_REASONS}, a list of strings. */
    public Map<String, Object> figures() {
        return figures;
    }

    /**
     * Reads the CSV tables in {@code directory}, a local one (copy a cluster's with
     * {@code hdfs dfs -get}); {@code gazetteer} must be the one they were counted with. Every
     * mistake in them is one {@link UserInputException} naming the file and, in a table, the line:
     * tables are written by a program, so a bad row means a damaged or mixed directory, and a
     * graph made from the rest would be wrong without saying so.
     */
    public static Tables read(Path directory, Gazetteer gazetteer) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new UserInputException(directory + ": " + (Files.exists(directory) ? "not a directory" : "no such directory")
                    + "; give the tables directory of `comention spark`");
        }
        Path corpusFile = directory.resolve(CORPUS);
        if (!Files.isRegularFile(corpusFile)) {
            throw new UserInputException(directory + ": no " + CORPUS + "; not the tables of `comention spark`, or their "
                    + "count did not finish");
        }
        Map<String, Object> corpus = readCorpus(corpusFile);
        // Set.of's contains throws on null: a corpus.json without a version is told, not a NullPointerException
        if (!FORMAT_NAME.equals(corpus.get("format")) || !(corpus.get("version") instanceof Integer version)
                || !VERSIONS_READ.contains(version)) {
            throw new UserInputException(corpusFile + ": not tables of this version of comention (format "
                    + shown(corpus.get("format")) + " version " + shown(corpus.get("version")) + "; this one reads "
                    + FORMAT_NAME + " versions " + new TreeSet<>(VERSIONS_READ) + ")");
        }
        List<String> windows = windowsOf(corpusFile, corpus.get("window"));
        if (!gazetteer.fingerprint().equals(corpus.get("gazetteer_sha256"))) {
            throw new UserInputException(directory + ": counted with another gazetteer (sha256 "
                    + shown(corpus.get("gazetteer_sha256")) + ", this one " + gazetteer.fingerprint()
                    + "); give the same --gazetteer tables as the Spark job");
        }
        long documents = whole(corpusFile, corpus, "documents");
        long windowTotal = whole(corpusFile, corpus, "windows");
        long cap = whole(corpusFile, corpus, "max_window_entities");
        if (cap > Integer.MAX_VALUE) {
            throw new UserInputException(corpusFile + ": max_window_entities " + cap + " is more than " + Integer.MAX_VALUE);
        }
        TimeSlice timeSlice = timeSliceOf(corpusFile, corpus.get("time_slice"));
        Map<String, Object> figures = figuresOf(corpusFile, corpus.get("figures"));
        String input = corpus.get("input") instanceof String given ? given : null;
        Map<String, Map<String, Long>> parts = partsOf(corpusFile, corpus.get("parts"));

        Map<Integer, CooccurrenceCounts.NodeCount> nodes = new TreeMap<>();
        for (TableRow row : rows(directory, NODES, List.of(NODE_COLUMNS), parts)) {
            int entity = row.entity("Id", gazetteer);
            TreeSet<LocalDate> slices = new TreeSet<>();
            for (String day : row.get("slices").split(";", -1)) {
                if (!day.isEmpty()) {
                    slices.add(row.slice("slices", day, timeSlice));
                }
            }
            long nodeDocuments = row.count("documents", 1, Math.min(documents, Integer.MAX_VALUE));
            CooccurrenceCounts.NodeCount node = new CooccurrenceCounts.NodeCount(entity, row.count("mentions", 1, Long.MAX_VALUE),
                    (int) nodeDocuments, row.count("windows", 0, windowTotal), slices);
            if (nodes.putIfAbsent(entity, node) != null) {
                throw row.error("a second row for entity " + shown(row.get("Id")));
            }
        }
        List<CooccurrenceCounts.PairCount> pairs = new ArrayList<>();
        CooccurrenceCounts.Dictionary words = new CooccurrenceCounts.Dictionary();
        List<String> weightColumns = windowColumns(windows);
        List<List<CooccurrenceCounts.PairCount>> otherPairs = new ArrayList<>();
        weightColumns.forEach(column -> otherPairs.add(new ArrayList<>()));
        List<String> edgeColumns = new ArrayList<>(List.of(EDGE_COLUMNS));
        edgeColumns.addAll(weightColumns);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (TableRow row : rows(directory, EDGES, edgeColumns, parts)) {
            int a = row.entity("Source", gazetteer);
            int b = row.entity("Target", gazetteer);
            if (a == b) {
                throw row.error("an edge from entity " + shown(row.get("Source")) + " to itself");
            }
            CooccurrenceCounts.NodeCount nodeA = row.node(nodes, a, "Source");
            CooccurrenceCounts.NodeCount nodeB = row.node(nodes, b, "Target");
            if (!seen.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
                throw row.error("a second row for the pair " + shown(row.get("Source")) + ", " + shown(row.get("Target")));
            }
            // a pair shares no more windows or documents than either entity has: the measures stay finite
            long shared = row.count("Weight", 1, Math.min(nodeA.windows(), nodeB.windows()));
            int pairDocuments = (int) row.count("documents", 1, Math.min(nodeA.documents(), nodeB.documents()));
            for (int c = 0; c < weightColumns.size(); c++) {
                long other = row.count(weightColumns.get(c), 0, Long.MAX_VALUE);
                if (other > 0) {
                    otherPairs.get(c).add(new CooccurrenceCounts.PairCount(Math.min(a, b), Math.max(a, b), other, 0));
                }
            }
            List<String> sample = row.json("sample_documents", new TypeReference<>() {
            });
            if (sample.size() > CooccurrenceCounts.Provenance.SAMPLE || sample.contains(null)) {
                throw row.error("sample_documents is not a list of at most " + CooccurrenceCounts.Provenance.SAMPLE
                        + " document ids");
            }
            SortedMap<String, Integer> languages = row.json("documents_by_language",
                    new TypeReference<TreeMap<String, Integer>>() {
                    });
            for (Integer count : languages.values()) {
                if (count == null || count < 1 || count > pairDocuments) {
                    throw row.error("documents_by_language holds a count that is not from 1 to the pair's "
                            + pairDocuments + " documents");
                }
            }
            SortedMap<LocalDate, Long> slices = new TreeMap<>();
            Map<String, Long> bySlice = row.json("windows_by_slice", new TypeReference<java.util.LinkedHashMap<String, Long>>() {
            });
            for (Map.Entry<String, Long> slice : bySlice.entrySet()) {
                if (slice.getValue() == null || slice.getValue() < 1 || slice.getValue() > shared) {
                    throw row.error("windows_by_slice holds a count that is not from 1 to the pair's " + shared + " windows");
                }
                slices.put(row.slice("windows_by_slice", slice.getKey(), timeSlice), slice.getValue());
            }
            pairs.add(new CooccurrenceCounts.PairCount(Math.min(a, b), Math.max(a, b), shared, pairDocuments,
                    words.provenance(sample, languages, blankToNull(row.get("first_date")),
                            blankToNull(row.get("last_date")), slices)));
        }
        pairs.sort(Comparator.comparingInt(CooccurrenceCounts.PairCount::a).thenComparingInt(CooccurrenceCounts.PairCount::b));
        // keyed as a local build keys its later counters: by name, the first window's own column left out
        Map<String, CooccurrenceCounts> otherCounts = new java.util.LinkedHashMap<>();
        for (int i = 1; i < windows.size(); i++) {
            int column = weightColumns.indexOf("weight_" + windows.get(i));
            otherCounts.putIfAbsent(windows.get(i), new CooccurrenceCounts(List.of(), otherPairs.get(column), 0, 0));
        }
        Map<SurfaceForms.Form, Long> forms = new java.util.LinkedHashMap<>();
        // a form of an unknown match kind is refused here, at its line, not when the build adds it
        SurfaceForms check = new SurfaceForms(gazetteer);
        for (TableRow row : rows(directory, FORMS, List.of(FORM_COLUMNS), parts)) {
            SurfaceForms.Form form = new SurfaceForms.Form(row.get("entity_id"), row.get("surface"), row.get("match"),
                    row.get("alias_lang"), row.get("alias_text"));
            row.entity("entity_id", gazetteer);
            long count = row.count("count", 1, Long.MAX_VALUE);
            try {
                check.add(form, count);
                forms.merge(form, count, Math::addExact);
            } catch (IllegalArgumentException e) {
                throw row.error("match " + shown(form.match()) + " is not one of " + java.util.Arrays.stream(
                        org.comention.entity.MatchKind.values()).map(org.comention.entity.MatchKind::code).toList());
            } catch (ArithmeticException e) {
                throw row.error("the counts of this form add up to more than " + Long.MAX_VALUE);
            }
        }
        CooccurrenceCounts counts = new CooccurrenceCounts(List.copyOf(nodes.values()), pairs, documents, windowTotal);
        return new Tables(windows, counts, otherCounts, forms, input, timeSlice, (int) cap, figures);
    }

    /** corpus.json as an object; one line for anything that is not. */
    private static Map<String, Object> readCorpus(Path corpusFile) throws IOException {
        Map<String, Object> corpus;
        String text;
        try {
            // UTF-8, as comention spark writes it: Jackson would guess UTF-16 or UTF-32 from the first bytes
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(
                            Files.readAllBytes(corpusFile))).toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException(corpusFile + ": not UTF-8");
        }
        try {
            corpus = JSON.readValue(text, new TypeReference<>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw UserInputException.at(corpusFile, line, "not a JSON object (" + shown(e.getOriginalMessage()) + ")");
        }
        if (corpus == null) {
            throw new UserInputException(corpusFile + ": not a JSON object");
        }
        return corpus;
    }

    /** A count in corpus.json: a whole number of 0 or more. */
    private static long whole(Path corpusFile, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0) {
            throw new UserInputException(corpusFile + ": " + key + " " + shown(value) + " is not a whole number of 0 or more");
        }
        return ((Number) value).longValue();
    }

    private static TimeSlice timeSliceOf(Path corpusFile, Object name) {
        try {
            if (name instanceof String given) {
                return TimeSlice.byName(given);
            }
        } catch (IllegalArgumentException e) {
            // told below, with the file
        }
        throw new UserInputException(corpusFile + ": time_slice " + shown(name) + " is not day, week, month, year or none");
    }

    /** The figures of the count, each a whole number of 0 or more, and the skip reasons, a list of strings. */
    private static Map<String, Object> figuresOf(Path corpusFile, Object value) {
        if (!(value instanceof Map<?, ?> given)) {
            throw new UserInputException(corpusFile + ": figures " + shown(value) + " is not a JSON object");
        }
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        for (String key : FIGURES) {
            figures.put(key, whole(corpusFile, given, key));
        }
        if (!(given.get(SKIP_REASONS) instanceof List<?> reasons) || !reasons.stream().allMatch(String.class::isInstance)) {
            throw new UserInputException(corpusFile + ": figures: " + SKIP_REASONS + " is not a list of strings");
        }
        figures.put(SKIP_REASONS, List.copyOf(reasons));
        return figures;
    }

    /** The manifest of the part files, table by table (its .csv directory, then file name and size); null for none. */
    private static Map<String, Map<String, Long>> partsOf(Path corpusFile, Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Map<String, Long>> parts = new TreeMap<>();
        if (value instanceof Map<?, ?> tables) {
            for (Map.Entry<?, ?> table : tables.entrySet()) {
                if (!(table.getValue() instanceof Map<?, ?> files)) {
                    break;
                }
                Map<String, Long> sizes = new TreeMap<>();
                for (Map.Entry<?, ?> file : files.entrySet()) {
                    if (file.getValue() instanceof Integer || file.getValue() instanceof Long) {
                        sizes.put((String) file.getKey(), ((Number) file.getValue()).longValue());
                    }
                }
                if (sizes.size() == files.size()) {
                    parts.put((String) table.getKey(), sizes);
                }
            }
            if (parts.size() == tables.size()) {
                return parts;
            }
        }
        throw new UserInputException(corpusFile + ": parts is not a list of part files and their sizes by table");
    }

    /** The windows of corpus.json: a list (version 2) or one name (version 1). */
    private static List<String> windowsOf(Path corpusFile, Object window) {
        List<?> given = window instanceof List<?> list ? list : window == null ? List.of() : List.of(window);
        List<String> windows = new ArrayList<>();
        for (Object w : given) {
            if (!(w instanceof String name) || !isWindow(name)) {
                windows.clear();
                break;
            }
            windows.add(name);
        }
        if (windows.isEmpty()) {
            throw new UserInputException(corpusFile + ": window " + shown(window) + " is not a list of windows (document, "
                    + "paragraph, sentence or a number of tokens)");
        }
        return List.copyOf(windows);
    }

    private static boolean isWindow(String name) {
        try {
            return WindowSpec.parse(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A part file of a CSV table: Spark's readers, too, pass over names beginning with {@code .}
     * or {@code _} (Hadoop's checksums, {@code _SUCCESS}, a copy tool's leftovers).
     */
    static boolean isPartFile(String name) {
        return name.endsWith(".csv") && !name.startsWith(".") && !name.startsWith("_");
    }

    /** Spark writes a date no document had as an empty cell. */
    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * {@code value} for a one-line message, a string quoted, cut and escaped as every message's
     * values are ({@link org.comention.common.UserInputException#printable}), so that a damaged
     * table can neither flood nor drive the terminal.
     */
    static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        String text = org.comention.common.UserInputException.printable(String.valueOf(value));
        return value instanceof String ? "'" + text + "'" : text;
    }

    /**
     * The rows of table {@code name}, part file by part file in name order, each with its file
     * and line; the part files must be those of {@code parts} (the manifest of corpus.json), when
     * there is one, and each must have the header {@code columns}.
     */
    private static List<TableRow> rows(Path directory, String name, List<String> columns,
                                       Map<String, Map<String, Long>> parts) throws IOException {
        Path table = directory.resolve(name + ".csv");
        if (!Files.isDirectory(table)) {
            throw new UserInputException(directory + ": no " + name + ".csv directory; not the tables of `comention spark`");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(table)) {
            files = listed.filter(f -> isPartFile(f.getFileName().toString())).sorted().toList();
        }
        if (parts != null) {
            checkParts(table, files, parts.get(name + ".csv"));
        }
        List<TableRow> rows = new ArrayList<>();
        for (Path part : files) {
            if (Files.size(part) == 0) {
                continue; // an empty partition: no header, no rows
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(part), utf8));
                 CSVParser parser = FORMAT.parse(reader)) {
                List<String> missing = columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
                if (!missing.isEmpty()) {
                    throw UserInputException.at(part, 1, "no column " + String.join(", ", missing) + " (the " + name
                            + " table has " + String.join(",", columns) + ")");
                }
                java.util.Iterator<CSVRecord> records = parser.iterator();
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    while (records.hasNext()) {
                        CSVRecord record = records.next();
                        TableRow row = new TableRow(part, line, record);
                        if (!record.isConsistent()) {
                            throw row.error(record.size() + " fields, the header has " + parser.getHeaderNames().size());
                        }
                        rows.add(row);
                        line = parser.getCurrentLineNumber() + 1;
                    }
                } catch (java.io.UncheckedIOException e) {
                    throw unreadable(part, line, e.getCause());
                }
            } catch (IllegalArgumentException e) {
                // Commons CSV refuses a header with a blank or repeated name
                throw UserInputException.at(part, 1, "bad header (" + shown(e.getMessage()) + ")");
            } catch (CharacterCodingException e) {
                throw UserInputException.at(part, 1, "not UTF-8 (" + e + ")");
            } catch (java.io.UncheckedIOException e) {
                throw unreadable(part, 1, e.getCause());
            } catch (org.apache.commons.csv.CSVException e) {
                throw unreadable(part, 1, e); // in the header
            }
        }
        return rows;
    }

    private static UserInputException unreadable(Path part, long line, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return UserInputException.at(part, line, "not UTF-8");
        }
        return UserInputException.at(part, line, "not CSV (" + shown(cause.getMessage()) + ")");
    }

    /**
     * The part files of a table are those corpus.json lists, of the sizes it lists: a directory
     * that mixes the files of two counts (a copy stopped half way, a count that died) is refused.
     */
    private static void checkParts(Path table, List<Path> files, Map<String, Long> listed) throws IOException {
        if (listed == null) {
            throw new UserInputException(table + ": " + CORPUS + " lists no part files for this table");
        }
        Map<String, Long> found = new TreeMap<>();
        for (Path file : files) {
            found.put(file.getFileName().toString(), Files.size(file));
        }
        for (Map.Entry<String, Long> part : listed.entrySet()) {
            Long size = found.get(part.getKey());
            if (size == null) {
                throw new UserInputException(table + ": no " + shown(part.getKey()) + ", which " + CORPUS
                        + " lists; the tables are incomplete (copy or count them again)");
            }
            if (!size.equals(part.getValue())) {
                throw new UserInputException(table.resolve(part.getKey()) + ": " + size + " bytes, " + CORPUS + " says "
                        + part.getValue() + "; the tables are damaged or mixed with another count's (copy or count them again)");
            }
        }
        for (String name : found.keySet()) {
            if (!listed.containsKey(name)) {
                throw new UserInputException(table.resolve(name) + ": not a part file of this count (" + CORPUS
                        + " does not list it); the tables are mixed with another count's (count them again)");
            }
        }
    }

    /** One row of a table, with its file and line, and its values read as the table's columns want them. */
    private record TableRow(Path file, long line, CSVRecord record) {
        String get(String column) {
            return record.get(column);
        }

        UserInputException error(String message) {
            return UserInputException.at(file, line, message);
        }

        /** A whole number from {@code min} to {@code max}. */
        long count(String column, long min, long max) {
            String value = get(column);
            try {
                long count = Long.parseLong(value);
                if (count >= min && count <= max) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw error(column + " " + shown(value) + " is not a whole number from " + min + " to " + max);
        }

        int entity(String column, Gazetteer gazetteer) {
            int index = gazetteer.indexOf(get(column));
            if (index < 0) {
                throw error(column + ": entity " + shown(get(column)) + " is not in the gazetteer");
            }
            return index;
        }

        CooccurrenceCounts.NodeCount node(Map<Integer, CooccurrenceCounts.NodeCount> nodes, int entity, String column) {
            CooccurrenceCounts.NodeCount node = nodes.get(entity);
            if (node == null) {
                throw error(column + ": entity " + shown(get(column)) + " has no row in " + NODES + ".csv");
            }
            return node;
        }

        /**
         * A time slice: the first day of a slice of {@code timeSlice}, its year of four digits
         * (a local build's dates are, and the graph files write them so).
         */
        LocalDate slice(String column, String day, TimeSlice timeSlice) {
            LocalDate date;
            try {
                date = LocalDate.parse(day);
            } catch (java.time.format.DateTimeParseException e) {
                throw error(column + ": " + shown(day) + " is not a date (YYYY-MM-DD)");
            }
            if (date.isBefore(TimeSlice.EARLIEST) || date.isAfter(TimeSlice.LATEST)) {
                throw error(column + ": " + shown(day) + " is not a date from the year 1 to 9999");
            }
            if (timeSlice == TimeSlice.NONE || !timeSlice.start(date).equals(date)) {
                throw error(column + ": " + shown(day) + " is not the first day of a "
                        + timeSlice.name().toLowerCase(java.util.Locale.ROOT) + " slice");
            }
            return date;
        }

        /** A JSON value of the type asked for; not null. */
        <T> T json(String column, TypeReference<T> type) {
            try {
                T value = JSON.readValue(get(column), type);
                if (value != null) {
                    return value;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw error(column + " is not " + type.getType().getTypeName().replaceAll("[a-z.]+\\.", "") + " in JSON ("
                        + shown(e.getOriginalMessage()) + ")");
            }
            throw error(column + " is null");
        }
    }
}
