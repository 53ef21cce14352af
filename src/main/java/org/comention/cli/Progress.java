package org.comention.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.comention.corpus.InputBytes;
import org.comention.corpus.ReadMeter;

/**
 * Progress of a long run on stderr. While reading: the input bytes consumed of those expected,
 * the rate, the documents and an ETA; on a terminal as a bar rewritten in place, otherwise as a
 * plain line every {@value #INTERVAL_SECONDS} seconds, so logs stay readable. After reading, each
 * phase (building the graph, each centrality, writing each file): on a terminal in the same line,
 * with the time ticking; otherwise one line a phase. Nothing at all for runs shorter than
 * {@value #INTERVAL_SECONDS} seconds, so quick runs and tests stay quiet.
 *
 * <p>A timer thread redraws, so the line lives on while one document or one centrality takes
 * long; the reader and the merger only set figures. Warnings go through {@link #messages()},
 * which takes the line away first, so a warning never ends up glued to the bar.
 */
final class Progress implements AutoCloseable {
    static final int INTERVAL_SECONDS = 5;
    private static final long INTERVAL = TimeUnit.SECONDS.toNanos(INTERVAL_SECONDS);
    /** How often a terminal line is redrawn: lively, without flicker. */
    static final long REFRESH = TimeUnit.MILLISECONDS.toNanos(250);
    /** Columns a line may take: one less than a classic terminal, whose last column would wrap. */
    static final int WIDTH = 79;
    private static final int MIN_BAR = 10;
    private static final int MAX_BAR = 30;

    private final TerminalWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final LongSupplier clock;
    private final boolean ticking;
    private final InputBytes input = new InputBytes();
    private final PrintWriter messages;
    /** Written by the merger thread only, read by the timer. */
    private volatile long documents;
    /** What {@link #update} counts: documents, or the entities of a gazetteer import. */
    private volatile String unit = "doc";

    // the rest is guarded by this
    private ScheduledExecutorService timer;
    private long started;
    private boolean reading = true;
    private String phase;
    private boolean phaseReported;
    private boolean readingReported;
    /** The step before reading, with its figures (building the matcher); null when there is none. */
    private String preparing;
    private long lastLine;
    private long lastDraw;
    /** Whether the terminal line is to be drawn at the next tick, whenever the last one was. */
    private boolean redraw = true;
    /** Characters of the line now on the terminal; 0 when there is none. */
    private int shown;
    private boolean closed;

    /** Progress on the real stderr {@code err}, redrawn by a timer thread once reading starts. */
    Progress(PrintWriter err, boolean quiet) {
        // System.console() tells whether stdin and stdout are a terminal; stderr goes there too, unless redirected
        this(err, quiet, System.console() != null, System::nanoTime, true);
    }

    /** Progress driven by hand through {@link #tick()}, on a given clock: for tests. */
    Progress(PrintWriter err, boolean quiet, boolean terminal, LongSupplier clock) {
        this(err, quiet, terminal, clock, false);
    }

    private Progress(PrintWriter err, boolean quiet, boolean terminal, LongSupplier clock, boolean ticking) {
        this.err = TerminalWriter.of(err);
        this.quiet = quiet;
        this.terminal = terminal;
        this.clock = clock;
        this.ticking = ticking;
        this.started = clock.getAsLong();
        this.lastLine = started;
        this.messages = new PrintWriter(new Messages(), true);
    }

    /** What the readers tell the bytes read to. */
    ReadMeter meter() {
        return input;
    }

    /** Where warnings go while the progress line may be showing: to {@code err}, the line taken away first. */
    PrintWriter messages() {
        return messages;
    }

    /**
     * A step before reading, {@code done} of {@code total}: building the matcher of a large
     * gazetteer. Shown as {@code matcher: deriving keys from 213,376 aliases 37%  elapsed 0:06}
     * once it has taken {@value #INTERVAL_SECONDS} seconds: on a terminal in place, otherwise a
     * line every interval. Called often by the building thread; it only notes the figures.
     */
    synchronized void buildingMatcher(String step, long done, long total) {
        if (!reading || closed) {
            return;
        }
        long percent = total <= 0 ? 100 : (long) Math.floor(100 * Math.min(1.0, (double) done / total));
        preparing = "matcher: " + step + " " + percent + "%";
        startTimer();
        tick();
    }

