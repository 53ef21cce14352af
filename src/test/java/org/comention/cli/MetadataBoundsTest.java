package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, sections 3 and 4: no value of a document's metadata (id, lang, date) makes a run's
 * cost or its outputs grow out of proportion or stops it, and nothing in the input is lost unsaid.
 */
class MetadataBoundsTest {
    private static final String TEXT = "Putin met Biden in Moscow. Russia and Iran talked with China about Ukraine.";

    @TempDir
    Path dir;

    private static String json(String id, String text, String date, String lang) {
        StringBuilder s = new StringBuilder("{\"id\":\"").append(id).append("\",\"text\":\"").append(text).append('"');
        if (date != null) {
            s.append(",\"date\":\"").append(date).append('"');
        }
        if (lang != null) {
            s.append(",\"lang\":\"").append(lang).append('"');
        }
        return s.append('}').toString();
    }

    private Path jsonl(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private CliRunner build(Path input, String out, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--input", input.toString(), "--output",
                dir.resolve(out).toString()));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** The names of the documents_* edge columns of graph.graphml. */
    private Set<String> languageColumns(String out) throws Exception {
        String graphml = Files.readString(dir.resolve(out).resolve("graph.graphml"));
        Set<String> columns = new TreeSet<>();
        Matcher m = Pattern.compile("attr.name=\"documents_([^\"]+)\"").matcher(graphml);
        while (m.find()) {
            columns.add(m.group(1));
        }
        return columns;
    }

