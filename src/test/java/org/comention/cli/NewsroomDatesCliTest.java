package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, section 2: dates as newsrooms write them reach the outputs as ISO days, and nothing unread does. */
class NewsroomDatesCliTest {
    private static final String TEXT = "Putin met Biden in Moscow. Russia and Iran talked with China about Ukraine.";

    @TempDir
    Path dir;

    private CliRunner build(Path input, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--input", input.toString(), "--output",
                dir.resolve("out").toString()));
        args.addAll(List.of(options));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private Path jsonl(String... dates) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            lines.add("{\"id\":\"d" + i + "\",\"text\":\"" + TEXT + "\"" + (dates[i] == null ? "" : ",\"date\":\"" + dates[i] + "\"") + "}");
        }
        return Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void newsroomDatesBecomeIsoDaysInEveryOutput() throws Exception {
        CliRunner run = build(jsonl("Tue, 02 Jul 2024 10:00:00 GMT", "۱۲ تیر ۱۴۰۳", "2 juillet 2024", "1 August 2024"),
                "--time-slice", "day");
        assertEquals(0, run.exitCode(), run.err());
        String graphml = Files.readString(dir.resolve("out/graph.graphml"));
        assertTrue(graphml.contains(">2024-07-02<"), graphml);
        assertTrue(graphml.contains(">2024-08-01<"), graphml);
        String gexf = Files.readString(dir.resolve("out/graph.gexf"));
        assertTrue(gexf.contains("start=\"2024-07-02\""), gexf);
        for (String raw : new String[] {"Jul 2024", "تیر", "juillet", "August"}) {
            assertFalse(graphml.contains(raw) || gexf.contains(raw), raw + " written as a date");
        }
        assertFalse(run.err().contains("counted as undated"), run.err());
    }

    @Test
    void anAmbiguousDateIsUndatedWithAHintUntilDateFormatSaysWhich() throws Exception {
        Path input = jsonl("07/02/2024", "2024-02-10");
        CliRunner run = build(input);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("document 'd0': date '07/02/2024' is a day in either day/month order; counted as "
                + "undated (say which with --date-format, e.g. dd/MM/yyyy)"), run.err());
        assertFalse(Files.readString(dir.resolve("out/graph.graphml")).contains("07/02/2024"));

        CliRunner dayFirst = build(input, "--date-format", "dd/MM/yyyy", "--time-slice", "day");
        assertEquals(0, dayFirst.exitCode(), dayFirst.err());
        assertFalse(dayFirst.err().contains("counted as undated"), dayFirst.err());
        assertTrue(Files.readString(dir.resolve("out/graph.gexf")).contains("start=\"2024-02-07\""));
    }

    @Test
    void undatedDocumentsAmongDatedOnesAreCountedInOneWarning() throws Exception {
        CliRunner run = build(jsonl("2024-02-10", null, null));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("had no date")).count(), run.err());
        assertTrue(run.err().contains("2 documents of 3 had no date: counted in the graph, in no time slice"), run.err());
    }

    @Test
    void aDateFormatThatIsNoneIsOneLineAndExitOne() throws Exception {
        CliRunner run = build(jsonl("2024-02-10"), "--date-format", "MM/yyyy");
        assertEquals(1, run.exitCode());
        assertEquals("comention: --date-format: 'MM/yyyy' does not read a day, month and year", run.err().strip());
    }

    @Test
    void aDateColumnMissingFromTheCsvHeaderIsAnErrorNamingFileAndLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"), "id,text,date\na,\"" + TEXT + "\",2024-01-01\n");
        CliRunner run = build(csv, "--date-column", "published");
        assertEquals(1, run.exitCode());
        assertEquals("comention: " + csv + ":1: no column 'published' in the header [id, text, date], which the command "
                + "line names", run.err().strip());
        assertEquals(0, build(csv).exitCode(), "the default date column may be missing");
    }

    @Test
    void aDateFieldNoJsonlDocumentHasIsAnError() throws Exception {
        Path input = jsonl("2024-02-10");
        CliRunner run = build(input, "--date-column", "published");
        assertEquals(1, run.exitCode());
        assertEquals("comention: " + input + ": no document has a 'published' field, which --date-column names",
                run.err().strip());
    }
}
