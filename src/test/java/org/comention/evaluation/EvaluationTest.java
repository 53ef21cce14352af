package org.comention.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture has every case of the definition: a false positive and a false negative, an
 * optional entity, an adjectival-only one, a teaser id (d2#2), and a gold label (Kiev) that is
 * another name of the predicted one (Kyiv). The expected numbers are what score.py prints for
 * the same files (with Kiev counted as Kyiv, which its table of equivalent names also does).
 */
class EvaluationTest {
    static List<GoldDocument> gold;
    static List<Evaluation.PredictedMention> predicted;
    static LabelKey key = new LabelKey();

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws Exception {
        Path fixtures = Path.of(EvaluationTest.class.getResource("/fixtures/eval").toURI());
        gold = new GoldReader().read(fixtures.resolve("gold.jsonl"));
        predicted = new MentionTableReader().read(fixtures.resolve("mentions.csv"));
        key = new LabelKey(org.comention.entity.GazetteerReader.readWithBundled(List.of()));
    }

    @Test
    void namesModeMatchesScorePy() {
        Evaluation e = Evaluation.of(gold, predicted, GoldDocument.Mode.NAMES, 1, key);
        assertEquals(new Evaluation.Counts(1, 1, 1), e.entitiesByLanguage().get("ar"));
        assertEquals(new Evaluation.Counts(2, 1, 0), e.entitiesByLanguage().get("fa"));
        Evaluation.Counts all = e.entitiesByLanguage().get("all");
        assertEquals(0.600, all.precision(), 1e-3);
        assertEquals(0.750, all.recall(), 1e-3);
        assertEquals(0.667, all.f1(), 1e-3);
        assertEquals(0.333, e.edgesByLanguage().get("all").f1(), 1e-3);
        assertEquals(List.of(new Evaluation.Error("FP", "d1", "china"), new Evaluation.Error("FN", "d1", "ukraine"),
                new Evaluation.Error("FP", "d2", "iran")), e.errors());
    }

    @Test
    void allModeCountsAdjectivalReferences() {
        Evaluation e = Evaluation.of(gold, predicted, GoldDocument.Mode.ALL, 1, key);
        assertEquals(0.727, e.entitiesByLanguage().get("all").f1(), 1e-3);
        assertEquals(0.400, e.edgesByLanguage().get("all").f1(), 1e-3);
    }

    @Test
    void minSupportIgnoresRareEntities() {
        Evaluation e = Evaluation.of(gold, predicted, GoldDocument.Mode.NAMES, 2, key);
        Evaluation.Counts all = e.entitiesByLanguage().get("all");
        assertEquals(0.5, all.precision(), 1e-9);
        assertEquals(1.0, all.recall(), 1e-9);
    }

    @Test
    void perEntityCounts() {
        Evaluation e = Evaluation.of(gold, predicted, GoldDocument.Mode.NAMES, 1, key);
        assertEquals(new Evaluation.Counts(2, 0, 0), e.byEntity().get("nato"), "d2#2 counts for d2");
        assertEquals(new Evaluation.Counts(1, 0, 0), e.byEntity().get("kyiv"), "gold Kiev is the gazetteer's Kyiv");
        assertTrue(!e.byEntity().containsKey("tehran"), "optional: neither rewarded nor penalised");
    }

    @Test
    void aMalformedGoldLineNamesFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a\", \"entities\": []}\n{\"id\": 3}\n");
        UserInputException error = assertThrows(UserInputException.class, () -> new GoldReader().read(file));
        assertTrue(error.getMessage().contains("gold.jsonl:2"), error.getMessage());
    }

    @Test
    void aGoldLineWithTwoDocumentsNamesFileAndLine() throws Exception {
        // the second document would otherwise be left out of the score without a word
        Path file = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"id\": \"a\", \"entities\": []}\n{\"id\": \"b\", \"entities\": []}{\"id\": \"c\", \"entities\": []}\n");
        UserInputException error = assertThrows(UserInputException.class, () -> new GoldReader().read(file));
        assertTrue(error.getMessage().contains("gold.jsonl:2"), error.getMessage());
    }

    @Test
    void anEmptyOrBlankGoldFileIsAnErrorNotAScore() throws Exception {
        for (String content : new String[] {"", "\n  \n\n"}) {
            Path file = Files.writeString(dir.resolve("gold.jsonl"), content);
            UserInputException error = assertThrows(UserInputException.class, () -> new GoldReader().read(file));
            assertTrue(error.getMessage().startsWith(file + ": no gold documents"), error.getMessage());
        }
    }

    @Test
    void discoveredRowsCountAsTheGoldEntityWhoseSurfaceTheySpanAsScorePyCountsThem() throws Exception {
        // score.py on these files: FP s1 "" (an Arabic label folds to nothing), FN s1 rapid support forces,
        // FP s2 ankara valisi; all entities P=0.667 R=0.800 F1=0.727, edges F1=0.400
        Path fixtures = Path.of(EvaluationTest.class.getResource("/fixtures/eval-discovered").toURI());
        Evaluation e = Evaluation.of(new GoldReader().read(fixtures.resolve("gold.jsonl")),
                new MentionTableReader().read(fixtures.resolve("mentions.csv")), GoldDocument.Mode.NAMES, 1, new LabelKey());
        assertEquals(new Evaluation.Counts(2, 1, 1), e.entitiesByLanguage().get("ar"));
        assertEquals(new Evaluation.Counts(2, 1, 0), e.entitiesByLanguage().get("tr"));
        assertEquals(0.727, e.entitiesByLanguage().get("all").f1(), 1e-3);
        assertEquals(0.400, e.edgesByLanguage().get("all").f1(), 1e-3);
        assertEquals(List.of(new Evaluation.Error("FP", "s1", ""), new Evaluation.Error("FN", "s1", "rapid support forces"),
                new Evaluation.Error("FP", "s2", "ankara valisi")), e.errors());
    }

    @Test
    void surfacesAlignWithinThreeCharactersAfterFolding() {
        assertTrue(Evaluation.spans("والبرهان", "البرهان"));
        assertTrue(!Evaluation.spans("Özel'in", "Özgür Özel"), "a surname alone is not the full name");
        assertTrue(Evaluation.spans("Özel’in", "Özel"));
        assertTrue(Evaluation.spans("رئيسي", "رئیسی"), "Arabic and Persian yeh fold together");
        assertTrue(!Evaluation.spans("قوات الدعم", "قوات الدعم السريع"), "six letters more is another name");
        assertTrue(!Evaluation.spans("x", "x"), "one letter aligns nothing");
    }
}