    @Test
    void aDateOutOfRangeIsDroppedWithAWarningNotTheRun() throws Exception {
        Path input = jsonl("dates.jsonl", List.of(
                json("a", TEXT, "2024-01-02", "en"),
                json("b", TEXT, "+999999999-12-31T23:59:59Z", "en"),
                json("c", TEXT, "-000001-01-01", "en"),
                json("d", TEXT, "2024-13-45", "en"),
                json("e", TEXT, "2024-02-03", "en")));
        CliRunner run = build(input, "out");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("document 'b': date '+999999999-12-31T23:59:59Z' is not a date comention reads (ISO 8601, RFC 1123, a day, month name and year, or --date-format) from "
                + "0001-01-01 to 9999-12-31; counted as undated"), run.err());
        assertTrue(run.err().contains("document 'd': date '2024-13-45'"), run.err());
        assertTrue(run.out().contains("3 dates not read, counted as undated"), run.out());
        String record = Files.readString(dir.resolve("out/run.json"));
        assertTrue(record.contains("\"dates_dropped\" : 3"), record);
        String gexf = Files.readString(dir.resolve("out/graph.gexf"));
        assertFalse(gexf.contains("999999999"), "the dropped date is in no output");
        assertTrue(gexf.contains("2024-02-03"), "the good dates still slice the graph");
    }

    @Test
    void manyDatesDroppedAreWarnedOfByTheFirstTenThenCounted() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lines.add(json("d" + i, TEXT, "yesterday " + i, null));
        }
        CliRunner run = build(jsonl("undated.jsonl", lines), "out");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(CorpusOptions.METADATA_WARNINGS, run.err().lines().filter(l -> l.contains("counted as undated")
                && l.contains("document '")).count(), run.err());
        assertTrue(run.err().contains("15 more documents had a date that is not one; counted as undated"), run.err());
    }

    @Test
    void thousandsOfDistinctLanguagesKeepTheOutputsSmall() throws Exception {
        List<String> lines = new ArrayList<>();
        // junk that is no language tag, then tags of real languages past the bound
        for (int i = 0; i < 300; i++) {
            lines.add(json("j" + i, TEXT, null, "lang-" + i + "-x"));
        }
        String[] codes = com.ibm.icu.util.ULocale.getISOLanguages();
        for (int i = 0; i < 100; i++) {
            lines.add(json("v" + i, TEXT, null, codes[i].toUpperCase(java.util.Locale.ROOT) + "-XX"));
        }
        CliRunner run = build(jsonl("langs.jsonl", lines), "out");
        assertEquals(0, run.exitCode(), run.err());
        Set<String> columns = languageColumns("out");
        assertTrue(columns.size() <= 32 + 2, columns.toString());
        assertTrue(columns.contains("und") && columns.contains("other"), columns.toString());
        assertFalse(columns.stream().anyMatch(c -> c.contains("-") || !c.equals(c.toLowerCase(java.util.Locale.ROOT))),
                "only primary subtags, in lower case: " + columns);
        assertTrue(run.err().contains("lang 'lang-0-x' is not a BCP 47 tag of a known language; counted as 'und'"), run.err());
        assertTrue(run.err().contains("290 more documents had a lang that is not one"), run.err());
        assertTrue(run.err().contains("68 documents of languages after the first 32 counted as 'other'"), run.err());
        String record = Files.readString(dir.resolve("out/run.json"));
        assertTrue(record.contains("\"languages_undetermined\" : 300") && record.contains("\"languages_folded\" : 68"), record);
        long graphBytes = Files.size(dir.resolve("out/graph.graphml")) + Files.size(dir.resolve("out/graph.gexf"));
        assertTrue(graphBytes < 200_000, "graph files of " + graphBytes + " bytes for 400 short documents");
    }

    @Test
    void theSameLanguageWrittenAnyWayCountsOnce() throws Exception {
        Path input = jsonl("same.jsonl", List.of(json("a", TEXT, null, "ar"), json("b", TEXT, null, "AR"),
                json("c", TEXT, null, "ar-SA"), json("d", TEXT, null, "ar_EG"), json("e", TEXT, null, "ara"),
                json("f", TEXT, null, "per"), json("g", TEXT, null, "fa-IR")));
        CliRunner run = build(input, "out");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Set.of("ar", "fa"), languageColumns("out"));
        assertFalse(run.err().contains("warning"), run.err());
    }

    @Test
    void aMonstrousIdIsCutAndTheOutputsStaySmall() throws Exception {
        String longId = "x".repeat(200_000);
        Path input = jsonl("ids.jsonl", List.of(json(longId, TEXT, null, null), json(longId + "y", TEXT, null, null),
                json("short", TEXT, null, null)));
        CliRunner run = build(input, "out");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("ids.jsonl:1: document id of 200,000 characters cut to 512"), run.err());
        assertTrue(run.err().contains("ids.jsonl:2: document id of 200,001 characters cut to 512"), run.err());
        Path same = jsonl("short.jsonl", List.of(json("x1", TEXT, null, null), json("x2", TEXT, null, null),
                json("short", TEXT, null, null)));
        assertEquals(0, build(same, "short").exitCode());
        long total = size(dir.resolve("out"));
        long withShortIds = size(dir.resolve("short"));
        // each of the two ids is written some 150 times: in the edges' samples (graph.graphml, graph.gexf, and
        // graph.json's three views of each edge), mentions.csv, documents.csv and report.html
        assertTrue(total < withShortIds + 2 * 200 * 512, "outputs of " + total + " bytes, " + withShortIds + " with short ids");
        String mentions = Files.readString(dir.resolve("out/mentions.csv"));
        // both long ids stay apart: their cut forms differ in the hash
        assertEquals(3, mentions.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count(), mentions);
    }

    private static long size(Path directory) throws Exception {
        long total = 0;
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
        }
        return total;
    }

    @Test
    void tooManyThreadsAreCappedWithOneWarning() throws Exception {
        Path input = jsonl("few.jsonl", List.of(json("a", TEXT, null, null), json("b", TEXT, null, null)));
        CliRunner run = build(input, "out", "--threads", "100000");
        assertEquals(0, run.exitCode(), run.err());
        int cores = Runtime.getRuntime().availableProcessors();
        int bound = Math.max(CorpusOptions.MIN_THREAD_BOUND, CorpusOptions.MAX_THREADS_PER_CORE * cores);
        assertEquals(1, run.err().lines().filter(l -> l.contains("--threads 100,000: using " + bound)).count(), run.err());
    }

    @Test
    void aJsonLineWithTwoObjectsOrTrailingGarbageIsReportedAndSkipped() throws Exception {
        Path input = jsonl("two.jsonl", List.of(
                json("a", TEXT, null, null) + json("b", TEXT, null, null),
                json("c", TEXT, null, null) + " garbage",
                json("d", TEXT, null, null) + "   ",
                json("e", TEXT, null, null)));
        CliRunner run = build(input, "out");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("two.jsonl:1: more than one JSON value on the line"), run.err());
        assertTrue(run.err().contains("two.jsonl:2: not JSON"), run.err());
        assertTrue(run.out().contains("2 documents") && run.out().contains("skipped 2 inputs"), run.out());
    }

    @Test
    void aCsvMixingUtf8AndWindows1256RowsReadsEachRowRight() throws Exception {
        String[] texts = {"روسيا وإيران وقعتا اتفاقا مع الصين في موسكو.", "بوتين التقى أردوغان في أنقرة لبحث ملف سوريا.",
            "الصين وروسيا وإيران في طهران.", "روسيا وإيران وقعتا اتفاقا مع الصين في موسكو."};
        Charset cp1256 = Charset.forName("windows-1256");
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        mixed.writeBytes("id,text\n".getBytes(StandardCharsets.US_ASCII));
        utf8.writeBytes("id,text\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < texts.length; i++) {
            String row = "a" + i + ",\"" + texts[i] + "\"\n";
            mixed.writeBytes(row.getBytes(i % 2 == 0 ? cp1256 : StandardCharsets.UTF_8));
            utf8.writeBytes(row.getBytes(StandardCharsets.UTF_8));
        }
        Path mixedFile = Files.write(dir.resolve("mixed.csv"), mixed.toByteArray());
        Path utf8File = Files.write(dir.resolve("clean.csv"), utf8.toByteArray());
        CliRunner run = build(mixedFile, "mixed");
        CliRunner clean = build(utf8File, "clean");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("2 lines decoded as windows-1256 (detected), 2 lines that are valid UTF-8 as UTF-8"),
                run.err());
        assertEquals(Files.readString(dir.resolve("clean/mentions.csv")), Files.readString(dir.resolve("mixed/mentions.csv")));
        assertEquals(0, clean.exitCode(), clean.err());
    }

    @Test
    void noLimitMeansNoHiddenJacksonLimit() throws Exception {
        // Jackson's default bound on a string is 20,000,000 characters
        String text = TEXT + " " + "a".repeat(20_000_100);
        Path input = jsonl("big.jsonl", List.of(json("big", text, null, null)));
        CliRunner run = build(input, "out", "--max-document-chars", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("not JSON"), run.err());
        assertTrue(run.out().contains("1 document, ") && run.out().contains("skipped none"), run.out());
    }
}
