package org.comention.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.comention.common.UserInputException;

/**
 * The outputs of one run, written into a hidden staging directory inside the output directory and
 * published as one set once every file is complete.
 *
 * <p>A set of files cannot be renamed into a directory in one step, and a symlink switch would
 * make {@code output/graph.graphml} a link, which Windows often cannot make. So publishing is a
 * journal rolled forward: the staging directory, holding the finished files and a journal of
 * what to move and remove, is renamed to {@code .comention-publish-*}. That one atomic rename is
 * the moment the new set wins; the files are then moved into place one by one, the file that
 * says a run is complete (run.json) last. If the process dies during those moves, the next
 * {@link #open} or {@link #finishInterrupted} of the directory completes them before anything
 * else, so the directory never stays a mix of two runs. A run that fails or is killed before the
 * rename leaves the previous outputs as they were, and the next run removes its staging directory.
 *
 * <p>A run holds a lock on {@code .comention.lock} in the output directory from {@link #open} to
 * {@link #close}, so a second run into the same directory is refused instead of removing the
 * first one's staging directory as a leftover. The lock file stays: deleting it would let a run
 * lock a file that a third run has already replaced.
 */
public final class OutputStaging implements Closeable {
    static final String PREFIX = ".comention-run-";
    static final String PUBLISHING = ".comention-publish-";
    /** The lock file in the output directory. */
    public static final String LOCK = ".comention.lock";
    /** In a publishing directory: one line per step, {@code move NAME} or {@code remove NAME}, in order. */
    static final String JOURNAL = ".journal";
    private static final String MOVE = "move ";
    private static final String REMOVE = "remove ";
    /**
     * The only files a publish, or the completing of one, moves or removes. A journal found in a
     * directory of someone else's (a downloaded output directory) is data, not an order: one that
     * names any other file is refused, so it can neither replace nor delete a user's own file.
     */
    public static final java.util.Set<String> FILES = java.util.Set.of("graph.graphml", "graph.gexf", "graph.json",
            "nodes.csv", "edges.csv", "mentions.csv", "documents.csv", "rankings.csv", "aliases.csv", "report.html", DiscoveredLayerWriter.ENTITIES, DiscoveredLayerWriter.ALIASES,
            OutputManifest.RECORD);

    /** Moves one staged file into place; tests replace it to stop a publish half-way, as a crash would. */
    @FunctionalInterface
    interface Mover {
        void move(Path source, Path target) throws IOException;
    }

    private final Path directory;
    private final Path staging;
    private final FileLock lock;
    private final Mover mover;
    private final int staleRemoved;
    private final int publishesFinished;
    private boolean closed;

    private OutputStaging(Path directory, Path staging, FileLock lock, Mover mover, int staleRemoved, int publishesFinished) {
        this.directory = directory;
        this.staging = staging;
        this.lock = lock;
        this.mover = mover;
        this.staleRemoved = staleRemoved;
        this.publishesFinished = publishesFinished;
    }

    /**
     * Creates {@code directory} if needed, takes its lock (refusing, with a {@link UserInputException},
     * when another run holds it), finishes a publish a killed run left half done, removes stale
     * staging directories and opens a new one.
     */
    public static OutputStaging open(Path directory) throws IOException {
        return open(directory, OutputStaging::moveAtomically);
    }

    static OutputStaging open(Path directory, Mover mover) throws IOException {
        Files.createDirectories(directory);
        FileLock lock = lock(directory);
        try {
            int finished = finishPublishing(directory, mover);
            int stale = removeStale(directory);
            Path staging = Files.createTempDirectory(directory, PREFIX);
            return new OutputStaging(directory, staging, lock, mover, stale, finished);
        } catch (IOException | RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /**
     * Completes a publish that a killed run left half done in {@code directory}, for a command that
     * reads outputs; returns how many it completed. Does nothing when none is pending or while a
     * run holds the lock (that run completes it).
     */
    public static int finishInterrupted(Path directory) throws IOException {
        if (!hasEntry(directory, PUBLISHING)) {
            return 0; // the usual case: no lock file is made in a directory that only holds a graph
        }
        FileLock lock;
        try {
            lock = lock(directory);
        } catch (UserInputException busy) {
            return 0;
        }
        try {
            return finishPublishing(directory, OutputStaging::moveAtomically);
        } finally {
            release(lock);
        }
    }

    /** Where the output file {@code name} is to be written until it is published. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** How many staging directories of interrupted runs were removed when this one was opened. */
    public int staleRemoved() {
        return staleRemoved;
    }

    /** How many publishes that a killed run left half done were completed when this one was opened. */
    public int publishesFinished() {
        return publishesFinished;
    }

    /**
     * Name, size and SHA-256 of every output staged so far, by name: written into the file
     * published last, it lets a reader check that the files beside it are the ones of its run.
     * The files are hashed on up to {@code threads} threads.
     */
    public Map<String, Object> manifest(int threads) throws IOException {
        return OutputManifest.describe(staged(), threads);
    }

    /**
     * Publishes the staged files as one set: they replace the previous ones by name, the files
     * named in {@code retired} (outputs of earlier runs that this run does not write) are removed,
     * and {@code last} is moved in at the end. Make {@code last} the file that says a run is
     * complete: when it is new, so are all the others.
     */
    public void publish(String last, Collection<String> retired) throws IOException {
        List<Path> files = staged();
        List<String> steps = new ArrayList<>();
        boolean hasLast = false;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!FILES.contains(name)) {
                throw new IllegalStateException(name + " is not one of the outputs a publish may move: " + FILES);
            }
            if (name.equals(last)) {
                hasLast = true;
            } else {
                steps.add(MOVE + name);
            }
        }
        if (!hasLast) {
            throw new IllegalStateException(last + " was not staged");
        }
        for (String name : retired) {
            if (!FILES.contains(name)) {
                throw new IllegalStateException(name + " is not one of the outputs a publish may remove: " + FILES);
            }
            steps.add(REMOVE + name);
        }
        steps.add(MOVE + last);
        AtomicOutput.write(staging.resolve(JOURNAL), writer -> {
            for (String step : steps) {
                writer.write(step);
                writer.write('\n');
            }
        });
        Path publishing = directory.resolve(PUBLISHING + staging.getFileName().toString().substring(PREFIX.length()));
        moveAtomically(staging, publishing);
        try {
            rollForward(directory, publishing, mover);
        } catch (OutputException e) {
            // past the switch the previous outputs are no longer whole: say so, and who completes the set
            throw new UserInputException(directory.resolve(e.fileName()) + ": cannot move into place (" + e.reason()
                    + "); the new outputs are published in part: the next comention build into " + directory
                    + ", or a comention rank of its graph, completes them", e);
        }
    }

