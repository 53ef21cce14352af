package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.comention.cli.TestRuns;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.entity.TestGazetteers;
import org.comention.common.WritableText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property, on seeded random strings from every Unicode plane (C0 and C1 controls, lone
 * surrogates, noncharacters, bidi controls, line and paragraph separators, {@code ]]>},
 * {@code <!--}, {@code </script>}, quotes, ampersands, formula starts): whatever the ids, labels,
 * languages, dates and surface forms hold, every output parses back strictly and holds each id
 * as the same string; and a real {@code build} of such documents and gazetteer writes outputs
 * that parse back, with a report.html that headless Chromium draws whole.
 */
class HostileTextOutputsTest {
    private static final String[] PIECES = {"]]>", "<!--", "<!--<script>", "</script>", "-->", "\"", "&", "&amp;", "'",
            "=HYPERLINK(\"http://x\")", "=", "+", "-", "@", "\\", "<", ">", "?", "\u2028", "\u2029", "\r\n", "\t", " ",
            "ناتو", "داونینگ", "NATO", "e\u0301"};

    @TempDir
    Path dir;

    /** A random char or piece: each class of trouble about as likely as plain text. */
    static String piece(SplittableRandom random) {
        return switch (random.nextInt(14)) {
            case 0 -> String.valueOf((char) random.nextInt(0, 0x20)); // C0
            case 1 -> String.valueOf((char) random.nextInt(0x7f, 0xa0)); // DEL, C1
            case 2 -> String.valueOf((char) random.nextInt(0xd800, 0xe000)); // a lone surrogate half
            case 3 -> new String(Character.toChars(random.nextInt(0x10000, 0x110000))); // planes 1-16
            case 4 -> new String(Character.toChars((random.nextInt(1, 17) << 16) | 0xfffe | random.nextInt(2))); // U+nFFFE/F
            case 5 -> String.valueOf((char) (random.nextBoolean() ? 0xfffe + random.nextInt(2) : random.nextInt(0xfdd0, 0xfdf0)));
            case 6 -> String.valueOf("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
                    .charAt(random.nextInt(12))); // bidi
            case 7 -> String.valueOf((char) random.nextInt(0x20, 0xd800)); // anything of the BMP below the surrogates
            case 8, 9, 10 -> PIECES[random.nextInt(PIECES.length)];
            default -> String.valueOf((char) random.nextInt('a', 'z' + 1));
        };
    }

