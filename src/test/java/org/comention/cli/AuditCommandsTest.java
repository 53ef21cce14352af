package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that audit a run: mentions in context, and scores against annotation. */
class AuditCommandsTest {
    @TempDir
    Path dir;

    @Test
    void mentionsShowsEachMentionInContextWithHowItMatched() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "قال بلينكن وستولتنبرغ في براغ");
        CliRunner run = CliRunner.run("mentions", "--input", text.toString(), "--entity", "jens-stoltenberg", "--context", "4");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("a\tJens Stoltenberg\tproclitic\tنكن \u00ABوستولتنبرغ\u00BB في "), run.out().lines().toList());
    }

    @Test
    void mentionsOfAnUnknownEntityIsAUserError() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "بلينكن");
        CliRunner run = CliRunner.run("mentions", "--input", text.toString(), "--entity", "nobody-at-all");
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains("nobody-at-all"), run.err());
    }

    @Test
    void evalScoresABuildAgainstAnnotation() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"id\": \"a\", \"lang\": \"ar\", \"text\": \"بلينكن في براغ\", \"entities\": ["
                        + "{\"canonical\": \"Antony Blinken\", \"surfaces\": [\"بلينكن\"]},"
                        + "{\"canonical\": \"Prague\", \"surfaces\": [\"براغ\"]},"
                        + "{\"canonical\": \"Jens Stoltenberg\", \"surfaces\": [\"ينس\"]}]}\n");
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("build", "--input", gold.toString(), "--output", out.toString(), "--quiet").exitCode());
        CliRunner run = CliRunner.run("eval", gold.toString(), "--mentions", out.resolve("mentions.csv").toString(), "--errors");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("FN a jens stoltenberg"), run.out());
        assertTrue(run.out().contains("entity F1 (names) 0.800"), run.out());
    }

    @Test
    void evalWithoutAMentionTableSaysWhatToDo() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a\", \"entities\": []}\n");
        CliRunner run = CliRunner.run("eval", gold.toString(), "--mentions", dir.resolve("none.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains("comention build"), run.err());
    }

    @Test
    void suggestWritesUnknownNamesAsAnAliasTableTheUserCanFillIn() throws Exception {
        // names between ⟦ ⟧ are proposed by the tests' rule family (BracketNames): weak, so once a document is no node
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "قال وزير الخارجية الأرميني ⟦نوربرت تسيلمان⟧ إن بلاده مستعدة.");
        Files.writeString(corpus.resolve("b.txt"), "وأكد وزير الخارجية الأرميني ⟦نوربرت تسيلمان⟧ في باكو.");
        Path suggestions = dir.resolve("suggestions.csv");
        CliRunner run = CliRunner.run("suggest", "--input", corpus.toString(), "--output", suggestions.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(suggestions);
        assertEquals("entity,lang,alias,kind,count,documents,type,confidence,node,rule,example", lines.get(0));
        assertTrue(lines.get(1).startsWith(",ar,نوربرت تسيلمان,name,2,2,PERSON,0.75,no,bracket,"), lines.toString());
        assertEquals(2, lines.size(), "one name, nothing else: " + lines);

        // the user names the entity and gives it an entities row: the next build links it
        Files.writeString(suggestions, Files.readString(suggestions).replace("\n,ar,", "\nnorbert-zielmann,ar,"));
        Path entities = Files.writeString(dir.resolve("entities.csv"), "id,label,type\nnorbert-zielmann,Norbert Zielmann,PERSON\n");
        Path out = dir.resolve("out");
        CliRunner build = CliRunner.run("build", "--input", corpus.toString(), "--output", out.toString(), "--quiet",
                "--gazetteer", entities.toString(), suggestions.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.readString(out.resolve("mentions.csv")).contains("norbert-zielmann,Norbert Zielmann"));
    }

    @Test
    void explainPrintsTheSentencesBehindAnEdge() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("explain"));
        Files.writeString(corpus.resolve("a.txt"), "التقى بلينكن ستولتنبرغ في براغ. ثم غادر بلينكن.\n\nوقال ستولتنبرغ لاحقا.");
        Files.writeString(corpus.resolve("b.txt"), "بلينكن في واشنطن.\n\nستولتنبرغ في بروكسل.");
        CliRunner run = CliRunner.run("explain", "Antony Blinken", "jens-stoltenberg", "--input", corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("a\tالتقى بلينكن ستولتنبرغ في براغ.", lines.get(0));
        assertEquals("1 sentence with both Antony Blinken and Jens Stoltenberg.", lines.get(1));
        assertEquals("In the same document but not the same sentence: b", lines.get(2));
    }

    @Test
    void explainOfAnUnknownEntityIsAUserError() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "بلينكن");
        CliRunner run = CliRunner.run("explain", "Antony Blinken", "Nobody Known", "--input", text.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError() && run.err().contains("Nobody Known"), run.err());
    }
}
