package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrebuiltMatcherTest {
    private static Gazetteer bundled;
    private static KeyTable built;

    @BeforeAll
    static void buildTheBundledTable() throws IOException {
        bundled = GazetteerReader.readWithBundled(List.of());
        built = KeyTable.build(bundled, new TextNormalizer());
    }

    @Test
    void theBuildPutsTheBundledGazetteersTableOnTheClassPath() {
        assertNotNull(PrebuiltMatcher.load(bundled), "Maven's process-classes step writes " + PrebuiltMatcher.RESOURCE);
    }

    @Test
    void thePrebuiltTableIsTheOneTheGazetteerGivesNow() throws IOException {
        KeyTable prebuilt = PrebuiltMatcher.load(bundled);
        assertNotNull(prebuilt);
        assertSameKeys(built, prebuilt);
        // every key once, then the text of the seeds: the same hits, key for key
        StringBuilder text = new StringBuilder(String.join(" ", built.keys().keySet()));
        try (Stream<Path> articles = Files.list(Path.of("data/articles"))) {
            for (Path article : articles.sorted().toList()) {
                text.append('\n').append(new TextNormalizer().forMatchingToString(Files.readString(article)));
            }
        }
        assertEquals(hits(built, text), hits(prebuilt, text));
    }

    @Test
    void aTableReadBackMatchesAsTheBuiltOneOnSeededRandomText() throws IOException {
        Gazetteer fixture = TestGazetteers.fixture();
        KeyTable table = KeyTable.build(fixture, new TextNormalizer());
        // read against a second reading of the same tables: aliases are found by position, not identity
        KeyTable read = PrebuiltMatcher.read(ByteBuffer.wrap(bytes(fixture, table)), TestGazetteers.fixture());
        assertNotNull(read);
        assertSameKeys(table, read);
        List<String> keys = new ArrayList<>(table.keys().keySet());
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                String key = keys.get(random.nextInt(keys.size()));
                // whole keys, cut keys and stray letters, so partial paths through the automaton are walked too
                text.append(switch (random.nextInt(3)) {
                    case 0 -> key;
                    case 1 -> key.substring(0, 1 + random.nextInt(key.length()));
                    default -> String.valueOf((char) ('a' + random.nextInt(26)));
                });
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            assertEquals(hits(table, text), hits(read, text), "text: " + text);
        }
    }

    @Test
    void aTableMadeFromAnotherGazetteerIsNotUsed() throws IOException {
        Gazetteer fixture = TestGazetteers.fixture();
        byte[] fromFixture = bytes(fixture, KeyTable.build(fixture, new TextNormalizer()));
        assertNull(PrebuiltMatcher.read(ByteBuffer.wrap(fromFixture), bundled));
        Gazetteer extended = GazetteerReader.read(List.of(
                List.of(TestGazetteers.inline("entities.csv", "id,label,type,wikidata\nx,X,PERSON,\n"),
                        TestGazetteers.inline("aliases.csv", "entity,lang,alias,kind\nx,en,Xavier Quux,name\n")),
                List.of(TestGazetteers.inline("aliases.csv", "entity,lang,alias,kind\nx,en,Xavier Q.,name\n"))));
        assertNull(PrebuiltMatcher.read(ByteBuffer.wrap(fromFixture), extended));
        assertNull(PrebuiltMatcher.load(extended), "only the bundled gazetteer has a prebuilt table");
    }

    @Test
    void aCutOrForeignFileIsAnIOExceptionOrRefused() throws IOException {
        Gazetteer fixture = TestGazetteers.fixture();
        byte[] whole = bytes(fixture, KeyTable.build(fixture, new TextNormalizer()));
        for (int length : new int[] {0, 3, 9, 40, whole.length / 3, whole.length / 2, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThrows(IOException.class, () -> PrebuiltMatcher.read(ByteBuffer.wrap(cut), fixture), "cut at " + length);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 4);
        assertThrows(IOException.class, () -> PrebuiltMatcher.read(ByteBuffer.wrap(longer), fixture));
        byte[] otherFormat = whole.clone();
        otherFormat[7]++;
        assertNull(PrebuiltMatcher.read(ByteBuffer.wrap(otherFormat), fixture));
    }

    @Test
    void theMatcherOfTheBundledGazetteerFindsWhatTheBuiltTableFinds() {
        TextNormalizer normalizer = new TextNormalizer();
        EntityMatcher matcher = new EntityMatcher(bundled, normalizer, false);
        assertEquals(built.keys().size(), matcher.keyCount());
        List<Mention> mentions = matcher.find("التقى بلينكن وستولتنبرغ في مقر حلف شمال الأطلسي لبحث دعم أوكرانيا");
        assertEquals(List.of("antony-blinken", "jens-stoltenberg", "nato", "ukraine"),
                mentions.stream().map(m -> bundled.entity(m.entity()).id()).toList());
    }

    private static byte[] bytes(Gazetteer gazetteer, KeyTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrebuiltMatcher.write(gazetteer, table, out);
        return out.toByteArray();
    }

    private static void assertSameKeys(KeyTable expected, KeyTable actual) {
        assertEquals(List.copyOf(expected.keys().keySet()), List.copyOf(actual.keys().keySet()));
        for (Map.Entry<String, AutomatonKey> entry : expected.keys().entrySet()) {
            AutomatonKey want = entry.getValue();
            AutomatonKey got = actual.keys().get(entry.getKey());
            String key = entry.getKey();
            assertEquals(want.entity(), got.entity(), key);
            assertEquals(want.kind(), got.kind(), key);
            assertEquals(want.capitalsOnly(), got.capitalsOnly(), key);
            assertEquals(want.afterArticleOnly(), got.afterArticleOnly(), key);
            assertEquals(want.precedence(), got.precedence(), key);
            assertEquals(want.variant(), got.variant(), key);
            assertEquals(want.alias(), got.alias(), key);
            assertArrayEquals(want.coreferents(), got.coreferents(), key);
        }
    }

    private static List<String> hits(KeyTable table, CharSequence text) {
        List<String> keys = new ArrayList<>(table.keys().keySet());
        List<String> hits = new ArrayList<>();
        table.automaton().parse(text, (begin, end, key) -> hits.add(begin + "-" + end + ":" + keys.get(key)));
        return hits;
    }
}
