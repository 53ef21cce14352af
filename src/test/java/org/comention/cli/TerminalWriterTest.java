package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing printed can drive the terminal: escape sequences from file names, ids and labels come
 * out as {@code \}{@code u001b} text, on stdout and stderr, while line ends, tabs, letters of every
 * script and the progress line's own carriage returns pass as they are.
 */
class TerminalWriterTest {
    @TempDir
    Path dir;

    private static String printed(String text) {
        StringWriter out = new StringWriter();
        PrintWriter terminal = TerminalWriter.of(new PrintWriter(out));
        terminal.print(text);
        terminal.flush();
        return out.toString();
    }

    @Test
    void controlsAreEscaped() {
        assertEquals("\\u001b]0;pwned\\u0007 \\u001b[2J", printed("\u001b]0;pwned\u0007 \u001b[2J"));
        assertEquals("a\\u0000b\\u007f\\u009b2J", printed("a\u0000b\u007f\u009b2J"));
        assertEquals("x\\u000dy", printed("x\ry"), "a lone carriage return could overwrite the line");
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreEscaped() {
        assertEquals("exe.\\u202etxt \\u2066x\\u2069", printed("exe.\u202etxt \u2066x\u2069"));
        assertEquals("\\ud800?", printed("\ud800?"));
    }

    @Test
    void ordinaryTextPassesAsItIs() {
        String text = "NATO\t\u0646\u0627\u062a\u0648 \u200f\ud83d\ude00 \u00e9\r\nnext\n";
        assertEquals(text, printed(text));
    }

    @Test
    void wrappingTwiceEscapesOnce() {
        StringWriter out = new StringWriter();
        PrintWriter once = TerminalWriter.of(new PrintWriter(out));
        PrintWriter twice = TerminalWriter.of(once);
        twice.print("\u001b");
        twice.flush();
        assertEquals("\\u001b", out.toString());
    }

    @Test
    void theProgressLineKeepsItsCarriageReturns() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong(0);
        try (Progress progress = new Progress(new PrintWriter(text), false, true, now::get)) {
            progress.startReading();
            progress.meter().expect(100);
            now.set(6_000_000_000L);
            progress.tick();
        }
        assertTrue(text.toString().startsWith("\rreading ["), text.toString());
        assertFalse(text.toString().contains("\\u000d"), text.toString());
    }

    @Test
    void aFileNameWithAnEscapeSequenceIsPrintedEscaped() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("ok.txt"), "NATO and Ukraine met in Brussels.", StandardCharsets.UTF_8);
        Files.write(input.resolve("\u001b]0;pwned\u0007\u001b[2J.txt"), new byte[] {0, 1, 2, 0, 0, 0, 7, 0});
        CliRunner run = CliRunner.run("build", "--input", input.toString(), "--output", dir.resolve("out").toString());
        assertFalse(run.err().contains("\u001b") || run.out().contains("\u001b"), run.err());
        assertTrue(run.err().contains("\\u001b]0;pwned\\u0007\\u001b[2J"), run.err());
    }

    @Test
    void rankPrintsAControlInALabelEscaped() throws Exception {
        Path graph = dir.resolve("g.graphml");
        // U+009B is CSI, a one-char escape sequence start that XML 1.0 allows
        Files.writeString(graph, """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="label">\u009b2Jevil</data></node>
                    <node id="b"><data key="label">b</data></node>
                    <edge source="a" target="b"><data key="weight">1</data></edge>
                  </graph>
                </graphml>
                """, StandardCharsets.UTF_8);
        CliRunner run = CliRunner.run("rank", graph.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u009b"), run.out());
        assertTrue(run.out().contains("\\u009b2Jevil"), run.out());
        // escaped before the column is padded: both rows as long, their columns under one another
        List<String> rows = run.out().lines().filter(line -> line.matches("\\s+[12]  .*")).toList();
        assertEquals(2, rows.size(), run.out());
        assertEquals(rows.get(0).length(), rows.get(1).length(), run.out());
    }
}
