package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The automaton against the plainest matcher there is: every key compared at every position of
 * the text. Random key sets over small alphabets (so keys share prefixes and suffixes, are
 * prefixes, suffixes and infixes of one another, and some states have many children), from
 * characters anywhere in the BMP including NUL and U+FFFF, on texts made of keys, cut keys and
 * stray characters; and the bundled gazetteer's keys over the seeds.
 */
class KeyAutomatonTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsExactlyTheOccurrencesBruteForceFinds(long seed) {
        Random random = new Random(seed);
        char[] alphabet = alphabet(random);
        Set<String> distinct = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(seed % 10 == 0 ? 3000 : 60);
        while (distinct.size() < wanted) {
            StringBuilder key = new StringBuilder();
            for (int n = 1 + random.nextInt(random.nextInt(12) + 1); n > 0; n--) {
                key.append(alphabet[random.nextInt(alphabet.length)]);
            }
            distinct.add(key.toString());
        }
        List<String> keys = new ArrayList<>(distinct);
        // the caller's order is not sorted: hits must still name positions in the caller's list
        Collections.shuffle(keys, random);
        KeyAutomaton automaton = KeyAutomaton.build(keys, MatcherProgress.NONE);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(25); piece >= 0; piece--) {
                String key = keys.get(random.nextInt(keys.size()));
                text.append(switch (random.nextInt(4)) {
                    case 0, 1 -> key;
                    case 2 -> key.substring(random.nextInt(key.length()));
                    default -> String.valueOf(random.nextInt(5) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1)
                            : alphabet[random.nextInt(alphabet.length)]);
                });
            }
            assertEquals(bruteForce(keys, text), hits(automaton, text), "seed " + seed + ", text " + text);
        }
    }

    @Test
    void theBundledGazetteersKeysOverTheSeedsAsBruteForce() throws IOException {
        Gazetteer bundled = GazetteerReader.readWithBundled(List.of());
        TextNormalizer normalizer = new TextNormalizer();
        List<String> keys = new ArrayList<>(MatcherKeys.of(bundled, normalizer).keySet());
        KeyAutomaton automaton = KeyAutomaton.build(keys, MatcherProgress.NONE);
        try (Stream<Path> articles = Files.list(Path.of("data/articles"))) {
            for (Path article : articles.sorted().toList()) {
                String text = normalizer.forMatchingToString(Files.readString(article));
                Set<String> expected = bruteForce(keys, text);
                assertTrue(expected.size() > 10, article + " names entities");
                assertEquals(expected, hits(automaton, text), article.toString());
            }
        }
    }

    @Test
    void aStateIsOneCharacterOfOneKeyAtMostSoMemoryGrowsWithTheKeysLength() {
        // abc, abd, b: root, a, ab, abc, abd, b
        assertEquals(6, KeyAutomaton.build(List.of("abc", "abd", "b"), MatcherProgress.NONE).states());
        List<String> keys = new ArrayList<>();
        long chars = 0;
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String key = i + "-" + Long.toString(random.nextLong(), 36);
            keys.add(key);
            chars += key.length();
        }
        assertTrue(KeyAutomaton.build(keys, MatcherProgress.NONE).states() <= chars + 1);
    }

    @Test
    void progressReachesEveryStateInOrder() {
        List<Long> done = new ArrayList<>();
        KeyAutomaton automaton = KeyAutomaton.build(List.of("nato", "natanz", "otan"), (step, at, total) -> {
            assertTrue(step.contains("3 keys"), step);
            done.add(at);
            assertTrue(at <= total);
        });
        assertEquals(automaton.states(), done.get(done.size() - 1));
        assertEquals(done.stream().sorted().toList(), done);
    }

    @Test
    void emptyOrRepeatedKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeyAutomaton.build(List.of("a", ""), MatcherProgress.NONE));
        assertThrows(IllegalArgumentException.class, () -> KeyAutomaton.build(List.of("ab", "ab"), MatcherProgress.NONE));
    }

    /** A few characters from around the BMP: ASCII, Arabic, a surrogate, NUL, U+FFFF; small, so keys overlap. */
    private static char[] alphabet(Random random) {
        char[] pool = {'a', 'b', 'c', ' ', 'ا', 'ل', 'ن', 'ت', '\u0000', '\uFFFF', '\uD83D', 'z', 'q', 'ی', '-', '1',
            'x', 'y', 'w', 'v', 'u', 's'};
        char[] alphabet = new char[2 + random.nextInt(pool.length - 1)];
        List<Character> shuffled = new ArrayList<>();
        for (char c : pool) {
            shuffled.add(c);
        }
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < alphabet.length; i++) {
            alphabet[i] = shuffled.get(i);
        }
        return alphabet;
    }

    private static Set<String> bruteForce(List<String> keys, CharSequence text) {
        String s = text.toString();
        Set<String> hits = new TreeSet<>();
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            for (int at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
                hits.add(at + "-" + (at + key.length()) + ":" + k);
            }
        }
        return hits;
    }

    private static Set<String> hits(KeyAutomaton automaton, CharSequence text) {
        Set<String> hits = new TreeSet<>();
        automaton.parse(text, (begin, end, key) -> assertTrue(hits.add(begin + "-" + end + ":" + key), "reported once"));
        return hits;
    }
}
