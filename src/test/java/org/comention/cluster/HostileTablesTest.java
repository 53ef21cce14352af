package org.comention.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.comention.common.WritableText;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.entity.Gazetteer;
import org.comention.export.HostileOutputs;
import org.comention.export.SurfaceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The route through a Spark count's tables ({@code build --from-tables}) writes the same outputs
 * as a local build, byte for byte, whatever the ids, labels, document ids, languages and dates
 * hold: the counts of {@link HostileOutputs} are written as tables the way the Spark job writes
 * them (strings by WritableText's rule, RFC 4180 CSV in UTF-8), read back by {@link Tables}, and
 * every output of both routes compared.
 */
class HostileTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat SPARK_CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    @TempDir
    Path dir;

    @Test
    void theTablesRouteWritesTheOutputsOfALocalBuild() throws Exception {
        SplittableRandom random = new SplittableRandom(41);
        for (int round = 0; round < 15; round++) {
            List<HostileOutputs.Entity> entities = new ArrayList<>();
            int n = random.nextInt(2, 6);
            for (int i = 0; i < n; i++) {
                // a gazetteer is a UTF-8 file: its ids, labels and aliases hold no lone surrogate, nor does a
                // surface, the text of a match of an alias; its ids are writable, or the reader refuses them
                entities.add(new HostileOutputs.Entity(WritableText.of(gazetteerText(random)) + i, "L" + gazetteerText(random), "",
                        gazetteerText(random), gazetteerText(random), gazetteerText(random)));
            }
            List<HostileOutputs.Document> documents = new ArrayList<>();
            for (int d = random.nextInt(1, 5); d > 0; d--) {
                documents.add(new HostileOutputs.Document(hostile(random) + d, "l" + hostile(random), hostile(random)));
            }
            Gazetteer gazetteer = HostileOutputs.gazetteer(entities);
            CooccurrenceCounts counts = HostileOutputs.counts(gazetteer, documents);
            SurfaceForms surfaces = HostileOutputs.surfaces(gazetteer, entities);
            Path local = Files.createDirectories(dir.resolve("local" + round));
            HostileOutputs.write(gazetteer, counts, surfaces, documents, local);

            Path tables = Files.createDirectories(dir.resolve("tables" + round));
            writeTables(tables, gazetteer, counts, entities);
            Tables read = Tables.read(tables, gazetteer);
            SurfaceForms fromTables = new SurfaceForms(gazetteer);
            read.addFormsTo(fromTables);
            Path cluster = Files.createDirectories(dir.resolve("cluster" + round));
            HostileOutputs.write(gazetteer, read.counts(), fromTables, documents, cluster);

            HostileOutputs.readBack(cluster);
            for (String file : HostileOutputs.FILES) {
                assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(cluster.resolve(file)),
                        "round " + round + ": " + file);
            }
        }
    }

    /** Random text of every kind of trouble; lone surrogates included, as JSONL ids may hold. */
    private static String hostile(SplittableRandom random) {
        String pieces = "\u0001\u001b\u0000\ud800\udc00\ufffe\uffff\u202e\u2028\"',;\n\r\t<>&=-@ab\u0646";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(1, 8); i > 0; i--) {
            s.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        return s.toString();
    }

    private static String gazetteerText(SplittableRandom random) {
        return hostile(random).replaceAll("[\\ud800-\\udfff]", "s");
    }

    /** The tables of {@code counts} as CooccurrenceJob writes them. */
    private void writeTables(Path tables, Gazetteer gazetteer, CooccurrenceCounts counts, List<HostileOutputs.Entity> entities)
            throws IOException {
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("format", Tables.FORMAT_NAME);
        corpus.put("version", 2);
        corpus.put("window", List.of("document"));
        corpus.put("max_window_entities", 500);
        corpus.put("time_slice", "month");
        corpus.put("gazetteer_sha256", gazetteer.fingerprint());
        corpus.put("documents", counts.documents());
        corpus.put("windows", counts.windows());
        Map<String, Object> figures = new LinkedHashMap<>();
        Tables.FIGURES.forEach(name -> figures.put(name, 0));
        figures.put(Tables.SKIP_REASONS, List.of());
        corpus.put("figures", figures); // a count's figures: every one is required
        JSON.writeValue(tables.resolve(Tables.CORPUS).toFile(), corpus);
        try (CSVPrinter nodes = table(tables, Tables.NODES, "Id", "Label", "type", "mentions", "documents", "windows", "slices")) {
            for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
                nodes.printRecord(gazetteer.entity(node.entity()).id(), gazetteer.entity(node.entity()).label(), "PERSON",
                        node.mentions(), node.documents(), node.windows(), "");
            }
        }
        try (CSVPrinter edges = table(tables, Tables.EDGES, "Source", "Target", "Weight", "documents", "sample_documents",
                "documents_by_language", "first_date", "last_date", "windows_by_slice")) {
            for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
                CooccurrenceCounts.Provenance seen = pair.provenance();
                edges.printRecord(gazetteer.entity(pair.a()).id(), gazetteer.entity(pair.b()).id(), pair.windows(),
                        pair.documents(), CooccurrenceJob.jsonCell(seen.sampleDocuments()),
                        CooccurrenceJob.jsonCell(seen.documentsByLanguage()), WritableText.of(seen.firstDate()),
                        WritableText.of(seen.lastDate()), "{}");
            }
        }
        try (CSVPrinter forms = table(tables, Tables.FORMS, "entity_id", "surface", "match", "alias_lang", "alias_text", "count")) {
            for (int i = 0; i < gazetteer.size(); i++) {
                HostileOutputs.Entity e = entities.get(i);
                forms.printRecord(gazetteer.entity(i).id(), WritableText.of(e.surface()), "exact", e.aliasLang(), e.aliasText(), 1 + i);
            }
        }
    }

    private static CSVPrinter table(Path tables, String name, String... header) throws IOException {
        Path table = Files.createDirectories(tables.resolve(name + ".csv"));
        Writer writer = Files.newBufferedWriter(table.resolve("part-00000.csv"), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, SPARK_CSV);
        printer.printRecord((Object[]) header);
        return printer;
    }
}
