package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The exact text of the progress bar and lines, on a clock set by hand. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final StringWriter text = new StringWriter();

    private Progress progress(boolean terminal, boolean quiet) {
        Progress progress = new Progress(new PrintWriter(text), quiet, terminal, now::get);
        progress.startReading();
        return progress;
    }

    private void at(double seconds) {
        now.set(1_000 * SECOND + Math.round(seconds * SECOND));
    }

    /** What was written since the last call. */
    private String written() {
        String s = text.toString();
        text.getBuffer().setLength(0);
        return s;
    }

    @Test
    void barShowsShareSizesRateDocumentsAndEta() {
        // 221.4 of 460 MB in 18 s: 12.3 MB/s, 238.6 MB to go at that rate is 19.4 s, shown rounded up
        String bar = Progress.readBar(221_400_000, 460_000_000, 21_480, 18 * SECOND);
        assertEquals("reading [======>      ]  48%  221.4/460.0 MB   12.3 MB/s  21,480 docs  ETA 0:20", bar);
        assertEquals(Progress.WIDTH, bar.length());
    }

    @Test
    void barIsEmptyAtTheStartAndFullAtTheEnd() {
        assertEquals("reading [>                   ]   0%   0.0/50.0 MB    0.0 MB/s  0 docs  ETA -:--",
                Progress.readBar(0, 50_000_000, 0, 6 * SECOND));
        assertEquals("reading [=====================] 100%  50.0/50.0 MB    5.0 MB/s  1 doc  ETA 0:00",
                Progress.readBar(50_000_000, 50_000_000, 1, 10 * SECOND));
    }

    @Test
    void anEmptyInputIsAllRead() {
        assertEquals("reading [======================] 100%  0.0/0.0 MB    0.0 MB/s  0 docs  ETA 0:00",
                Progress.readBar(0, 0, 0, 6 * SECOND));
    }

    @Test
    void withoutATotalThereIsNoBarNoShareAndNoEta() {
        assertEquals("reading 221.4 MB   12.3 MB/s  21,480 docs  elapsed 0:18",
                Progress.readBar(221_400_000, -1, 21_480, 18 * SECOND));
        assertEquals("reading 221.4 MB  12.3 MB/s  21,480 docs  elapsed 0:18",
                Progress.readLine(221_400_000, -1, 21_480, 18 * SECOND, false));
    }

    @Test
    void anImportCountsEntities() {
        assertEquals("read 460.0 MB  12.4 MB/s  43,000 entities  in 0:37",
                Progress.readLine(460_000_000, 460_000_000, 43_000, "entity", 37 * SECOND, true));
        assertEquals("reading 1.0 MB  0.1 MB/s  1 entity  elapsed 0:10",
                Progress.readLine(1_000_000, -1, 1, "entity", 10 * SECOND, false));
    }

    @Test
    void plainLineHasTheFiguresOfTheBar() {
        assertEquals("reading 48%  221.4/460.0 MB  12.3 MB/s  21,480 docs  ETA 0:20",
                Progress.readLine(221_400_000, 460_000_000, 21_480, 18 * SECOND, false));
        assertEquals("read 460.0 MB  12.4 MB/s  43,000 docs  in 0:37",
                Progress.readLine(460_000_000, 460_000_000, 43_000, 37 * SECOND, true));
    }

    @Test
    void largeInputsAreInGigabytesAndLongEtasInHours() {
        assertEquals("reading 2%  1.00/50.00 GB  10.0 MB/s  12 docs  ETA 1:21:40",
                Progress.readLine(1_000_000_000, 50_000_000_000L, 12, 100 * SECOND, false));
        assertEquals("0:07", Progress.clock(7));
        assertEquals("12:34", Progress.clock(754));
        assertEquals("1:02:03", Progress.clock(3723));
    }

    @Test
    void logsGetALineEveryIntervalThenOneAPhase() {
        Progress progress = progress(false, false);
        progress.meter().expect(100_000_000);
        progress.meter().consumed(20_000_000);
        progress.update(1_000);
        at(4.9);
        progress.tick();
        assertEquals("", written());
        at(5);
        progress.tick();
        assertEquals("reading 20%  20.0/100.0 MB  4.0 MB/s  1,000 docs  ETA 0:20" + System.lineSeparator(), written());
        at(9);
        progress.tick();
        assertEquals("", written());
        progress.meter().consumed(80_000_000);
        progress.update(5_000);
        at(10);
        progress.tick();
        assertEquals("reading 100%  100.0/100.0 MB  10.0 MB/s  5,000 docs  ETA 0:00" + System.lineSeparator(), written());
        at(12);
        progress.phase("building graph");
        assertEquals("read 100.0 MB  8.3 MB/s  5,000 docs  in 0:12" + System.lineSeparator()
                + "building graph  elapsed 0:12" + System.lineSeparator(), written());
        at(30);
        progress.tick();
        assertEquals("", written());
        progress.phase("ranking: betweenness");
        assertEquals("ranking: betweenness  elapsed 0:30" + System.lineSeparator(), written());
        progress.close();
        assertEquals("", written());
    }

    @Test
    void aTerminalLineIsRewrittenInPlaceAtMostEveryRefreshAndClearedAtTheEnd() {
        Progress progress = progress(true, false);
        progress.meter().expect(100_000_000);
        progress.meter().consumed(50_000_000);
        progress.update(7);
        at(3);
        progress.tick();
        assertEquals("", written());
        at(5);
        progress.tick();
        String bar = "reading [=========>        ]  50%   50.0/100.0 MB   10.0 MB/s  7 docs  ETA 0:05";
        assertEquals("\r" + bar, written());
        at(5.1);
        progress.tick();
        assertEquals("", written(), "redrawn within the refresh");
        // a warning takes the line away rather than being glued to it; the next tick draws it again
        progress.messages().println("comention: warning: a.jsonl:7: not JSON; skipped");
        assertEquals("\r" + " ".repeat(bar.length()) + "\r" + "comention: warning: a.jsonl:7: not JSON; skipped"
                + System.lineSeparator(), written());
        progress.meter().consumed(50_000_000);
        at(10);
        progress.phase("ranking: pagerank");
        String done = "read 100.0 MB  10.0 MB/s  7 docs  in 0:10";
        assertEquals("\r" + done + System.lineSeparator() + "\rranking: pagerank  elapsed 0:10", written());
        at(71);
        progress.tick();
        assertEquals("\rranking: pagerank  elapsed 1:11", written());
        progress.phase("communities");
        // the shorter line blanks what the longer one left
        assertEquals("\rcommunities  elapsed 1:11      ", written());
        progress.close();
        assertEquals("\r" + " ".repeat("communities  elapsed 1:11".length()) + "\r", written());
        at(80);
        progress.tick();
        progress.phase("writing graph.gexf");
        assertEquals("", written(), "nothing after close");
    }

    @Test
    void aShortRunPrintsNothing() {
        for (boolean terminal : new boolean[] {true, false}) {
            Progress progress = progress(terminal, false);
            progress.meter().expect(1_000);
            progress.meter().consumed(1_000);
            at(1);
            progress.tick();
            progress.phase("building graph");
            at(4.9);
            progress.tick();
            progress.phase("writing graph.gexf");
            progress.close();
            assertEquals("", written(), "terminal " + terminal);
            at(0);
        }
    }

    @Test
    void quietPrintsNothingHoweverLong() {
        for (boolean terminal : new boolean[] {true, false}) {
            Progress progress = progress(terminal, true);
            progress.meter().expect(1_000);
            progress.meter().consumed(500);
            for (int s = 5; s < 100; s += 5) {
                at(s);
                progress.tick();
            }
            progress.phase("building graph");
            at(200);
            progress.tick();
            progress.close();
            assertEquals("", written(), "terminal " + terminal);
            at(0);
        }
    }
}
