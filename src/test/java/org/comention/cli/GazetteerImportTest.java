package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.comention.entity.Entity;
import org.comention.entity.EntityType;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code comention gazetteer import} on fixtures in the real formats of the Wikidata dump and of SPARQL results. */
class GazetteerImportTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/wikidata");
    private static final List<String> ENTITIES = List.of("id,label,type,wikidata",
            "gerhard-schroder,Gerhard Schröder,PERSON,Q2530",
            "germany,Germany,GPE,Q183",
            "leipzig,Leipzig,GPE,Q2079",
            "nato,NATO,ORG,Q7184");

    @TempDir
    Path dir;

    private CliRunner importing(Path input, Path output, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "gazetteer";
        args[1] = "import";
        args[2] = "-o";
        args[3] = output.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        args[args.length - 1] = input.toString();
        return CliRunner.run(args);
    }

    @Test
    void theStandardDumpPlainOrGzipAndAnExtractGiveTheSameTables() throws Exception {
        CliRunner plain = importing(FIXTURES.resolve("latest-all.json"), dir.resolve("plain"));
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(ENTITIES, Files.readAllLines(dir.resolve("plain/entities.csv")));
        // the malformed line is reported with file and line, once, and skipped; the property is no problem
        assertEquals(List.of("comention: " + FIXTURES.resolve("latest-all.json") + ":7: malformed JSON: "),
                plain.err().lines().map(l -> l.replaceAll("JSON: .*", "JSON: ")).toList(), plain.err());
        assertTrue(plain.out().startsWith("8 entities read, 4 written with "), plain.out());
        assertTrue(plain.out().contains("1 malformed, 1 no English Wikipedia article, 1 no mapped P31 class, "
                + "1 not an item (a property or lexeme)"), plain.out());
        List<String> aliases = Files.readAllLines(dir.resolve("plain/aliases.csv"));
        assertEquals("entity,lang,alias,kind", aliases.get(0));
        assertTrue(aliases.contains("gerhard-schroder,fa,گرهارد شرودر,name"), aliases.toString());
        assertTrue(aliases.contains("nato,ar,الناتو,name"), aliases.toString());
        assertFalse(aliases.stream().anyMatch(a -> a.contains("Deutschland")), "German is not a chosen language");

        for (String other : List.of("latest-all.json.gz", "extract.ndjson")) {
            Path out = dir.resolve(other);
            CliRunner run = importing(FIXTURES.resolve(other), out);
            assertEquals(0, run.exitCode(), run.err());
            for (String table : List.of("entities.csv", "aliases.csv")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("plain").resolve(table)), Files.readAllBytes(out.resolve(table)),
                        other + " " + table);
            }
        }
    }

    @Test
    void theTablesLoadBesideTheBundledGazetteerAndPassTheCheck() throws Exception {
        Path out = dir.resolve("imported");
        assertEquals(0, importing(FIXTURES.resolve("latest-all.json.gz"), out).exitCode());
        Gazetteer gazetteer = GazetteerReader.readWithBundled(List.of(out));
        Entity schroder = gazetteer.entity(gazetteer.indexOf("gerhard-schroder"));
        assertEquals(new Entity("gerhard-schroder", "Gerhard Schröder", EntityType.PERSON, "Q2530"), schroder);
        CliRunner check = CliRunner.run("gazetteer", "check", out.toString());
        assertEquals(0, check.exitCode(), check.out());
        assertTrue(check.out().strip().endsWith("; 0 problems"), check.out());
    }

    @Test
    void buildFindsAnImportedEntity() throws Exception {
        Path out = dir.resolve("imported");
        assertEquals(0, importing(FIXTURES.resolve("latest-all.json"), out).exitCode());
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "قال غيرهارد شرودر في لايبزيغ");
        CliRunner build = CliRunner.run("build", "--input=" + text, "--output=" + dir.resolve("graph"), "--quiet",
                "--min-weight=1", "--gazetteer", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        List<String> mentions = Files.readAllLines(dir.resolve("graph/mentions.csv"));
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith("a,gerhard-schroder,Gerhard Schröder,PERSON,name,غيرهارد شرودر,")),
                mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.contains(",leipzig,")), mentions.toString());
    }

    @Test
    void sparqlCsvAndJsonResultsGiveTheSameTables() throws Exception {
        CliRunner csv = importing(FIXTURES.resolve("query.csv"), dir.resolve("csv"));
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(List.of("id,label,type,wikidata", "gerhard-schroder,Gerhard Schröder,PERSON,Q2530", "leipzig,Leipzig,GPE,Q2079"),
                Files.readAllLines(dir.resolve("csv/entities.csv")));
        assertEquals(List.of("entity,lang,alias,kind", "gerhard-schroder,ar,غيرهارد شرودر,name",
                        "gerhard-schroder,en,Gerhard Schröder,name", "gerhard-schroder,fa,گرهارد شرودر,name",
                        "gerhard-schroder,ru,Герхард Шрёдер,name", "leipzig,ar,لايبزيغ,name", "leipzig,en,Leipzig,name"),
                Files.readAllLines(dir.resolve("csv/aliases.csv")));
        assertTrue(csv.oneLineError() && csv.err().contains("query.csv: line 8: item is not a Wikidata item"), csv.err());

        CliRunner json = importing(FIXTURES.resolve("query.json"), dir.resolve("json"));
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.oneLineError() && json.err().contains("query.json: binding 7: item is not"), json.err());
        for (String table : List.of("entities.csv", "aliases.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("csv").resolve(table)), Files.readAllBytes(dir.resolve("json").resolve(table)));
        }
    }

    @Test
    void languagesChooseTheNames() throws Exception {
        CliRunner run = importing(FIXTURES.resolve("latest-all.json"), dir.resolve("de"), "--languages=de");
        assertEquals(0, run.exitCode(), run.err());
        List<String> aliases = Files.readAllLines(dir.resolve("de/aliases.csv"));
        assertTrue(aliases.contains("germany,de,Deutschland,name"), aliases.toString());
        assertTrue(aliases.stream().skip(1).allMatch(a -> a.split(",")[1].equals("de")), aliases.toString());
    }

    @Test
    void hostileLinesAreReportedOnOneLineAndSkipped() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"language\":\"en\",\"value\":\"Name number ").append(i).append('"').append('}');
        }
        String person = "\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q5\"}}}}]}";
        Path dump = dir.resolve("hostile.json");
        Files.write(dump, String.join("\n",
                "[",
                "{\"type\":\"item\",\"id\":\"Q1\",\"sitelinks\":{\"enwiki\":{\"title\":\"Many Names\"}},\"aliases\":{\"en\":[" + many + "]},"
                        + person + "},",
                "{\"type\":\"item\",\"id\":\"Q3\",\"sitelinks\":{\"enwiki\":{\"title\":\"Bad\\u0007Title\"}}," + person + "},",
                "{\"type\":\"item\",\"id\":\"Q4\"}{\"type\":\"item\",\"id\":\"Q5\"},",
                "{\"type\":\"item\",\"id\":\"Q6; rm -rf /\",\"labels\":{}},",
                "\u0000\u0000\u0000{\u00ff\u00fe",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
                "{\"type\":\"item\",\"id\":\"Q7\",\"labels\":{\"en\":{\"value\":\"" + "x".repeat(5000) + "\"}},"
                        + "\"sitelinks\":{\"enwiki\":{\"title\":\"Long Name\"}}," + person + "}",
                "]", "").getBytes(StandardCharsets.UTF_8));
        CliRunner run = importing(dump, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        List<String> errors = run.err().lines().toList();
        assertEquals(5, errors.size(), run.err());
        for (int i = 0; i < errors.size(); i++) {
            String line = errors.get(i);
            assertTrue(line.startsWith("comention: " + dump + ":") && !line.contains("Exception") && !line.contains("\tat "), line);
        }
        assertTrue(errors.get(0).contains(":3: not a Wikipedia title"), errors.get(0));
        assertTrue(errors.get(1).contains(":4: not one JSON object"), errors.get(1));
        assertTrue(errors.get(2).contains(":5: not an item id"), errors.get(2));
        List<String> entities = Files.readAllLines(dir.resolve("out/entities.csv"));
        // the long label is no alias, so its entity has no name and is left out
        assertEquals(List.of("id,label,type,wikidata", "many-names,Many Names,PERSON,Q1"), entities);
        assertEquals(1 + org.comention.entity.GazetteerImport.MAX_NAMES_PER_ENTITY,
                Files.readAllLines(dir.resolve("out/aliases.csv")).size());
    }

    @Test
    void brokenFilesAreOneLineErrors() throws Exception {
        Path bz2 = dir.resolve("latest-all.json.bz2");
        Files.write(bz2, "BZh91AY&SY".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner bzip = importing(bz2, dir.resolve("out"));
        assertEquals(1, bzip.exitCode());
        assertTrue(bzip.oneLineError() && bzip.err().contains("lbzip2 -dc"), bzip.err());

        byte[] gz = Files.readAllBytes(FIXTURES.resolve("latest-all.json.gz"));
        Path truncated = dir.resolve("truncated.json.gz");
        Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));
        CliRunner cut = importing(truncated, dir.resolve("out"));
        assertEquals(1, cut.exitCode());
        assertTrue(cut.oneLineError() && cut.err().contains("truncated.json.gz: corrupt or truncated"), cut.err());
        assertFalse(Files.exists(dir.resolve("out/entities.csv")), "nothing is written from a broken file");

        CliRunner missing = importing(dir.resolve("nothing.json"), dir.resolve("out"));
        assertEquals(1, missing.exitCode());
        assertTrue(missing.oneLineError(), missing.err());

        Path notSparql = dir.resolve("other.json");
        Files.writeString(notSparql, "{\"head\":{},\"other\":[]}");
        CliRunner other = importing(notSparql, dir.resolve("out"));
        assertEquals(1, other.exitCode());
        assertTrue(other.oneLineError() && other.err().contains("not a SPARQL JSON result"), other.err());
    }

    @Test
    void anEmptyGzipIsAnEmptyGazetteer() throws Exception {
        Path empty = dir.resolve("empty.json.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(empty))) {
            out.write("[\n]\n".getBytes(StandardCharsets.UTF_8));
        }
        CliRunner run = importing(empty, dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("id,label,type,wikidata"), Files.readAllLines(dir.resolve("out/entities.csv")));
    }

    @Test
    void theFormatCanBeGiven() throws Exception {
        CliRunner run = importing(FIXTURES.resolve("query.csv"), dir.resolve("csv"), "--format", "sparql");
        assertEquals(0, run.exitCode(), run.err());
        CliRunner wrong = importing(FIXTURES.resolve("query.csv"), dir.resolve("dump"), "--format", "dump");
        assertEquals(0, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().lines().allMatch(l -> l.matches("comention: .*query\\.csv:[0-9]+: malformed JSON: .*")), wrong.err());
        CliRunner bad = importing(FIXTURES.resolve("query.csv"), dir.resolve("x"), "--format", "xml");
        assertEquals(1, bad.exitCode());
    }

    @Test
    void aFullDiskLeavesThePreviousTablesAsTheyWere() throws Exception {
        byte[] dump = Files.readAllBytes(FIXTURES.resolve("latest-all.json"));
        int block = 128;
        long inputBlocks = (dump.length + block - 1) / block;
        com.google.common.jimfs.Configuration small = com.google.common.jimfs.Configuration.unix().toBuilder()
                .setBlockSize(block).setMaxSize((inputBlocks + 12) * block).build();
        try (java.nio.file.FileSystem disk = com.google.common.jimfs.Jimfs.newFileSystem(small)) {
            Files.write(disk.getPath("/dump.json"), dump);
            java.io.StringWriter err = new java.io.StringWriter();
            int first = Main.run(new String[] {"gazetteer", "import", "--quiet", "--languages=en", "-o", "/out", "/dump.json"},
                    new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true), disk);
            assertEquals(0, first, err.toString());
            java.util.Map<String, byte[]> before = TestRuns.contents(disk.getPath("/out"));

            java.io.StringWriter err2 = new java.io.StringWriter();
            int second = Main.run(new String[] {"gazetteer", "import", "--quiet", "-o", "/out", "/dump.json"},
                    new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err2, true), disk);
            assertEquals(1, second, err2.toString());
            List<String> lines = err2.toString().lines().toList();
            // the malformed line's warning, then the one line of the failure
            assertEquals(2, lines.size(), err2.toString());
            assertTrue(lines.get(1).startsWith("comention: /out/") && lines.get(1).endsWith("the previous tables in /out are unchanged")
                    && !lines.get(1).contains("Exception"), lines.get(1));
            java.util.Map<String, byte[]> after = TestRuns.contents(disk.getPath("/out"));
            assertEquals(before.keySet(), after.keySet(), "no temporary file left");
            before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        }
    }

    @Test
    void anOutputThatIsAFileIsOneLineBeforeAnythingIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "not a directory");
        CliRunner run = importing(FIXTURES.resolve("latest-all.json"), file);
        assertEquals(1, run.exitCode());
        // the malformed line of the dump is not reported: the dump was never read
        assertTrue(run.oneLineError() && run.err().contains("exists and is not a directory"), run.err());
    }

    @Test
    void hostileSparqlResultsAreOneLine() throws Exception {
        Path badUtf8 = dir.resolve("bad.csv");
        Files.write(badUtf8, "item,article,class,name,lang\nQ1,https://en.wikipedia.org/wiki/A,Q5,\u00ff\u00fe,en\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"head\":{},\"results\":{\"bindings\":[" + "[".repeat(5000) + "]}}");
        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, "item,article,class,name,lang\nQ1,\"https://en.wikipedia.org/wiki/A,Q5,A,en\n");
        for (Path input : List.of(badUtf8, deep, unclosed)) {
            CliRunner run = importing(input, dir.resolve("out"));
            assertEquals(1, run.exitCode(), input + ": " + run.err());
            assertTrue(run.oneLineError() && run.err().contains(input.getFileName().toString()), run.err());
            assertFalse(Files.exists(dir.resolve("out/entities.csv")), input.toString());
        }
    }
}
