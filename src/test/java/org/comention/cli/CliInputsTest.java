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
        assertTrue(mentions.contains("k1,jens-stoltenberg,Jens Stoltenberg,PERSON,name,ستولتنبرغ,0,9,exact"), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith("k1,nato,")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith("k2,prague,")), mentions.toString());
    }

    @Test
    void jsonLines() throws Exception {
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"بوتين وزيلينسكي\", \"lang\": \"ar\"}\n\n{\"id\": \"b\", \"text\": \"Kyiv\"}\n");
        List<String> mentions = build(jsonl);
        assertEquals(List.of("doc_id,entity_id,label,type,kind,surface,start,end,match",
                "a,vladimir-putin,Vladimir Putin,PERSON,name,بوتين,0,5,exact",
                "a,volodymyr-zelenskyy,Volodymyr Zelenskyy,PERSON,name,وزيلينسكي,6,15,proclitic",
                "b,kyiv,Kyiv,GPE,name,Kyiv,0,4,exact"), mentions);
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
        assertEquals("a,kaja-kallas-test,Kaja Kallas (test),PERSON,name,كايا كالاس,5,15,exact", mentions.get(1));
    }
}