    static String hostile(SplittableRandom random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(1, pieces + 1); i > 0; i--) {
            s.append(piece(random));
        }
        return s.toString();
    }

    @Test
    void everyOutputParsesBackAndHoldsEachIdAsItsWritableText() throws Exception {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 60; round++) {
            List<HostileOutputs.Entity> entities = new ArrayList<>();
            int n = random.nextInt(2, 7);
            for (int i = 0; i < n; i++) {
                // distinct after replacement: the number stays; never blank, which the gazetteer refuses; and
                // writable, since the gazetteer refuses an id no output can hold (two would become one node)
                String id = WritableText.of(hostile(random, 6)) + i;
                entities.add(new HostileOutputs.Entity(id, "L" + hostile(random, 8), random.nextBoolean() ? "" : hostile(random, 3),
                        hostile(random, 5), random.nextInt(3) == 0 ? "" : hostile(random, 3), hostile(random, 5)));
            }
            List<HostileOutputs.Document> documents = new ArrayList<>();
            for (int d = random.nextInt(0, 5); d > 0; d--) {
                documents.add(new HostileOutputs.Document(hostile(random, 6), hostile(random, 3), hostile(random, 4)));
            }
            Gazetteer gazetteer = HostileOutputs.gazetteer(entities);
            Path out = Files.createDirectories(dir.resolve("round" + round));
            HostileOutputs.write(gazetteer, entities, documents, out);
            SortedMap<String, Set<String>> read = HostileOutputs.readBack(out);
            assertEquals(HostileOutputs.FILES.stream().sorted().toList(), List.copyOf(read.keySet()));
            for (int i = 0; i < gazetteer.size(); i++) {
                String id = gazetteer.entity(i).id();
                String label = gazetteer.entity(i).label();
                for (String file : List.of("graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "rankings.csv",
                        "edges.csv", "report.html")) {
                    HostileOutputs.assertHolds(read, file, id);
                }
                for (String file : List.of("graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "rankings.csv", "report.html")) {
                    HostileOutputs.assertHolds(read, file, label);
                }
            }
            for (HostileOutputs.Document d : documents) {
                HostileOutputs.assertHolds(read, "run.json", d.id());
                HostileOutputs.assertHolds(read, "run.json", d.lang());
            }
        }
    }

    @Test
    void aBuildOfHostileDocumentsAndGazetteerWritesOutputsThatParseBackAndDraw() throws Exception {
        SplittableRandom random = new SplittableRandom(29);
        Path gazetteer = Files.createDirectories(dir.resolve("gazetteer"));
        StringBuilder entities = new StringBuilder("id,label,type,wikidata\n");
        StringBuilder aliases = new StringBuilder("entity,alias,lang,kind\n");
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // a gazetteer is a UTF-8 file: no lone surrogates in it, every other trouble
            String id = WritableText.of(hostile(random, 6) + i); // as the gazetteer takes it: see above
            String label = ("L" + hostile(random, 8)).replaceAll("[\\ud800-\\udfff]", "s");
            ids.add(id);
            labels.add(label);
            entities.append(quoted(id)).append(',').append(quoted(label)).append(",PERSON,\n");
            aliases.append(quoted(id)).append(",quuxword").append((char) ('a' + i)).append(",")
                    .append(quoted(("l" + hostile(random, 2)).replaceAll("[\\ud800-\\udfff]", "s"))).append(",name\n");
        }
        Files.writeString(gazetteer.resolve("entities.csv"), entities, StandardCharsets.UTF_8);
        Files.writeString(gazetteer.resolve("aliases.csv"), aliases, StandardCharsets.UTF_8);
        StringBuilder corpus = new StringBuilder();
        JsonMapper json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        List<String> documentIds = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            Map<String, String> document = new LinkedHashMap<>();
            String id = hostile(random, 6) + d;
            documentIds.add(id);
            document.put("id", id);
            document.put("text", "quuxworda quuxword" + (char) ('b' + d % 5) + " quuxword" + (char) ('c' + d % 4) + ".");
            document.put("lang", hostile(random, 3));
            document.put("date", d % 2 == 0 ? "2024-0" + (1 + d % 9) + "-15" : hostile(random, 4));
            document.put("source", hostile(random, 6));
            document.put("title", hostile(random, 6));
            document.put("url", hostile(random, 6));
            corpus.append(json.writeValueAsString(document)).append('\n'); // a lone surrogate as a \\ud800 escape
        }
        Path input = dir.resolve("corpus.jsonl");
        Files.writeString(input, corpus, StandardCharsets.UTF_8);
        Path out = TestRuns.build(input, dir.resolve("out"), "--gazetteer", gazetteer.toString(), "--time-slice", "month");

        SortedMap<String, Set<String>> strings = HostileOutputs.readBack(out);
        // a build also writes the discovered entities as a gazetteer layer
        List<String> written = new ArrayList<>(HostileOutputs.FILES);
        written.addAll(List.of(DiscoveredLayerWriter.ENTITIES, DiscoveredLayerWriter.ALIASES, "documents.csv"));
        assertEquals(written.stream().sorted().toList(), List.copyOf(strings.keySet()));
        // the ids and labels as the gazetteer reader gives them (it trims what CSV cells hold)
        Gazetteer read = GazetteerReader.read(List.of(List.of(TestGazetteers.inline("entities.csv", entities.toString()))));
        ids.clear();
        labels.clear();
        for (int i = 0; i < read.size(); i++) {
            ids.add(read.entity(i).id());
            labels.add(read.entity(i).label());
        }
        for (int i = 0; i < ids.size(); i++) {
            for (String file : List.of("graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "rankings.csv",
                    "mentions.csv", "aliases.csv", "report.html")) {
                HostileOutputs.assertHolds(strings, file, ids.get(i));
            }
            for (String file : List.of("graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "mentions.csv", "report.html")) {
                HostileOutputs.assertHolds(strings, file, labels.get(i));
            }
        }
        for (String id : documentIds) {
            HostileOutputs.assertHolds(strings, "mentions.csv", id);
            HostileOutputs.assertHolds(strings, "documents.csv", id);
        }
        assertDrawnInChromium(out.resolve("report.html"), ids.size());
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Headless Chromium runs the page's script to its end and draws every node; skipped without Chromium. */
    private void assertDrawnInChromium(Path report, int nodes) throws Exception {
        assertEquals(nodes, HeadlessChromium.draw(report, dir).nodes());
    }
}
