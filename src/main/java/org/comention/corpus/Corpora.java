package org.comention.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.comention.common.InputFiles;
import org.comention.common.UserInputException;

/** Picks the reader for an input path: a directory, a {@code .txt}, {@code .csv} or {@code .jsonl} file. */
public final class Corpora {
    private Corpora() {
    }

    public static CorpusReader open(Path input, ColumnNames columns, ReadOptions options) {
        if (!Files.exists(input)) {
            throw new UserInputException(input + ": no such file or directory");
        }
        if (Files.isDirectory(input)) {
            return new TextFileReader(input, options);
        }
        InputFiles.requireFile(input, "file");
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return new CsvCorpusReader(input, columns, options);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonlCorpusReader(input, columns, options);
        }
        if (name.endsWith(".txt")) {
            return new TextFileReader(input, options);
        }
        throw new UserInputException(input + ": unknown input type; give a directory of .txt files, "
                + "a .txt, a .csv or a .jsonl file");
    }
}
