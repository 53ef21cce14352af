package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input formats and the user's gazetteer layer, through the command line. */
class CliInputsTest {
    @TempDir
    Path dir;

    private List<String> build(Path input, String... more) throws Exception {
        Path out = dir.resolve("out");
        String[] args = new String[5 + more.length];
        args[0] = "build";
        args[1] = "--input=" + input;
        args[2] = "--output=" + out;
        args[3] = "--quiet";
        args[4] = "--min-weight=1";
        System.arraycopy(more, 0, args, 5, more.length);
        CliRunner run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllLines(out.resolve("mentions.csv"));
    }

    @Test
    void csvWithRenamedColumnsBomAndCrlf() throws Exception {
        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, "\uFEFFkey,body,date\r\nk1,\"ستولتنبرغ قال: \"\"الناتو\"\"\",2024-06-12\r\nk2,Blinken in Prague,2024-05-30\r\n");
        List<String> mentions = build(csv, "--id-column=key", "--text-column=body");
        assertTrue(mentions.contains("k1,jens-stoltenberg,Jens Stoltenberg,PERSON,name,ستولتنبرغ,0,9,exact,gazetteer"), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith("k1,nato,")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith("k2,prague,")), mentions.toString());
    }

    /** A build of {@code input} with {@code --strict}: its exit code and warnings, and its mentions. */
    private CliRunner buildStrict(Path input, Path out, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "build";
        args[1] = "--input=" + input;
        args[2] = "--output=" + out;
        args[3] = "--quiet";
        args[4] = "--strict";
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRunner.run(args);
    }

    @Test
    void anArticleInWindows1256IsReadWithAWarningThatStrictDoesNotCountAndMatchedLikeItsUtf8Original() throws Exception {
        String seed = "002_bd6a47a4920bc89c.txt"; // every character of it is in windows-1256
        String text = Files.readString(Path.of("data/articles", seed));
        Path utf8 = Files.createDirectories(dir.resolve("utf8"));
        Files.writeString(utf8.resolve(seed), text);
        Path legacy = Files.createDirectories(dir.resolve("legacy"));
        Files.write(legacy.resolve(seed), text.getBytes(java.nio.charset.Charset.forName("windows-1256")));

        CliRunner detected = buildStrict(legacy, dir.resolve("detected"));
        assertEquals(0, detected.exitCode(), "a warning is no skip for --strict: " + detected.err());
        assertEquals("comention: warning: " + legacy.resolve(seed)
                + ": not UTF-8, decoded as windows-1256 (detected); pass --encoding to choose", detected.err().strip());
        CliRunner given = buildStrict(legacy, dir.resolve("given"), "--encoding", "windows-1256");
        assertEquals(0, given.exitCode(), given.err());
        assertEquals("", given.err(), "told, not guessed: no warning");
        assertEquals(0, buildStrict(utf8, dir.resolve("original")).exitCode());
        List<String> mentions = Files.readAllLines(dir.resolve("original/mentions.csv"));
        assertTrue(mentions.size() > 20, mentions.toString());
        assertEquals(mentions, Files.readAllLines(dir.resolve("detected/mentions.csv")));
        assertEquals(mentions, Files.readAllLines(dir.resolve("given/mentions.csv")));
        assertTrue(Files.readString(dir.resolve("detected/run.json")).contains("\"inputs_skipped\" : 0"));
    }

    @Test
    void aDocumentOverMaxDocumentCharsIsSkippedAndCounted() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("long.txt"), "Blinken met Stoltenberg. ".repeat(100));
        Files.writeString(corpus.resolve("short.txt"), "Blinken met Stoltenberg.");
        CliRunner run = buildStrict(corpus, dir.resolve("out"), "--max-document-chars", "1000");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("comention: warning: " + corpus.resolve("long.txt")
                + ": 2,500 characters, over --max-document-chars 1,000; skipped"), run.err());
        assertTrue(run.err().contains("--strict: 1 input skipped"), run.err());
        assertEquals(0, buildStrict(corpus, dir.resolve("unbounded"), "--max-document-chars", "0").exitCode());
    }

    @Test
    void jsonLines() throws Exception {
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"بوتين وزيلينسكي\", \"lang\": \"ar\"}\n\n{\"id\": \"b\", \"text\": \"Kyiv\"}\n");
        List<String> mentions = build(jsonl);
        assertEquals(List.of("doc_id,entity_id,label,type,kind,surface,start,end,match,origin",
                "a,vladimir-putin,Vladimir Putin,PERSON,name,بوتين,0,5,exact,gazetteer",
                "a,volodymyr-zelenskyy,Volodymyr Zelenskyy,PERSON,name,وزيلينسكي,6,15,proclitic,gazetteer",
                "b,kyiv,Kyiv,GPE,name,Kyiv,0,4,exact,gazetteer"), mentions);
    }

    @Test
    void directoryIdsAreRelativePathsWithoutExtension() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/2024/june"));
        Files.writeString(corpus.resolve("one.txt"), "NATO");
        List<String> mentions = build(dir.resolve("corpus"));
        assertTrue(mentions.get(1).startsWith("2024/june/one,nato,"), mentions.toString());
    }

    @Test
    void userGazetteerAddsEntitiesAndOverridesBundledAliases() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("entities.csv"), "id,label,type,wikidata\nkaja-kallas-test,Kaja Kallas (test),PERSON,\n");
        Files.writeString(mine.resolve("aliases.csv"), "entity,lang,alias,kind\nkaja-kallas-test,ar,كايا كالاس,name\n");
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "قالت كايا كالاس");
        List<String> mentions = build(text, "--gazetteer", mine.toString());
        assertEquals("a,kaja-kallas-test,Kaja Kallas (test),PERSON,name,كايا كالاس,5,15,exact,gazetteer", mentions.get(1));
    }
}
