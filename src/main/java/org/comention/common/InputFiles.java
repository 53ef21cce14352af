package org.comention.common;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The check before reading a file the user named, so a directory, a missing path or a file we
 * may not read is one line naming it, not an I/O error about something else.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Fails unless {@code path} is a readable file; {@code noun} says what was expected ("gold file"). */
    public static void requireFile(Path path, String noun) {
        if (Files.isDirectory(path)) {
            throw new UserInputException(path + ": is a directory, not a " + noun);
        }
        if (!Files.exists(path)) {
            throw new UserInputException(path + ": no such " + noun);
        }
        if (!Files.isReadable(path)) {
            throw new UserInputException(path + ": not readable (permission denied)");
        }
    }
}
