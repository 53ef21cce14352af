package org.comention.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }

    /** Whether stderr is exactly one line that starts with the program name and holds no stack trace. */
    boolean oneLineError() {
        String trimmed = err.strip();
        return !trimmed.isEmpty() && !trimmed.contains("\n") && trimmed.startsWith("comention: ")
                && !trimmed.contains("Exception") && !trimmed.contains("\tat ");
    }
}
