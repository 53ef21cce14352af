package org.comention.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.comention.common.UserInputException;

/**
 * Reads plain-text articles: every {@code .txt} file below a directory (recursively, in path
 * order), or one {@code .txt} file. The document id is the path relative to the directory,
 * with {@code /} separators and without the extension.
 */
public final class TextFileReader implements CorpusReader {
    private final Path root;

    public TextFileReader(Path root) {
        this.root = root;
    }

    @Override
    public void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        if (Files.isRegularFile(root)) {
            // the file is the whole input: what would skip one article of many is an error here
            readFile(root, idOf(root.getFileName()), documents, problem -> {
                throw UserInputException.at(problem.file(), problem.line(), problem.message().replace("; skipped", ""));
            });
            return;
        }
        for (Path file : listTextFiles(root)) {
            readFile(file, idOf(root.relativize(file)), documents, problems);
        }
    }

    static List<Path> listTextFiles(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .forEach(files::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    private static void readFile(Path file, String id, Consumer<Document> documents, Consumer<InputProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.accept(new InputProblem(file, 0, "cannot read (" + e.getClass().getSimpleName() + "); skipped"));
            return;
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (Utf8.InvalidUtf8Exception e) {
            problems.accept(new InputProblem(file, e.line, e.getMessage() + "; skipped"));
            return;
        }
        if (text.isBlank()) {
            problems.accept(new InputProblem(file, 0, "empty; skipped"));
            return;
        }
        documents.accept(Document.of(id, text));
    }

    private static String idOf(Path relative) {
        StringBuilder id = new StringBuilder();
        for (Path part : relative) {
            if (id.length() > 0) {
                id.append('/');
            }
            id.append(part.toString());
        }
        String s = id.toString();
        int dot = s.lastIndexOf('.');
        int slash = s.lastIndexOf('/');
        return dot > slash + 1 ? s.substring(0, dot) : s;
    }
}
