package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCheckTest {
    @TempDir
    Path dir;

    @Test
    void theBundledGazetteerHasNoProblem() {
        CliRunner run = CliRunner.run("gazetteer", "check");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)[0-9,]+ entities \\{GPE=\\d+, LOC=\\d+, ORG=\\d+, PERSON=\\d+}; .*; 0 problems\\s*"), run.out());
    }

    @Test
    void listsEveryProblemWithFileAndLine() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("entities.csv"), String.join("\n",
                "id,label,type,wikidata",
                "a,Alpha,PERSON,",
                "a,Alpha again,PERSON,",          // line 3: duplicate id
                "b,Beta,PLANET,",                 // line 4: unknown type
                "c,Gamma,ORG,",
                "d,Delta,GPE,", ""));
        Files.writeString(mine.resolve("aliases.csv"), String.join("\n",
                "entity,lang,alias,kind",
                "a,ar,بلينكن,name",
                "c,fa,بلینکن,name",               // line 3: the same name after normalisation
                "x,en,Nobody,name",               // line 4: unknown entity
                "c,en,?!,name",                   // line 5: no letters
                "c,ar,\u064B\u0651\u200F,name",     // line 6: tashkeel and a bidi mark: nothing after normalisation
                "c,en,Gamma,name", ""));
        CliRunner run = CliRunner.run("gazetteer", "check", "--no-bundled", mine.toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("entities.csv:3") && l.contains("duplicate entity id 'a'")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("entities.csv:4") && l.contains("type")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("aliases.csv:3") && l.contains("gives it to a")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("aliases.csv:4") && l.contains("unknown entity 'x'")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("aliases.csv:5") && l.contains("no letters")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("aliases.csv:6") && l.contains("no letters")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("entity d has no name alias")), run.out());
        assertTrue(lines.get(lines.size() - 1).endsWith("; 7 problems"), run.out());
    }
}
