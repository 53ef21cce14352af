package org.comention.corpus;

import java.nio.file.Path;
import org.comention.common.UserInputException;

/** Something in the input that was skipped, with where it is: {@code file:line: message}. */
public record InputProblem(Path file, long line, String message) {

    @Override
    public String toString() {
        return UserInputException.where(file, line) + ": " + message;
    }
}
