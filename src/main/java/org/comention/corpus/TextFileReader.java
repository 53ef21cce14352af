package org.comention.corpus;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.comention.common.Plural;
import org.comention.common.UserInputException;

/**
 * Reads plain-text articles: every {@code .txt} file below a directory (recursively, in path
 * order), or one {@code .txt} file. The document id is the path relative to the directory,
 * with {@code /} separators and without the extension. Each file is decoded as {@link Encodings}
 * decides; a binary, undecodable, empty or over-long file is reported and skipped.
 */
public final class TextFileReader implements CorpusReader {
    /** No charset needs more bytes a character (UTF-32 has 4), so a larger file is too long unread. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private final Path root;
    private final ReadOptions options;

    public TextFileReader(Path root, ReadOptions options) {
        this.root = root;
        this.options = options;
    }

    @Override
    public void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        if (Files.isRegularFile(root)) {
            options.meter().expect(Files.size(root));
            // the file is the whole input: what would skip one article of many is an error here
            readFile(root, idOf(root.getFileName()), documents, problem -> {
                if (problem.skipped()) {
                    throw UserInputException.at(problem.file(), problem.line(), problem.message().replace("; skipped", ""));
                }
                problems.accept(problem);
            });
            return;
        }
        Listing listing = list(root);
        options.meter().expect(listing.bytes);
        listing.problems.forEach(problems);
        if (!listing.others.isEmpty()) {
            int n = listing.others.size();
            problems.accept(InputProblem.warning(root, 0, String.format(Locale.ROOT, "%s not ending in .txt ignored (%s%s)",
                    Plural.of(n, "file", "files"), slashes(root.relativize(listing.others.get(0))), n == 1 ? "" : ", ...")));
        }
        for (Path file : listing.texts) {
            readFile(file, idOf(root.relativize(file)), documents, problems);
        }
    }

    /**
     * The files below a directory: articles, other files, and subdirectories that could not be
     * read; and the articles' bytes in all, for progress.
     */
    private record Listing(List<Path> texts, List<Path> others, List<InputProblem> problems, long bytes) {
    }

    private static Listing list(Path directory) throws IOException {
        Listing listing = new Listing(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0);
        long[] bytes = {0};
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // Files.isRegularFile follows a symbolic link, as reading the file will
                if (Files.isRegularFile(file)) {
                    boolean text = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
                    (text ? listing.texts : listing.others).add(file);
                    if (text) {
                        // the walk's attributes cost no extra stat; only a link needs its target's size
                        bytes[0] += attributes.isRegularFile() ? attributes.size() : sizeOrZero(file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(directory)) {
                    throw e;
                }
                // one unreadable subdirectory skips its articles, not the run
                listing.problems.add(new InputProblem(file, 0, "cannot read (" + reason(e) + "); skipped"));
                return FileVisitResult.CONTINUE;
            }
        });
        listing.texts.sort(null);
        listing.others.sort(null);
        listing.problems.sort(Comparator.comparing(InputProblem::file));
        return new Listing(listing.texts, listing.others, listing.problems, bytes[0]);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it will say what is wrong
        }
    }

    private void readFile(Path file, String id, Consumer<Document> documents, Consumer<InputProblem> problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (options.tooLong((size + MAX_BYTES_PER_CHAR - 1) / MAX_BYTES_PER_CHAR)) {
                // decided unread: even in UTF-32 these bytes hold too many characters
                problems.accept(new InputProblem(file, 0, String.format(Locale.ROOT,
                        "%,d bytes (at least %,d characters), over --max-document-chars %,d; skipped",
                        size, (size + MAX_BYTES_PER_CHAR - 1) / MAX_BYTES_PER_CHAR, options.maxDocumentChars())));
                // passed over, so done: the share read still reaches 100%
                options.meter().consumed(size);
                return;
            }
            bytes = Files.readAllBytes(file);
            options.meter().consumed(bytes.length);
        } catch (IOException e) {
            problems.accept(new InputProblem(file, 0, "cannot read (" + reason(e) + "); skipped"));
            return;
        }
        decode(file, id, bytes, options, documents, problems);
    }

    /**
     * The article in the bytes of {@code file}, decoded as {@link Encodings} decides, or the
     * problem that skips it: what this reader does with each file, and what a Spark job does
     * with each file it is given.
     */
    public static void decode(Path file, String id, byte[] bytes, ReadOptions options, Consumer<Document> documents,
                              Consumer<InputProblem> problems) {
        CharBuffer chars;
        try {
            Encodings.Choice choice = Encodings.choose(bytes, Math.min(bytes.length, Encodings.SAMPLE_BYTES),
                    bytes.length <= Encodings.SAMPLE_BYTES, options.encoding());
            chars = Encodings.decode(bytes, choice);
            if (choice.warning() != null) {
                problems.accept(InputProblem.warning(file, 0, choice.warning()));
            }
        } catch (Encodings.UndecodableException e) {
            problems.accept(new InputProblem(file, e.line, e.getMessage() + "; skipped"));
            return;
        }
        if (options.tooLong(chars.length())) {
            problems.accept(new InputProblem(file, 0, options.tooLongMessage("", chars.length())));
            return;
        }
        String text = Encodings.spaceForNul(chars.toString());
        if (text.isBlank()) {
            problems.accept(new InputProblem(file, 0, "empty; skipped"));
            return;
        }
        String capped = DocumentIds.capped(id);
        if (!capped.equals(id)) {
            problems.accept(InputProblem.warning(file, 0, DocumentIds.cutWarning(id)));
        }
        documents.accept(Document.of(capped, text));
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }

    /** The document id of the file at {@code relative} (a path with {@code /} separators), as this reader gives it. */
    public static String idOf(String relative) {
        return idOf(Path.of(relative));
    }

    private static String idOf(Path relative) {
        String s = slashes(relative);
        int dot = s.lastIndexOf('.');
        int slash = s.lastIndexOf('/');
        return dot > slash + 1 ? s.substring(0, dot) : s;
    }

    /** A relative path with {@code /} between its parts, on every platform. */
    private static String slashes(Path relative) {
        StringBuilder s = new StringBuilder();
        for (Path part : relative) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part.toString());
        }
        return s.toString();
    }
}
