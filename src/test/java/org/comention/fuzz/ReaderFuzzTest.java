package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comention.common.UserInputException;
import org.comention.corpus.ColumnNames;
import org.comention.corpus.CorpusReader;
import org.comention.corpus.CsvCorpusReader;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;
import org.comention.corpus.JsonlCorpusReader;
import org.comention.corpus.ReadOptions;
import org.comention.corpus.TextFileReader;

/**
 * Fuzz tests for the corpus readers: whatever the bytes, a reader either delivers documents and
 * reports problems with a file name, or refuses the file with a {@link UserInputException}; it
 * never throws anything else. Under {@code mvn test} each replays its seed inputs in
 * {@code src/test/resources/org/comention/fuzz/ReaderFuzzTestInputs/<method>}; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class ReaderFuzzTest {

    private static void read(String suffix, byte[] bytes, java.util.function.Function<Path, CorpusReader> reader)
            throws IOException {
        Path file = Files.createTempFile("comention-fuzz", suffix);
        try {
            Files.write(file, bytes);
            List<Document> documents = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            try {
                reader.apply(file).read(documents::add, problems::add);
            } catch (UserInputException refused) {
                assertTrue(refused.getMessage().contains(file.getFileName().toString()), refused.getMessage());
                return;
            }
            for (Document d : documents) {
                assertNotNull(d.id());
                assertNotNull(d.text());
            }
            for (InputProblem p : problems) {
                assertTrue(p.toString().contains(file.getFileName().toString()), p.toString());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void csv(@NotNull byte[] bytes) throws IOException {
        read(".csv", bytes, file -> new CsvCorpusReader(file, ColumnNames.DEFAULT, ReadOptions.DEFAULT));
    }

    @FuzzTest(maxDuration = "10m")
    void jsonl(@NotNull byte[] bytes) throws IOException {
        read(".jsonl", bytes, file -> new JsonlCorpusReader(file, ColumnNames.DEFAULT, ReadOptions.DEFAULT));
    }

    @FuzzTest(maxDuration = "10m")
    void text(@NotNull byte[] bytes) throws IOException {
        read(".txt", bytes, file -> new TextFileReader(file, ReadOptions.DEFAULT));
    }
}