    /** Reading begins: the clock starts from here, and the timer, unless quiet. */
    synchronized void startReading() {
        long now = clock.getAsLong();
        endPreparing(now);
        started = now;
        lastLine = started;
        redraw = true;
        startTimer();
    }

    /** The step before reading is over: on a terminal its last figures stay on their line, as a finished reading line does. */
    private void endPreparing(long now) {
        if (preparing != null && terminal && shown > 0) {
            draw(phaseLine(preparing, now - started));
            err.println();
            err.flush();
            shown = 0;
        }
        preparing = null;
    }

    private void startTimer() {
        if (ticking && !quiet && timer == null && !closed) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "comention-progress");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleAtFixedRate(this::tick, REFRESH, REFRESH, TimeUnit.NANOSECONDS);
        }
    }

    /** Counts {@code unit}s ("entity") rather than documents; before reading starts. */
    Progress counting(String unit) {
        this.unit = unit;
        return this;
    }

    /** The documents merged so far; called by the merger only. */
    void update(long documents) {
        this.documents = documents;
    }

    /** Reading is done: a line that showed its progress is left with the final figures. */
    synchronized void endReading() {
        if (!reading) {
            return;
        }
        long now = clock.getAsLong();
        endPreparing(now); // a run from tables builds the matcher and reads no articles
        reading = false;
        if (!quiet && (readingReported || terminal && shown > 0)) {
            String line = readLine(input.consumed(), input.total(), documents, unit, now - started, true);
            if (terminal) {
                draw(line);
                err.println();
                shown = 0;
            } else {
                err.println(line);
            }
            err.flush();
        }
    }

    /** A phase after reading begins ("building graph"); shown at once if the run is already long. */
    synchronized void phase(String name) {
        endReading();
        phase = name;
        phaseReported = false;
        redraw = true;
        tick();
    }

    /** Shows what is going on, if it is time to; the timer calls it, tests call it by hand. */
    synchronized void tick() {
        long now = clock.getAsLong();
        if (quiet || closed || now - started < INTERVAL) {
            return;
        }
        String line;
        if (reading) {
            if (terminal ? !redraw && now - lastDraw < REFRESH : now - lastLine < INTERVAL) {
                return;
            }
            if (preparing != null) {
                line = phaseLine(preparing, now - started);
            } else {
                line = terminal ? readBar(input.consumed(), input.total(), documents, unit, now - started)
                        : readLine(input.consumed(), input.total(), documents, unit, now - started, false);
                readingReported = true;
            }
        } else if (phase == null || !terminal && phaseReported || terminal && !redraw && now - lastDraw < REFRESH) {
            return;
        } else {
            line = phaseLine(phase, now - started);
            phaseReported = true;
        }
        lastLine = now;
        lastDraw = now;
        redraw = false;
        if (terminal) {
            draw(line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Stops the timer and takes the terminal line away, so what follows starts on a clean line. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            erase();
            err.flush();
            stopping = timer;
        }
        if (stopping != null) {
            // a tick already waiting for the lock sees closed and prints nothing
            stopping.shutdownNow();
        }
    }

    private void draw(String line) {
        err.carriageReturn();
        // overwrite what a longer previous line left, rather than an escape sequence some consoles lack
        err.print(line + " ".repeat(Math.max(0, shown - line.length())));
        shown = line.length();
    }

    private void erase() {
        if (shown > 0) {
            err.carriageReturn();
            err.print(" ".repeat(shown));
            err.carriageReturn();
            shown = 0;
            redraw = true;
        }
    }

    /**
     * The terminal line while reading: {@code reading [=====>    ] 48%  221.4/460.0 MB  12.3 MB/s
     * 21,480 docs  ETA 0:19}, the bar as wide as {@link #WIDTH} leaves room for; without a known
     * total, no bar, no share, no ETA.
     */
    static String readBar(long consumed, long total, long documents, long elapsedNanos) {
        return readBar(consumed, total, documents, "doc", elapsedNanos);
    }

    static String readBar(long consumed, long total, long documents, String unit, long elapsedNanos) {
        String figures = figures(consumed, total, documents, unit, elapsedNanos, false, true);
        if (total < 0) {
            return "reading " + figures;
        }
        int width = Math.max(MIN_BAR, Math.min(MAX_BAR, WIDTH - "reading [] ".length() - figures.length()));
        int filled = (int) Math.floor(width * fraction(consumed, total));
        StringBuilder bar = new StringBuilder("reading [");
        bar.append("=".repeat(filled));
        if (filled < width) {
            bar.append('>').append(" ".repeat(width - filled - 1));
        }
        return bar.append("] ").append(figures).toString();
    }

    /**
     * The plain line: {@code reading 48%  221.4/460.0 MB  12.3 MB/s  21,480 docs  ETA 0:19}, or
     * when {@code done}, {@code read 460.0 MB  12.3 MB/s  21,480 docs in 0:37}.
     */
    static String readLine(long consumed, long total, long documents, long elapsedNanos, boolean done) {
        return readLine(consumed, total, documents, "doc", elapsedNanos, done);
    }

    static String readLine(long consumed, long total, long documents, String unit, long elapsedNanos, boolean done) {
        return (done ? "read " : "reading ") + figures(consumed, total, documents, unit, elapsedNanos, done, false);
    }

    /** A phase after reading: {@code ranking: betweenness  elapsed 1:05}, the time since reading began. */
    static String phaseLine(String phase, long elapsedNanos) {
        return phase + "  elapsed " + clock(elapsedNanos / 1_000_000_000L);
    }

    /**
     * The figures of a reading line; {@code steady} pads the share, the bytes read and the rate to
     * fixed widths, so the bar before them keeps its width and the line does not jitter.
     */
    private static String figures(long consumed, long total, long documents, String counted, long elapsedNanos, boolean done,
                                  boolean steady) {
        double seconds = elapsedNanos / 1e9;
        StringBuilder s = new StringBuilder();
        boolean share = total >= 0 && !done;
        if (share) {
            long percent = (long) Math.floor(100 * fraction(consumed, total));
            s.append(String.format(Locale.ROOT, steady ? "%3d%%  " : "%d%%  ", percent));
        }
        long scale = Math.max(consumed, total) >= 10_000_000_000L ? 1_000_000_000L : 1_000_000L;
        String unit = scale == 1_000_000L ? "MB" : "GB";
        String digits = scale == 1_000_000L ? "%.1f" : "%.2f";
        String read = String.format(Locale.ROOT, digits, (double) consumed / scale);
        if (share) {
            String all = String.format(Locale.ROOT, digits, (double) total / scale);
            s.append(steady ? " ".repeat(Math.max(0, all.length() - read.length())) : "").append(read).append('/').append(all);
        } else {
            s.append(read);
        }
        s.append(' ').append(unit);
        s.append(String.format(Locale.ROOT, steady ? "  %5.1f MB/s" : "  %.1f MB/s", seconds > 0 ? consumed / 1e6 / seconds : 0.0));
        s.append(String.format(Locale.ROOT, "  %,d %s", documents, documents == 1 ? counted : plural(counted)));
        if (done) {
            s.append("  in ").append(clock(elapsedNanos / 1_000_000_000L));
        } else if (total < 0) {
            s.append("  elapsed ").append(clock(elapsedNanos / 1_000_000_000L));
        } else if (consumed >= total) {
            s.append("  ETA 0:00");
        } else if (consumed == 0 || seconds <= 0) {
            s.append("  ETA -:--");
        } else {
            // the average rate so far: steadier than the last seconds', and it is what pv and wget use
            s.append("  ETA ").append(clock((long) Math.ceil((total - consumed) * seconds / consumed)));
        }
        return s.toString();
    }

    private static String plural(String unit) {
        return unit.endsWith("y") ? unit.substring(0, unit.length() - 1) + "ies" : unit + "s";
    }

    /** The share read, 0 to 1; an empty input is all read. */
    private static double fraction(long consumed, long total) {
        return total <= 0 ? 1.0 : Math.min(1.0, (double) consumed / total);
    }

    /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** The writer under {@link #messages()}. */
    private final class Messages extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) {
            synchronized (Progress.this) {
                erase();
                err.write(chars, offset, length);
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
