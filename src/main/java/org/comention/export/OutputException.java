package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file could not be written (disk full, no permission, a lost mount), with the file's
 * name and the system's reason, so the command can tell the user in one line which file and why.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final String reason;

    private OutputException(String fileName, String reason, IOException cause) {
        super(fileName + ": cannot write (" + reason + ")", cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    /** The failure to write {@code target}, unless {@code cause} already says which output failed. */
    public static OutputException of(Path target, IOException cause) {
        if (cause instanceof OutputException known) {
            return known;
        }
        String reason = cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new OutputException(target.getFileName().toString(), reason, cause);
    }

    /** The output file's name, without its directory. */
    public String fileName() {
        return fileName;
    }

    /** What the system said, e.g. "No space left on device". */
    public String reason() {
        return reason;
    }
}
