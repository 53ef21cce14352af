package org.comention.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outputs of one run, written into a hidden staging directory inside the output directory and
 * moved into place together by {@link #publish} once every file is complete. A run that fails or
 * is killed before that leaves the previous outputs as they were; the next run removes the staging
 * directories such runs leave behind. Each move is atomic, so no file is ever seen half-written.
 */
public final class OutputStaging implements Closeable {
    static final String PREFIX = ".comention-run-";

    private final Path directory;
    private final Path staging;
    private final int staleRemoved;
    private boolean closed;

    private OutputStaging(Path directory, Path staging, int staleRemoved) {
        this.directory = directory;
        this.staging = staging;
        this.staleRemoved = staleRemoved;
    }

    /** Creates {@code directory} if needed, removes stale staging directories and opens a new one. */
    public static OutputStaging open(Path directory) throws IOException {
        Files.createDirectories(directory);
        int stale = removeStale(directory);
        Path staging = Files.createTempDirectory(directory, PREFIX);
        return new OutputStaging(directory, staging, stale);
    }

    /** Where the output file {@code name} is to be written until it is published. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** How many staging directories of interrupted runs were removed when this one was opened. */
    public int staleRemoved() {
        return staleRemoved;
    }

    /**
     * Moves every staged file into the output directory, replacing the previous ones, by name and
     * {@code last} at the end, then removes the staging directory. Make {@code last} the file that
     * says a run is complete: when it is new, so are all the others.
     */
    public void publish(String last) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(staging)) {
            listing.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals(last))
                            .thenComparing(p -> p.getFileName().toString()))
                    .forEach(files::add);
        }
        for (Path file : files) {
            Path target = directory.resolve(file.getFileName().toString());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        close();
    }

    /** Removes the staging directory and what is left in it; the published outputs stay. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            deleteTree(staging);
        }
    }

    private static int removeStale(Path directory) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    deleteTree(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
