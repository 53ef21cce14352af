package org.comention.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr: on a terminal one line rewritten in place, otherwise a line
 * every {@value #INTERVAL_SECONDS} seconds, so logs stay readable. Silent for runs shorter than
 * that interval.
 */
final class Progress {
    static final int INTERVAL_SECONDS = 5;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private boolean reported;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void update(long documents, long characters) {
        long now = System.nanoTime();
        if (quiet || now - lastReport < (terminal ? 500_000_000L : INTERVAL_SECONDS * 1_000_000_000L)
                || now - started < INTERVAL_SECONDS * 1_000_000_000L) {
            return;
        }
        lastReport = now;
        reported = true;
        double seconds = (now - started) / 1e9;
        String line = String.format(Locale.ROOT, "read %,d documents, %.1f M characters, %.0f s, %.1f M characters/s",
                documents, characters / 1e6, seconds, characters / 1e6 / seconds);
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    void finish() {
        if (reported && terminal) {
            err.println();
        }
    }
}
