package org.comention.entity;

import org.comention.evaluation.Evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comention.evaluation.LabelKey;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the Arabic-script rules propose on the Arabic, Persian and Dari excerpts of the development
 * set ({@code eval/dev-other-stories.jsonl}), measured the way {@code score.py} aligns a
 * discovered mention with a gold surface (after folding, one contains the other and their
 * lengths differ by at most 3):
 * <ul>
 *   <li>recall: the share of the gold PERSON, ORG and GPE surfaces of entities the bundled
 *       gazetteer does not have that some proposed span spans;</li>
 *   <li>junk: the share of proposed spans that span no gold surface (optional ones included).</li>
 * </ul>
 * The rules only propose: the stage after them keeps a name only with evidence, so junk here is
 * an upper bound of what reaches the graph. The floors are a little under the scores reached on
 * 2026-12-07; raise them with the rules.
 */
class ArabicScriptNamesDevSetTest {
    /**
     * Reached with the grown gazetteer, which leaves 18 unknown names here: 12 = 0.667; most misses
     * are a surname alone, linked by the stage after the rules, and ولایت کابل, whose cue is now a
     * descriptor left out of the span (GUIDELINES rule 3). OtherStoriesQualityTest guards the
     * end-to-end scores on three sets.
     */
    private static final double RECALL_FLOOR = 0.64;
    /** Reached: 4 of 29 = 0.138. */
    private static final double JUNK_CEILING = 0.17;

    private static TextNormalizer normalizer;
    private static EntityMatcher matcher;
    private static LabelKey labels;
    private static Set<String> knownLabels;
    private static ArabicScriptNames rules;

    @BeforeAll
    static void load() throws Exception {
        normalizer = new TextNormalizer();
        Gazetteer gazetteer = GazetteerReader.readWithBundled(List.of());
        matcher = new EntityMatcher(gazetteer, normalizer, true);
        labels = new LabelKey(gazetteer);
        knownLabels = new HashSet<>();
        for (Entity entity : gazetteer.entities()) {
            knownLabels.add(labels.of(entity.label()));
        }
        rules = new ArabicScriptNames(normalizer);
    }

    @Test
    void proposesMostUnknownNamesWithLittleJunk() throws Exception {
        int unknownSurfaces = 0;
        int spannedUnknown = 0;
        int proposed = 0;
        int junk = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode record : records()) {
            String lang = record.get("lang").asText();
            if (!lang.equals("ar") && !lang.equals("fa")) {
                continue;
            }
            String text = record.get("text").asText();
            NormalizedText normalized = normalizer.forMatching(text);
            List<DiscoveredName> names = rules.find(text, normalized, lang, matcher.find(text, normalized));
            List<String> goldSurfaces = new ArrayList<>();
            report.append("## ").append(record.get("id").asText()).append('\n');
            for (JsonNode entity : record.get("entities")) {
                String type = entity.get("type").asText();
                boolean unknown = !knownLabels.contains(labels.of(entity.get("canonical").asText()));
                boolean optional = entity.path("optional").asBoolean(false);
                for (JsonNode surface : entity.get("surfaces")) {
                    goldSurfaces.add(surface.asText());
                    if (!unknown || optional || !Set.of("PERSON", "ORG", "GPE").contains(type)) {
                        continue;
                    }
                    unknownSurfaces++;
                    boolean hit = names.stream().anyMatch(d -> Evaluation.spans(text.substring(d.start(), d.end()), surface.asText()));
                    spannedUnknown += hit ? 1 : 0;
                    report.append(hit ? "  found  " : "  MISSED ").append(type).append(' ').append(surface.asText())
                            .append('\n');
                }
            }
            for (DiscoveredName name : names) {
                assertWholeTokens(text, name);
                proposed++;
                String surface = text.substring(name.start(), name.end());
                boolean good = goldSurfaces.stream().anyMatch(g -> Evaluation.spans(surface, g));
                junk += good ? 0 : 1;
                report.append(good ? "  ok     " : "  JUNK   ").append(name.type()).append(' ').append(surface)
                        .append(" = ").append(name.name()).append(" (").append(name.rule()).append(' ')
                        .append(name.strength()).append(")\n");
            }
        }
        double recall = (double) spannedUnknown / unknownSurfaces;
        double junkShare = (double) junk / proposed;
        System.out.println(report);
        System.out.printf(Locale.ROOT, "ArabicScriptNames on the ar and fa dev excerpts: unknown gold surfaces spanned"
                + " %d/%d = %.3f; proposed %d, junk %d = %.3f%n", spannedUnknown, unknownSurfaces, recall, proposed, junk,
                junkShare);
        assertTrue(recall >= RECALL_FLOOR, "recall of unknown names " + recall + " under " + RECALL_FLOOR);
        assertTrue(junkShare <= JUNK_CEILING, "junk share " + junkShare + " over " + JUNK_CEILING);
    }

    /** A span starts and ends at word boundaries, and its name is its text without leading clitics. */
    private static void assertWholeTokens(String text, DiscoveredName name) {
        String where = name + " in " + text;
        assertTrue(name.start() == 0 || !Character.isLetterOrDigit(text.charAt(name.start() - 1)), where);
        assertTrue(name.end() == text.length() || !Character.isLetterOrDigit(text.charAt(name.end())), where);
        String surface = text.substring(name.start(), name.end());
        String bare = name.name().startsWith("ال") && !surface.contains(name.name()) ? name.name().substring(2) : name.name();
        assertTrue(surface.endsWith(bare) && surface.length() - bare.length() <= 4, where);
    }

    private static List<JsonNode> records() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = ArabicScriptNamesDevSetTest.class.getResourceAsStream("/eval/dev-other-stories.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
