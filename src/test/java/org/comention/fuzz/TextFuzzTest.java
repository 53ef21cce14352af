package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.util.List;
import org.comention.common.TextSource;
import org.comention.corpus.BoilerplateMarkers;
import org.comention.corpus.BoilerplateSplitter;
import org.comention.corpus.CleanedDocument;
import org.comention.corpus.Document;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.entity.Mention;
import org.comention.entity.NameDiscovery;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;

/**
 * Fuzz tests for the text stages on arbitrary strings: the normaliser (idempotent, offsets inside
 * the text and non-decreasing; its matching form made from the folded text alike; the first
 * finding was that stripping Cyrillic endings inside normalize() broke idempotence), the boilerplate splitter (the main text is a prefix of the
 * article) and the matcher on the bundled gazetteer (mentions inside the text, sorted, not
 * overlapping), and discovery behind it (every mention inside the text, sorted, its discovered
 * entities numbered after the gazetteer's, no name longer than a gazetteer alias may be).
 */
class TextFuzzTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static BoilerplateSplitter splitter;
    private static EntityMatcher matcher;
    private static Gazetteer gazetteer;
    private static NameDiscovery discovery;

    private static synchronized void setUp() throws IOException {
        if (splitter == null) {
            splitter = new BoilerplateSplitter(BoilerplateMarkers.read(
                    List.of(TextSource.resource("/comention/boilerplate/markers.csv")), NORMALIZER::normalizeToString));
            gazetteer = GazetteerReader.readWithBundled(List.of());
            matcher = new EntityMatcher(gazetteer, NORMALIZER, true);
            discovery = NameDiscovery.bundled(NORMALIZER);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void normaliser(@NotNull String text) {
        NormalizedText normalized = NORMALIZER.normalize(text);
        String once = normalized.text();
        assertEquals(once, NORMALIZER.normalize(once).text(), "idempotent");
        NormalizedText matching = NORMALIZER.forMatching(text);
        assertEquals(matching.text(), NORMALIZER.forMatching(once).text(), "endings are stripped from the folded text");
        for (int i = 0; i < matching.length(); i++) {
            assertTrue(0 <= matching.originalStart(i) && matching.originalEnd(i) <= text.length(), "matching offsets inside");
        }
        int previous = 0;
        for (int i = 0; i < once.length(); i++) {
            int start = normalized.originalStart(i);
            int end = normalized.originalEnd(i);
            assertTrue(0 <= start && start < end && end <= text.length(), "offsets inside the text");
            assertTrue(start >= previous, "offsets do not go back");
            previous = start;
        }
    }

    @FuzzTest(maxDuration = "10m")
    void splitter(@NotNull String text) throws IOException {
        setUp();
        if (text.isEmpty()) {
            return;
        }
        CleanedDocument cleaned = splitter.split(Document.of("fuzz", text));
        assertTrue(text.startsWith(cleaned.main().text()), "the main text is a prefix of the article");
        assertEquals(text.length() - cleaned.main().text().length(), cleaned.charactersCut());
    }

    @FuzzTest(maxDuration = "10m")
    void matcher(@NotNull String text) throws IOException {
        setUp();
        List<Mention> mentions = matcher.find(text);
        int previousEnd = 0;
        for (Mention m : mentions) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "inside the text");
            assertTrue(m.start() >= previousEnd, "sorted and not overlapping");
            previousEnd = m.end();
        }
    }

    @FuzzTest(maxDuration = "10m")
    void discovery(@NotNull String text) throws IOException {
        setUp();
        NormalizedText normalized = NORMALIZER.forMatching(text);
        List<Mention> known = matcher.find(text, normalized, null);
        NameDiscovery.Found found = discovery.find(text, normalized, null, known, i -> gazetteer.entity(i).type(),
                gazetteer.size());
        int previousStart = 0;
        for (Mention m : found.mentions()) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "inside the text");
            assertTrue(m.start() >= previousStart, "sorted by start");
            previousStart = m.start();
            assertTrue(m.entity() < gazetteer.size() + found.entities().size(), "a known or a discovered entity");
        }
        found.entities().forEach(e -> e.names().forEach(name ->
                assertTrue(name.length() <= GazetteerReader.MAX_ALIAS_LENGTH, "a name a gazetteer could list")));
    }
}
