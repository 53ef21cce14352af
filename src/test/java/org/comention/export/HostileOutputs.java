package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.analysis.Communities;
import org.comention.analysis.Degree;
import org.comention.analysis.Rankings;
import org.comention.common.CsvCell;
import org.comention.common.WritableText;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.cooccurrence.CooccurrenceCounts.NodeCount;
import org.comention.cooccurrence.CooccurrenceCounts.PairCount;
import org.comention.cooccurrence.TimeSlice;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.entity.TestGazetteers;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphBuilder;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every writer fed strings chosen by a test or a fuzzer (as entity ids, labels, document ids,
 * languages, dates, surface forms), and every output read back by a strict parser: the JDK's SAX
 * parser, namespace-aware, for GraphML and GEXF; Jackson, failing on trailing tokens, for JSON and
 * for the data embedded in report.html; Commons CSV, every row as wide as the header, for the
 * tables. Every string read back must be writable ({@link WritableText}), and every id given must
 * come back as {@code WritableText.of} it in every file that names it.
 */
public final class HostileOutputs {
    /** The files {@link #write} writes. */
    public static final List<String> FILES = List.of("graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "edges.csv",
            "rankings.csv", "aliases.csv", "mentions.csv", "report.html", "run.json");

    private HostileOutputs() {
    }

    /** What to write: entities (id, label, wikidata) and per edge what the provenance records. */
    public record Entity(String id, String label, String wikidata, String surface, String aliasLang, String aliasText) {
    }

    public record Document(String id, String lang, String date) {
    }

