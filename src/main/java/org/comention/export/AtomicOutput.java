package org.comention.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.comention.common.UserInputException;

/**
 * An output file written under a temporary name in its own directory and moved into place only
 * by {@link #commit()}, so a reader never sees half a file and a failed run leaves the previous
 * output intact. Closing without committing deletes the temporary file.
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean done;

    private AtomicOutput(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            // else the move fails, naming the temporary file the user never heard of
            throw new UserInputException(target + ": is a directory, not a file");
        }
        this.target = target;
        Path directory = target.toAbsolutePath().getParent();
        try {
            // createFile, unlike createTempFile, leaves the permissions to the umask (rw-r--r--, not rw-------)
            this.temporary = Files.createFile(directory.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp"));
            // an encoder that reports a lone surrogate rather than writing '?': the writers replace what cannot
            // be written (WritableText), so one that reaches here is a bug to see, not a '?' to ship
            this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                    StandardCharsets.UTF_8.newEncoder()), 1 << 16);
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
    }

    public static AtomicOutput open(Path target) throws IOException {
        return new AtomicOutput(target);
    }

    /** Writes {@code target} atomically with {@code body}; a failure to write is an {@link OutputException}. */
    public static void write(Path target, WriterBody body) throws IOException {
        try (AtomicOutput out = open(target)) {
            try {
                body.write(out.writer());
            } catch (IOException e) {
                throw OutputException.of(target, e);
            }
            out.commit();
        }
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface WriterBody {
        void write(Writer writer) throws IOException;
    }

    public Writer writer() {
        return writer;
    }

    public Path target() {
        return target;
    }

    /** Flushes, closes and moves the file into place. */
    public void commit() throws IOException {
        try {
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
        done = true;
    }

    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                writer.close();
            } catch (IOException e) {
                // the write already failed (a full disk fails the close too); what matters is the cleanup
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
