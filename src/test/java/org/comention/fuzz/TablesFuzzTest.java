package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.comention.cluster.Tables;
import org.comention.common.UserInputException;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.export.SurfaceForms;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphBuilder;

/**
 * Fuzz test for the reader of {@code build --from-tables}: whatever the bytes of one file of a
 * tables directory (the others whole), {@link Tables#read} gives tables that make a graph, or one
 * {@link UserInputException} of one line naming a file of the directory; never another exception
 * (the exit 3 of issue 17). The first input byte says which file the rest is ({@code % 4}:
 * corpus.json, nodes, edges, forms), whether it is a second part file beside the whole one
 * ({@code & 4}) rather than in its place, and whether corpus.json lists the part files ({@code & 8}).
 */
class TablesFuzzTest {
    private static final String NODES = "Id,Label,type,mentions,documents,windows,slices\n"
            + "russia,Russia,GPE,4,2,5,2024-01-01;2024-02-01\nukraine,Ukraine,GPE,2,2,2,2024-01-01\n"
            + "china,China,GPE,1,1,1,\n";
    private static final String EDGES = "Source,Target,Weight,documents,sample_documents,documents_by_language,"
            + "first_date,last_date,windows_by_slice,weight_document,weight_sentence\n"
            + "russia,ukraine,2,2,\"[\"\"a\"\",\"\"b\"\"]\",\"{\"\"en\"\":1,\"\"ar\"\":1}\",2024-01-03,2024-01-09,"
            + "\"{\"\"2024-01-01\"\":2}\",2,2\n"
            + "china,russia,1,1,\"[\"\"c\"\"]\",{},,,{},1,0\n";
    private static final String FORMS = "entity_id,surface,match,alias_lang,alias_text,count\n"
            + "russia,روسيا,exact,ar,روسيا,3\nrussia,Russia,exact,en,Russia,1\nukraine,وأوكرانيا,proclitic,ar,أوكرانيا,2\n";
    private static final List<String> TABLES = List.of(Tables.NODES, Tables.EDGES, Tables.FORMS);
    /** In a fuzzed corpus.json, stands for the gazetteer's sha256. */
    private static final String GAZETTEER = "@gazetteer@";

    private static Gazetteer gazetteer;
    private static Path dir;

    private static synchronized void setUp() throws IOException {
        if (gazetteer == null) {
            gazetteer = GazetteerReader.readWithBundled(List.of());
            dir = Files.createTempDirectory("comention-fuzz-tables");
            dir.toFile().deleteOnExit();
        }
    }

    @FuzzTest(maxDuration = "10m")
    void tables(@NotNull byte[] input) throws IOException {
        setUp();
        int choice = input.length == 0 ? 0 : input[0] & 0xFF;
        byte[] bytes = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        Path tables = dir.resolve("tables");
        clear(tables);
        for (String table : TABLES) {
            Files.createDirectories(tables.resolve(table + ".csv"));
        }
        Files.writeString(part(tables, Tables.NODES, 0), NODES);
        Files.writeString(part(tables, Tables.EDGES, 0), EDGES);
        Files.writeString(part(tables, Tables.FORMS, 0), FORMS);
        int file = choice % 4;
        if (file > 0) {
            Files.write(part(tables, TABLES.get(file - 1), (choice & 4) != 0 ? 1 : 0), bytes);
        }
        Files.write(tables.resolve(Tables.CORPUS), file == 0 ? withGazetteer(bytes)
                : corpus((choice & 8) != 0 ? manifest(tables) : "").getBytes(StandardCharsets.UTF_8));

        Tables read;
        try {
            read = Tables.read(tables, gazetteer);
        } catch (UserInputException refused) {
            String message = refused.getMessage();
            assertTrue(message.startsWith(tables.toString()), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            return;
        }
        // what build does next with them: the graph, and the surface forms
        EntityGraph graph = new GraphBuilder(0).build(read.counts(), gazetteer, read.windows().get(0), read.otherCounts());
        assertNotNull(graph.graph());
        read.addFormsTo(new SurfaceForms(gazetteer));
        assertNotNull(read.figures().get(Tables.SKIP_REASONS));
    }

    /**
     * {@code bytes} with each {@value #GAZETTEER} replaced by the gazetteer's sha256, so that a seed
     * corpus.json stays one of this gazetteer's when the bundled gazetteer changes.
     */
    private static byte[] withGazetteer(byte[] bytes) {
        byte[] placeholder = GAZETTEER.getBytes(StandardCharsets.US_ASCII);
        byte[] sha = gazetteer.fingerprint().getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + sha.length);
        for (int i = 0; i < bytes.length; i++) {
            if (i + placeholder.length <= bytes.length
                    && Arrays.equals(bytes, i, i + placeholder.length, placeholder, 0, placeholder.length)) {
                out.writeBytes(sha);
                i += placeholder.length - 1;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static Path part(Path tables, String table, int number) {
        return tables.resolve(table + ".csv").resolve(String.format("part-%05d.csv", number));
    }

    /** The part files and sizes as a count lists them in corpus.json. */
    private static String manifest(Path tables) throws IOException {
        StringBuilder json = new StringBuilder(",\"parts\":{");
        for (String table : TABLES) {
            json.append(table.equals(Tables.NODES) ? "" : ",").append('"').append(table).append(".csv\":{");
            try (Stream<Path> parts = Files.list(tables.resolve(table + ".csv"))) {
                List<Path> files = parts.sorted().toList();
                for (int i = 0; i < files.size(); i++) {
                    json.append(i == 0 ? "" : ",").append('"').append(files.get(i).getFileName()).append("\":")
                            .append(Files.size(files.get(i)));
                }
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    private static String corpus(String parts) {
        return "{\"format\":\"comention-tables\",\"version\":2,\"input\":\"hdfs:///news/*.jsonl\","
                + "\"window\":[\"document\",\"sentence\"],\"max_window_entities\":500,\"time_slice\":\"month\","
                + "\"gazetteer_sha256\":\"" + gazetteer.fingerprint() + "\",\"documents\":3,\"windows\":6,"
                + "\"figures\":{\"documents_read\":3,\"characters_read\":900,\"characters_cut\":0,\"teasers_kept\":0,"
                + "\"inputs_skipped\":0,\"mentions\":8,\"windows_capped\":0,\"skip_reasons\":[]}" + parts + "}";
    }

    private static void clear(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
