package org.comention.cluster;

import java.io.Serializable;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;

/**
 * One input record as read on an executor, before it is counted: a document, or the problem that
 * skips it, or both when the problem is only a warning; with its ordinal, its place in the input.
 * Serializable, unlike {@link Document}, as CSV records cross a shuffle to be counted on every core.
 *
 * @param file    the file it came from, as messages name it
 * @param problem what was wrong with it, or null
 * @param skipped whether the problem skipped it (then there is no document)
 * @param fatal   whether the problem stops the job: its message is the one line the user sees
 */
record Input(long ordinal, String file, String id, String text, String date, String source, String title, String url,
             String lang, String problem, boolean skipped, boolean fatal) implements Serializable {

    /**
     * A mistake that stops the job (a CSV file without its id column, a quote never closed):
     * handed on as a record rather than thrown in the task, which Spark would log with its stack
     * trace and retry; the driver stops with the first, in input order, before writing a table.
     */
    static Input fatal(long ordinal, String file, String message) {
        return new Input(ordinal, file, null, null, null, null, null, null, null, message, true, true);
    }

    static Input of(long ordinal, String file, Counted.Read read) {
        Document d = read.document();
        InputProblem problem = read.problem();
        String said = problem == null ? null : problem.toString();
        if (d == null) {
            return new Input(ordinal, file, null, null, null, null, null, null, null, said,
                    problem == null || problem.skipped(), false);
        }
        return new Input(ordinal, file, d.id(), d.text(), d.date(), d.source(), d.title(), d.url(), d.lang(), said, false, false);
    }

    /** The document, or null for a problem alone. */
    Document document() {
        return id == null ? null : new Document(id, text, date, source, title, url, lang);
    }
}
