package org.comention.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The building of a large gazetteer's matcher, before reading, shown like a phase on a clock set by hand. */
class MatcherProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String KEYS = "deriving keys from 213,376 aliases";
    private static final String AUTOMATON = "building the automaton of 796,319 keys";

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final StringWriter text = new StringWriter();

    private Progress progress(boolean terminal, boolean quiet) {
        return new Progress(new PrintWriter(text), quiet, terminal, now::get);
    }

    private void at(double seconds) {
        now.set(1_000 * SECOND + Math.round(seconds * SECOND));
    }

    private String written() {
        String s = text.toString();
        text.getBuffer().setLength(0);
        return s;
    }

    @Test
    void logsGetALineEveryIntervalOnceTheBuildingIsLong() {
        Progress progress = progress(false, false);
        at(4.9);
        progress.buildingMatcher(KEYS, 40_000, 213_376);
        assertEquals("", written());
        at(5);
        progress.buildingMatcher(KEYS, 106_688, 213_376);
        assertEquals("matcher: deriving keys from 213,376 aliases 50%  elapsed 0:05" + System.lineSeparator(), written());
        at(8);
        progress.buildingMatcher(AUTOMATON, 1, 3);
        assertEquals("", written(), "one line an interval");
        at(10);
        progress.tick();
        assertEquals("matcher: building the automaton of 796,319 keys 33%  elapsed 0:10" + System.lineSeparator(), written());
        at(11);
        progress.startReading();
        assertEquals("", written());
        at(15.9);
        progress.tick();
        assertEquals("", written(), "reading has a clock of its own");
        progress.close();
    }

    @Test
    void aTerminalLineIsRewrittenInPlaceAndLeftWithItsLastFiguresWhenReadingStarts() {
        Progress progress = progress(true, false);
        at(6);
        progress.buildingMatcher(KEYS, 213_376, 213_376);
        assertEquals("\rmatcher: deriving keys from 213,376 aliases 100%  elapsed 0:06", written());
        at(6.5);
        progress.buildingMatcher(AUTOMATON, 5_331_000, 5_331_000);
        assertEquals("\rmatcher: building the automaton of 796,319 keys 100%  elapsed 0:06", written());
        at(7);
        progress.startReading();
        assertEquals("\rmatcher: building the automaton of 796,319 keys 100%  elapsed 0:07" + System.lineSeparator(),
                written());
        progress.close();
        assertEquals("", written());
    }

    @Test
    void aRunFromTablesGoesFromTheMatcherToItsPhasesWithoutAReadingLine() {
        Progress progress = progress(true, false);
        at(6);
        progress.buildingMatcher(AUTOMATON, 1, 1);
        assertEquals("\rmatcher: building the automaton of 796,319 keys 100%  elapsed 0:06", written());
        at(7);
        progress.phase("building graph");
        assertEquals("\rmatcher: building the automaton of 796,319 keys 100%  elapsed 0:07" + System.lineSeparator()
                + "\rbuilding graph  elapsed 0:07", written());
        progress.close();
    }

    @Test
    void aQuickBuildingOrAQuietRunPrintsNothing() {
        for (boolean terminal : new boolean[] {true, false}) {
            Progress quick = progress(terminal, false);
            at(1);
            quick.buildingMatcher(KEYS, 1, 2);
            quick.startReading();
            quick.close();
            Progress quiet = progress(terminal, true);
            at(60);
            quiet.buildingMatcher(KEYS, 1, 2);
            quiet.startReading();
            quiet.close();
            assertEquals("", written(), "terminal " + terminal);
            at(0);
        }
    }
}
