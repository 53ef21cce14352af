package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.comention.entity.GazetteerReader;
import org.comention.evaluation.Evaluation;
import org.comention.evaluation.GoldDocument;
import org.comention.evaluation.GoldReader;
import org.comention.evaluation.LabelKey;
import org.comention.evaluation.MentionTableReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recognition on real news about stories the gazetteer was not built around, in Arabic, Persian
 * and Dari, Turkish, Russian, French and English (see {@code eval/README.md}): the development set
 * ({@code dev-other-stories.jsonl}), the second development set gathered to tune the precision of
 * discovery ({@code dev2-other-stories.jsonl}), the third, Arabic-script news gathered to judge
 * Arabic-script discovery ({@code dev3-arabic-script.jsonl}), and two held-out sets nobody tunes on
 * ({@code heldout-other-stories.jsonl}, and {@code heldout2-other-stories.jsonl}, annotated without
 * ever running comention and read only as aggregate scores). The floors are each set's scores with discovery
 * (2026-12-07), less 0.02: a guard against regressions, not a target. Work that raises a score
 * raises its floor here.
 */
class OtherStoriesQualityTest {

    /**
     * One annotated set and its floors: entity F1 and edge F1 per language with every entity
     * counted, and over the entities named in at least three documents.
     */
    record Floors(String file, Map<String, double[]> byLanguage, double[] frequent) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Floors> sets() {
        return Stream.of(
                new Floors("dev-other-stories.jsonl", Map.of(
                        "all", new double[] {0.944, 0.903},
                        "ar", new double[] {0.958, 0.938},
                        "en", new double[] {0.954, 0.908},
                        "fa", new double[] {0.931, 0.896},
                        "fr", new double[] {0.954, 0.935},
                        "ru", new double[] {0.931, 0.854},
                        "tr", new double[] {0.932, 0.88}),
                        new double[] {0.962, 0.957}),
                new Floors("dev2-other-stories.jsonl", Map.of(
                        "all", new double[] {0.704, 0.471},
                        "ar", new double[] {0.790, 0.666},
                        "en", new double[] {0.766, 0.566},
                        "fa", new double[] {0.756, 0.525},
                        "fr", new double[] {0.536, 0.204},
                        "ru", new double[] {0.723, 0.491},
                        "tr", new double[] {0.76, 0.543}),
                        new double[] {0.564, 0.428}),
                // Arabic script only, gathered to judge Arabic-script discovery on news it was not grown on;
                // its 3+ entities are one (the Taliban), so that floor says little
                new Floors("dev3-arabic-script.jsonl", Map.of(
                        "all", new double[] {0.791, 0.644},
                        "ar", new double[] {0.808, 0.697},
                        "fa", new double[] {0.775, 0.589}),
                        new double[] {0.266, 0.0}),
                new Floors("heldout2-other-stories.jsonl", Map.of(
                        "all", new double[] {0.772, 0.626},
                        "ar", new double[] {0.741, 0.519},
                        "en", new double[] {0.837, 0.740},
                        "fa", new double[] {0.750, 0.649},
                        "fr", new double[] {0.760, 0.611},
                        "ru", new double[] {0.764, 0.571},
                        "tr", new double[] {0.777, 0.599}),
                        new double[] {0.537, 0.282}),
                new Floors("heldout-other-stories.jsonl", Map.of(
                        "all", new double[] {0.786, 0.651},
                        "ar", new double[] {0.66, 0.38},
                        "en", new double[] {0.828, 0.674},
                        "fa", new double[] {0.698, 0.508},
                        "fr", new double[] {0.791, 0.618},
                        "ru", new double[] {0.852, 0.789},
                        "tr", new double[] {0.854, 0.789}),
                        // 3+: lowered from 0.756/0.759 when a place inside an organisation's name began to count
                        // (NameDiscovery), which raised every set's all-entity F1 but adds that place here
                        new double[] {0.750, 0.725}));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void scoresStayAtOrAboveTheFloors(Floors set) throws Exception {
        Path gold = Path.of(getClass().getResource("/eval/" + set.file()).toURI());
        CliRunner run = CliRunner.run("build", "--input", gold.toString(), "--output", dir.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        List<GoldDocument> documents = new GoldReader().read(gold);
        LabelKey labels = new LabelKey(GazetteerReader.readWithBundled(List.of()));
        Evaluation evaluation = Evaluation.of(documents, new MentionTableReader().read(dir.resolve("mentions.csv")),
                GoldDocument.Mode.NAMES, 1, labels);
        Map<String, Evaluation.Counts> entities = evaluation.entitiesByLanguage();
        Map<String, Evaluation.Counts> edges = evaluation.edgesByLanguage();
        assertEquals(set.byLanguage().keySet(), entities.keySet(), "the set's languages and all");
        StringBuilder scores = new StringBuilder();
        boolean below = false;
        for (Map.Entry<String, double[]> floor : set.byLanguage().entrySet()) {
            double entityF1 = entities.get(floor.getKey()).f1();
            double edgeF1 = edges.get(floor.getKey()).f1();
            scores.append(String.format(java.util.Locale.ROOT, " %s %.3f/%.3f", floor.getKey(), entityF1, edgeF1));
            below |= entityF1 < floor.getValue()[0] || edgeF1 < floor.getValue()[1];
        }
        Evaluation frequent = Evaluation.of(documents, new MentionTableReader().read(dir.resolve("mentions.csv")),
                GoldDocument.Mode.NAMES, 3, labels);
        double entityF1 = frequent.entitiesByLanguage().get("all").f1();
        double edgeF1 = frequent.edgesByLanguage().get("all").f1();
        scores.append(String.format(java.util.Locale.ROOT, " 3+ %.3f/%.3f", entityF1, edgeF1));
        below |= entityF1 < set.frequent()[0] || edgeF1 < set.frequent()[1];
        // a held-out set's errors are not printed: whoever tunes rules must not learn its names from a failure
        String errors = set.file().startsWith("heldout") ? "" : "; errors " + evaluation.errors();
        assertTrue(!below, set.file() + ": entity/edge F1" + scores + " below a floor " + floorsOf(set) + errors);
    }

    private static String floorsOf(Floors set) {
        StringBuilder out = new StringBuilder();
        set.byLanguage().forEach((language, floor) -> out.append(' ').append(language).append(' ')
                .append(floor[0]).append('/').append(floor[1]));
        return out.append(" 3+ ").append(set.frequent()[0]).append('/').append(set.frequent()[1]).toString();
    }
}
