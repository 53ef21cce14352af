package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.comention.entity.GazetteerReader;
import org.comention.evaluation.Evaluation;
import org.comention.evaluation.GoldDocument;
import org.comention.evaluation.GoldReader;
import org.comention.evaluation.LabelKey;
import org.comention.evaluation.MentionTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognition quality on news-style paragraphs written for this test in Arabic, Persian,
 * English, Russian, Ukrainian, French, German and Turkish ({@code eval/news.jsonl}, text and
 * hand annotation in one file). The bar is the one of the project's evaluation on unseen news:
 * entity precision at least 0.95 and F1 at least 0.90, in every language.
 */
class MultilingualQualityTest {
    @TempDir
    Path dir;

    @Test
    void everyLanguageClearsTheBar() throws Exception {
        Path gold = Path.of(getClass().getResource("/eval/news.jsonl").toURI());
        CliRunner run = CliRunner.run("build", "--input", gold.toString(), "--output", dir.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        List<GoldDocument> documents = new GoldReader().read(gold);
        Evaluation evaluation = Evaluation.of(documents, new MentionTableReader().read(dir.resolve("mentions.csv")),
                GoldDocument.Mode.NAMES, 1, new LabelKey(GazetteerReader.readWithBundled(List.of())));
        assertEquals(9, evaluation.entitiesByLanguage().size(), "eight languages and all");
        for (Map.Entry<String, Evaluation.Counts> language : evaluation.entitiesByLanguage().entrySet()) {
            Evaluation.Counts c = language.getValue();
            assertTrue(c.precision() >= 0.95 && c.f1() >= 0.90,
                    language.getKey() + ": P=" + c.precision() + " F1=" + c.f1() + " errors " + evaluation.errors());
        }
    }
}