    /**
     * Releases the lock, after removing the staging directory and what is left in it unless it
     * was published; the published outputs stay.
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                deleteTree(staging);
            } finally {
                release(lock);
            }
        }
    }

    /** The finished outputs in the staging directory, by name; hidden files are temporaries. */
    private List<Path> staged() throws IOException {
        try (Stream<Path> listing = Files.list(staging)) {
            return listing.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static FileLock lock(Path directory) throws IOException {
        Path file = directory.resolve(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OutputException.of(file, e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // another run in this same JVM holds it: as busy as one in another process
        } catch (IOException e) {
            channel.close();
            throw OutputException.of(file, e);
        }
        if (lock == null) {
            channel.close();
            throw new UserInputException(directory + ": another comention run is writing its outputs here (it holds "
                    + file.getFileName() + "); wait for it to end, or write elsewhere");
        }
        return lock;
    }

    private static void release(FileLock lock) throws IOException {
        try (FileChannel channel = lock.channel()) {
            lock.release();
        }
    }

    private static int finishPublishing(Path directory, Mover mover) throws IOException {
        List<Path> pending = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, PUBLISHING + "*")) {
            entries.forEach(pending::add);
        }
        pending.removeIf(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
        pending.sort(Comparator.naturalOrder());
        for (Path publishing : pending) {
            rollForward(directory, publishing, mover);
        }
        return pending.size();
    }

    /**
     * Does the steps of a publishing directory's journal that are not done yet: a file still in
     * it has not been moved. Every step can be done again, so a crash during this is fine too.
     */
    private static void rollForward(Path directory, Path publishing, Mover mover) throws IOException {
        Path journal = publishing.resolve(JOURNAL);
        // the journal is written before the rename that makes a publishing directory, so it is there
        boolean present = Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS);
        if (present && Files.size(journal) > JOURNAL_LIMIT) {
            throw foreign(directory);
        }
        List<String> steps = present ? Files.readAllLines(journal, StandardCharsets.UTF_8) : List.of();
        for (String step : steps) {
            String name = step.startsWith(MOVE) ? step.substring(MOVE.length())
                    : step.startsWith(REMOVE) ? step.substring(REMOVE.length()) : null;
            if (name == null || !FILES.contains(name)) {
                throw foreign(directory);
            }
        }
        for (String step : steps) {
            if (step.startsWith(MOVE)) {
                Path staged = publishing.resolve(step.substring(MOVE.length()));
                if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                    Path target = directory.resolve(staged.getFileName().toString());
                    try {
                        mover.move(staged, target);
                    } catch (IOException e) {
                        throw OutputException.of(target, e);
                    }
                }
            } else if (step.startsWith(REMOVE)) {
                Files.deleteIfExists(directory.resolve(step.substring(REMOVE.length())));
            }
        }
        deleteTree(publishing);
    }

    /** Far more than the dozen short lines of a real journal. */
    private static final long JOURNAL_LIMIT = 64 * 1024;

    /** A journal comention did not write; its name and steps are not printed, they could hold terminal escapes. */
    private static IOException foreign(Path directory) {
        return new IOException(directory + ": a hidden " + PUBLISHING + "* directory there is not a publish of "
                + "comention's (its journal names files that are not comention's outputs); nothing was moved or "
                + "removed; delete it if it is not yours");
    }

    private static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean hasEntry(Path directory, String prefix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, prefix + "*")) {
            return entries.iterator().hasNext();
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
