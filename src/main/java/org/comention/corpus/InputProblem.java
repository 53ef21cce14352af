package org.comention.corpus;

import java.nio.file.Path;
import org.comention.common.UserInputException;

/**
 * Something in the input worth telling, with where it is: {@code file:line: message}. Most are
 * skips (a document, record or line left out); some only warn about what was still read, such
 * as a file decoded in a detected encoding, and must not count as skipped input.
 */
public record InputProblem(Path file, long line, String message, boolean skipped) {

    /** A skipped document, record or line. */
    public InputProblem(Path file, long line, String message) {
        this(file, line, message, true);
    }

    /** A warning about input that was read all the same. */
    public static InputProblem warning(Path file, long line, String message) {
        return new InputProblem(file, line, message, false);
    }

    @Override
    public String toString() {
        return UserInputException.where(file, line) + ": " + message;
    }
}