    /** Reads a gazetteer of {@code entities}; ids must be distinct, non-blank, labels non-blank. */
    public static Gazetteer gazetteer(List<Entity> entities) throws IOException {
        StringBuilder table = new StringBuilder("id,label,type,wikidata\n");
        for (Entity e : entities) {
            table.append(quoted(e.id())).append(',').append(quoted(e.label())).append(",PERSON,")
                    .append(quoted(e.wikidata())).append('\n');
        }
        return GazetteerReader.read(List.of(List.of(TestGazetteers.inline("entities.csv", table.toString()))));
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * The counts of a star over {@code gazetteer}: its first entity linked to every other, each
     * edge naming {@code documents}, their languages and dates.
     */
    public static CooccurrenceCounts counts(Gazetteer gazetteer, List<Document> documents) {
        int n = gazetteer.size();
        // counts a real count could give (the tables' reader refuses others): a pair shares at most 3
        // windows and every document, and no entity or pair has more than the corpus
        int windows = Math.max(3, documents.size());
        List<NodeCount> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new NodeCount(i, 1 + i, windows, windows, new java.util.TreeSet<>()));
        }
        List<String> ids = documents.stream().map(Document::id).toList();
        SortedMap<String, Integer> byLanguage = new TreeMap<>();
        documents.forEach(d -> byLanguage.merge(d.lang(), 1, Integer::sum));
        String first = documents.isEmpty() ? null : documents.get(0).date();
        String last = documents.isEmpty() ? null : documents.get(documents.size() - 1).date();
        List<PairCount> pairs = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            CooccurrenceCounts.Provenance provenance = new CooccurrenceCounts.Provenance(
                    ids.subList(0, Math.min(ids.size(), CooccurrenceCounts.Provenance.SAMPLE)), byLanguage, first, last, new TreeMap<>());
            pairs.add(new PairCount(0, i, 1 + i % 3, Math.max(1, documents.size()), provenance));
        }
        return new CooccurrenceCounts(nodes, pairs, windows, windows);
    }

    /** The surface forms of {@code entities}, paired with the gazetteer's entities in order. */
    public static SurfaceForms surfaces(Gazetteer gazetteer, List<Entity> entities) {
        SurfaceForms surfaces = new SurfaceForms(gazetteer);
        for (int i = 0; i < gazetteer.size(); i++) {
            Entity e = entities.get(i);
            surfaces.add(new SurfaceForms.Form(gazetteer.entity(i).id(), e.surface(), "exact", e.aliasLang(), e.aliasText()), 1 + i);
        }
        return surfaces;
    }

    /** Writes every output of {@link #counts} and {@link #surfaces} into {@code dir}. */
    public static void write(Gazetteer gazetteer, List<Entity> entities, List<Document> documents, Path dir) throws IOException {
        write(gazetteer, counts(gazetteer, documents), surfaces(gazetteer, entities), documents, dir);
    }

    /** Writes every output of the graph of {@code counts} into {@code dir}; mentions.csv and run.json name {@code documents}. */
    public static void write(Gazetteer gazetteer, CooccurrenceCounts counts, SurfaceForms surfaces, List<Document> documents,
                             Path dir) throws IOException {
        List<String> ids = documents.stream().map(Document::id).toList();
        SortedMap<String, Integer> byLanguage = new TreeMap<>();
        documents.forEach(d -> byLanguage.merge(d.lang(), 1, Integer::sum));
        EntityGraph graph = new GraphBuilder(1).build(counts, gazetteer);
        Rankings rankings = Rankings.compute(graph.graph(), List.of(new Degree()));
        Communities communities = Communities.detect(graph.graph(), 1.0);
        new GraphMlWriter().write(graph, rankings, communities, surfaces, dir.resolve("graph.graphml"));
        new GexfWriter(TimeSlice.MONTH).write(graph, rankings, communities, surfaces, rankings.measures().get(0),
                dir.resolve("graph.gexf"));
        new NodeLinkJsonWriter().write(graph, rankings, communities, dir.resolve("graph.json"));
        GephiTableWriter tables = new GephiTableWriter();
        tables.writeNodes(graph, rankings, communities, dir.resolve("nodes.csv"));
        tables.writeEdges(graph, dir.resolve("edges.csv"));
        new RankingTableWriter().write(graph, rankings, communities, rankings.measures().get(0), dir.resolve("rankings.csv"));
        surfaces.writeAliasTable(dir.resolve("aliases.csv"));
        new ReportWriter().write(graph, rankings, communities, surfaces, rankings.measures().get(0), 25, dir.resolve("report.html"));
        try (MentionTableWriter mentions = new MentionTableWriter(dir.resolve("mentions.csv"), gazetteer)) {
            for (Document d : documents) {
                mentions.write(d.id(), d.lang() + " " + d.date(), List.of());
            }
            mentions.commit();
        }
        java.util.Map<String, Object> run = new java.util.LinkedHashMap<>();
        run.put("documents", ids);
        run.put("languages", byLanguage);
        JsonFile.write(run, dir.resolve("run.json"));
    }

    /** Every string each output in {@code dir} holds, by file name, each file parsed strictly. */
    public static SortedMap<String, Set<String>> readBack(Path dir) throws Exception {
        SortedMap<String, Set<String>> strings = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Set<String> read = new HashSet<>();
                if (name.endsWith(".graphml") || name.endsWith(".gexf")) {
                    xml(file, read);
                } else if (name.endsWith(".json")) {
                    json(strictJson().readTree(Files.readAllBytes(file)), read);
                } else if (name.endsWith(".csv")) {
                    csv(file, read);
                } else if (name.endsWith(".html")) {
                    json(strictJson().readTree(scriptData(file)), read);
                } else {
                    continue;
                }
                for (String s : read) {
                    assertEquals(WritableText.of(s), s, () -> name + " holds a string no output may hold: " + escaped(s));
                }
                strings.put(name, read);
            }
        }
        return strings;
    }

    /** Asserts that {@code id} is written as {@code WritableText.of(id)} in {@code file}. */
    public static void assertHolds(SortedMap<String, Set<String>> strings, String file, String id) {
        String expected = WritableText.of(id);
        assertTrue(strings.get(file).contains(expected), () -> file + " lacks " + escaped(expected) + "; it holds "
                + strings.get(file).stream().filter(s -> s.endsWith(expected.substring(expected.length() - 1)))
                        .map(HostileOutputs::escaped).toList());
    }

    static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= ' ' && c < 127 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    private static JsonMapper strictJson() {
        return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** The JSON of report.html's script, checked to hold nothing that could end or comment out the script. */
    private static String scriptData(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String start = "const ELEMENTS = ";
        int from = html.indexOf(start) + start.length();
        int to = html.indexOf(";\n", from);
        String data = html.substring(from, to);
        for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(data.contains(forbidden), () -> "report.html's data holds " + escaped(forbidden));
        }
        assertEquals(2, html.split("<script>", -1).length - 1, "two scripts");
        assertEquals(2, html.split("</script>", -1).length - 1, "each closed once");
        return data;
    }

    private static void xml(Path file, Set<String> read) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file)) {
            factory.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    text.setLength(0);
                    for (int i = 0; i < attributes.getLength(); i++) {
                        read.add(attributes.getValue(i));
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    read.add(text.toString());
                    text.setLength(0);
                }
            });
        }
    }

    private static void json(JsonNode node, Set<String> read) {
        if (node.isTextual()) {
            read.add(node.asText());
        }
        node.fieldNames().forEachRemaining(read::add);
        node.elements().forEachRemaining(child -> json(child, read));
    }

    private static void csv(Path file, Set<String> read) throws IOException {
        // a strict decoder: a lone surrogate written as bytes no UTF-8 reader accepts would fail here
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            int width = parser.getHeaderNames().size();
            for (CSVRecord row : parser) {
                assertEquals(width, row.size(), () -> file.getFileName() + ":" + row.getRecordNumber() + " is not as wide as the header");
                for (String cell : row) {
                    read.add(CsvCell.read(cell));
                }
            }
        }
    }
}
