package org.comention.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final List<String> windows;
    private final CooccurrenceCounts counts;
    private final Map<String, CooccurrenceCounts> otherCounts;
    private final Map<SurfaceForms.Form, Long> forms;
    private final Map<String, Object> corpus;

    private Tables(List<String> windows, CooccurrenceCounts counts, Map<String, CooccurrenceCounts> otherCounts,
                   Map<SurfaceForms.Form, Long> forms, Map<String, Object> corpus) {
        this.windows = windows;
        this.counts = counts;
        this.otherCounts = otherCounts;
        this.forms = forms;
        this.corpus = corpus;
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

    public String timeSlice() {
        return (String) corpus.get("time_slice");
    }

    public int maxWindowEntities() {
        return ((Number) corpus.get("max_window_entities")).intValue();
    }

    /** The figures of the count: documents read, skipped, mentions, ... */
    @SuppressWarnings("unchecked")
    public Map<String, Object> figures() {
        return (Map<String, Object>) corpus.get("figures");
    }

    /**
     * Reads the CSV tables in {@code directory}, a local one (copy a cluster's with
     * {@code hdfs dfs -get}); {@code gazetteer} must be the one they were counted with.
     */
    public static Tables read(Path directory, Gazetteer gazetteer) throws IOException {
        Path corpusFile = directory.resolve(CORPUS);
        if (!Files.isRegularFile(corpusFile)) {
            throw new UserInputException(directory + ": no " + CORPUS + "; not the tables of `comention spark`");
        }
        Map<String, Object> corpus = JSON.readValue(corpusFile.toFile(), new TypeReference<>() {
        });
        if (!FORMAT_NAME.equals(corpus.get("format")) || !VERSIONS_READ.contains(corpus.get("version"))) {
            throw new UserInputException(corpusFile + ": not tables of this version of comention (format "
                    + corpus.get("format") + " version " + corpus.get("version") + "; this one reads " + FORMAT_NAME
                    + " versions " + new TreeSet<>(VERSIONS_READ) + ")");
        }
        List<String> windows = windowsOf(corpusFile, corpus.get("window"));
        if (!gazetteer.fingerprint().equals(corpus.get("gazetteer_sha256"))) {
            throw new UserInputException(directory + ": counted with another gazetteer (sha256 " + corpus.get("gazetteer_sha256")
                    + ", this one " + gazetteer.fingerprint() + "); give the same --gazetteer tables as the Spark job");
        }
        List<CooccurrenceCounts.NodeCount> nodes = new ArrayList<>();
        for (CSVRecord row : rows(directory, NODES)) {
            TreeSet<LocalDate> slices = new TreeSet<>();
            for (String day : row.get("slices").split(";")) {
                if (!day.isEmpty()) {
                    slices.add(LocalDate.parse(day));
                }
            }
            nodes.add(new CooccurrenceCounts.NodeCount(index(gazetteer, row.get("Id"), row), Long.parseLong(row.get("mentions")),
                    Math.toIntExact(Long.parseLong(row.get("documents"))), Long.parseLong(row.get("windows")), slices));
        }
        nodes.sort(Comparator.comparingInt(CooccurrenceCounts.NodeCount::entity));
        List<CooccurrenceCounts.PairCount> pairs = new ArrayList<>();
        CooccurrenceCounts.Dictionary words = new CooccurrenceCounts.Dictionary();
        List<String> weightColumns = windowColumns(windows);
        List<List<CooccurrenceCounts.PairCount>> otherPairs = new ArrayList<>();
        weightColumns.forEach(column -> otherPairs.add(new ArrayList<>()));
        for (CSVRecord row : rows(directory, EDGES)) {
            int a = index(gazetteer, row.get("Source"), row);
            int b = index(gazetteer, row.get("Target"), row);
            for (int c = 0; c < weightColumns.size(); c++) {
                if (!row.isMapped(weightColumns.get(c))) {
                    throw new UserInputException(directory + ": " + EDGES + ".csv has no column " + weightColumns.get(c)
                            + ", though " + CORPUS + " names the windows " + String.join(",", windows));
                }
                long shared = Long.parseLong(row.get(weightColumns.get(c)));
                if (shared > 0) {
                    otherPairs.get(c).add(new CooccurrenceCounts.PairCount(Math.min(a, b), Math.max(a, b), shared, 0));
                }
            }
            List<String> sample = JSON.readValue(row.get("sample_documents"), new TypeReference<>() {
            });
            SortedMap<String, Integer> languages = JSON.readValue(row.get("documents_by_language"),
                    new TypeReference<TreeMap<String, Integer>>() {
                    });
            SortedMap<LocalDate, Long> slices = new TreeMap<>();
            Map<String, Long> bySlice = JSON.readValue(row.get("windows_by_slice"), new TypeReference<>() {
            });
            bySlice.forEach((day, shared) -> slices.put(LocalDate.parse(day), shared));
            pairs.add(new CooccurrenceCounts.PairCount(Math.min(a, b), Math.max(a, b), Long.parseLong(row.get("Weight")),
                    Math.toIntExact(Long.parseLong(row.get("documents"))),
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
        for (CSVRecord row : rows(directory, FORMS)) {
            forms.merge(new SurfaceForms.Form(row.get("entity_id"), row.get("surface"), row.get("match"),
                    row.get("alias_lang"), row.get("alias_text")), Long.parseLong(row.get("count")), Long::sum);
        }
        CooccurrenceCounts counts = new CooccurrenceCounts(nodes, pairs, ((Number) corpus.get("documents")).longValue(),
                ((Number) corpus.get("windows")).longValue());
        return new Tables(windows, counts, otherCounts, forms, corpus);
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
            throw new UserInputException(corpusFile + ": window " + window + " is not a list of windows (document, "
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

    /** Spark writes a date no document had as an empty cell. */
    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static int index(Gazetteer gazetteer, String id, CSVRecord row) {
        int index = gazetteer.indexOf(id);
        if (index < 0) {
            throw new UserInputException("tables: line " + row.getRecordNumber() + ": entity '" + id + "' is not in the gazetteer");
        }
        return index;
    }

    /** Every row of every part file of table {@code name}, in part-file order. */
    private static List<CSVRecord> rows(Path directory, String name) throws IOException {
        Path table = directory.resolve(name + ".csv");
        if (!Files.isDirectory(table)) {
            throw new UserInputException(directory + ": no " + name + ".csv directory");
        }
        List<Path> parts;
        try (Stream<Path> files = Files.list(table)) {
            parts = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<CSVRecord> rows = new ArrayList<>();
        for (Path part : parts) {
            try (Reader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8);
                 CSVParser parser = FORMAT.parse(reader)) {
                parser.forEach(rows::add);
            }
        }
        return rows;
    }
}
