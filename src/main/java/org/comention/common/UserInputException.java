package org.comention.common;

import java.nio.file.Path;

/**
 * A mistake in what the user gave us (a missing file, a malformed row), as opposed to a bug.
 * The message is one line that names the file and, where known, the line, so the CLI can print it
 * without a stack trace.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code file:line: message}; a line below 1 is left out. */
    public static UserInputException at(Path file, long line, String message) {
        return new UserInputException(where(file, line) + ": " + message);
    }

    public static String where(Path file, long line) {
        return line >= 1 ? file + ":" + line : String.valueOf(file);
    }
}
