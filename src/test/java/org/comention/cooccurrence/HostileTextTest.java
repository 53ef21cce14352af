package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.comention.entity.EntityMatcher;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.entity.MatchKind;
import org.comention.entity.Mention;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text through the stages a build runs on it (normalise, match with the bundled
 * gazetteer, assign windows of all four kinds): one token of ten million characters, names with
 * bidi controls and other dropped characters between their letters, and a million characters
 * alternating between scripts. Each finishes in a few seconds; the timeout is a guard against a
 * quadratic path, which would take hours, not a measurement.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileTextTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final List<WindowSpec> WINDOWS = List.of(WindowSpec.DOCUMENT, WindowSpec.parse("paragraph"),
            WindowSpec.parse("sentence"), WindowSpec.parse("1"), WindowSpec.parse("2"));
    private static Gazetteer gazetteer;
    private static EntityMatcher matcher;

    @BeforeAll
    static void load() throws IOException {
        gazetteer = GazetteerReader.readWithBundled(List.of());
        matcher = new EntityMatcher(gazetteer, NORMALIZER, true);
    }

    /** What the stages make of a text: its mentions and, for each window kind, their windows. */
    private record Staged(String text, NormalizedText normalized, List<Mention> mentions, List<WindowAssigner.Windows> windows) {
        List<String> ids() {
            return mentions.stream().map(m -> gazetteer.entity(m.entity()).id()).toList();
        }

        List<String> surfaces() {
            return mentions.stream().map(m -> text.substring(m.start(), m.end())).toList();
        }
    }

    private static Staged stages(String text) {
        NormalizedText normalized = NORMALIZER.forMatching(text);
        List<Mention> mentions = matcher.find(text, normalized);
        List<WindowAssigner.Windows> windows = WINDOWS.stream()
                .map(spec -> new WindowAssigner(spec).assign(text, normalized, mentions)).toList();
        return new Staged(text, normalized, mentions, windows);
    }

    private static String repeat(String unit, int length) {
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        s.setLength(length);
        return s.toString();
    }

    /**
     * One token of ten million characters: a name repeated with nothing between (a name inside a
     * longer word is no match, however often), or random letters of four scripts. Alone it has
     * no mention and one window of every kind; between two names it is one token between them.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"بلينكن", "NATO", "Путина", "random"})
    void aTenMillionCharacterToken(String unit) {
        int length = 10_000_000;
        String token;
        if (unit.equals("random")) {
            Random random = new Random(10_000_000L);
            String letters = "بلينكنستولتنبرغناتوabcdefghijklmnopqrstuvwxyzNATOабвгдеёжзийклмнопрстуфхцчшщыьэюяپچژگکی";
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = letters.charAt(random.nextInt(letters.length()));
            }
            token = new String(chars);
        } else {
            token = repeat(unit, length);
        }

        Staged alone = stages(token);
        assertEquals(List.of(), alone.mentions());
        for (WindowAssigner.Windows w : alone.windows()) {
            assertEquals(0, w.ofMention().length);
            assertEquals(1, w.count(), "one document, paragraph, sentence and token");
        }

        Staged between = stages("بلينكن " + token + " NATO.");
        assertEquals(List.of("antony-blinken", "nato"), between.ids());
        assertEquals(List.of(0, 7 + length + 1), between.mentions().stream().map(Mention::start).toList());
        assertEquals(List.of("بلينكن", "NATO"), between.surfaces());
        int[][] expected = {{0, 0}, {0, 0}, {0, 0}, {0, 2}, {0, 1}};
        int[] counts = {1, 1, 1, 3, 2};
        for (int k = 0; k < WINDOWS.size(); k++) {
            assertArrayEquals(expected[k], between.windows().get(k).ofMention(), WINDOWS.get(k).toString());
            assertEquals(counts[k], between.windows().get(k).count(), WINDOWS.get(k).toString());
        }
    }

    /**
     * The normaliser drops bidi controls, joiners, tashkeel and tatweel before matching, so a
     * name with any of them between its letters is the name; its surface keeps them, from its
     * first letter to its last.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200E", "200F", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069",
            "200C", "200D", "0640", "064E", "0651", "FEFF", "00AD"})
    void droppedCharactersInsideANameLeaveTheName(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        String arabic = "بلي" + c + "نكن";
        String persian = "ب" + c + "لی" + c + c + "نکن";
        String latin = "Blin" + c + "ken";
        Staged staged = stages("قال " + arabic + " و" + c + "الناتو " + persian + " and " + latin + ".");
        assertEquals(List.of("antony-blinken", "nato", "antony-blinken", "antony-blinken"), staged.ids());
        assertEquals(List.of(arabic, "و" + c + "الناتو", persian, latin), staged.surfaces());
        assertEquals(List.of(MatchKind.NORMALISED, MatchKind.PROCLITIC, MatchKind.NORMALISED, MatchKind.NORMALISED),
                staged.mentions().stream().map(Mention::how).toList());
    }

    /**
     * Deeply mixed: names in Arabic and Latin script inside isolates and embeddings, with marks
     * between their letters, in one sentence. The controls around a name stay outside its
     * surface; what the rules do not fold stays a different word: a Latin letter inside an
     * Arabic name, a Cyrillic і for a Latin i (no confusable folding), and a bidi mark standing
     * where a space should be, which joins the two names into one word.
     */
    @Test
    void mixedScriptsAndBidiControlsAroundAndInsideNames() {
        String text = "\u2067بلي\u200Fن\u202Bك\u202Cن\u2069 met \u202ANA\u200ETO\u202C, \u2066Сто\u200Fлтенберг\u2069 and "
                + "\u202Eو\u200Fال\u200Dناتو\u202C; بليnكن, Blіnken, بلينكن\u200Fوستولتنبرغ.";
        Staged staged = stages(text);
        assertEquals(List.of("antony-blinken", "nato", "jens-stoltenberg", "nato"), staged.ids());
        assertEquals(List.of("بلي\u200Fن\u202Bك\u202Cن", "NA\u200ETO", "Сто\u200Fлтенберг", "و\u200Fال\u200Dناتو"),
                staged.surfaces());
        assertArrayEquals(new int[] {0, 0, 0, 0}, staged.windows().get(2).ofMention(), "one sentence up to the semicolon");
    }

    /**
     * A million characters, each of another script than the one before (Latin, Arabic, Cyrillic,
     * Greek, Hebrew, Han, Persian): no name, one token; with bidi controls between the letters
     * the same; with spaces between them half a million one-letter tokens.
     */
    @Test
    void aMillionCharactersAlternatingBetweenScripts() {
        String scripts = "aبбαא中پ";
        int length = 1_000_000;
        String plain = repeat(scripts, length);
        Staged staged = stages(plain);
        assertEquals(List.of(), staged.mentions());
        assertEquals(length, staged.normalized().length(), "letters of every script kept, one for one");
        assertEquals(length - 1, staged.normalized().originalStart(length - 1));
        assertEquals(1, staged.windows().get(3).count(), "one token");

        StringBuilder withControls = new StringBuilder();
        for (int i = 0; i < length / 2; i++) {
            withControls.append(scripts.charAt(i % scripts.length())).append(i % 2 == 0 ? '\u200F' : '\u2067');
        }
        Staged controlled = stages(withControls.toString());
        assertEquals(List.of(), controlled.mentions());
        assertEquals(repeat(scripts, length / 2), controlled.normalized().text(), "the controls dropped, nothing else");
        assertEquals(1, controlled.windows().get(3).count());

        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < length / 2; i++) {
            spaced.append(scripts.charAt(i % scripts.length())).append(' ');
        }
        Staged tokens = stages(spaced.toString());
        assertEquals(List.of(), tokens.mentions(), "no alias is a single letter");
        assertEquals(length / 2, tokens.windows().get(3).count(), "one window per one-letter token");
        assertEquals(length / 4, tokens.windows().get(4).count());
    }
}
