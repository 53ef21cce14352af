package org.comention.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.CsvCell;
import org.comention.common.InputFiles;
import org.comention.common.UserInputException;

/**
 * Reads the {@code doc_id}, {@code label} and (optional) {@code kind}, {@code origin},
 * {@code match} and {@code surface} columns of a mention table, each text as {@link CsvCell#read}
 * gives it back; a row is discovered when its origin or its match says so, as {@code score.py} reads it.
 */
public final class MentionTableReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    public List<Evaluation.PredictedMention> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": no such mention table (run comention build first)");
        }
        InputFiles.requireFile(file, "mention table");
        List<Evaluation.PredictedMention> mentions = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            if (!parser.getHeaderMap().containsKey("doc_id") || !parser.getHeaderMap().containsKey("label")) {
                throw UserInputException.at(file, 1, "a mention table needs the columns doc_id and label");
            }
            boolean hasKind = parser.getHeaderMap().containsKey("kind");
            boolean hasOrigin = parser.getHeaderMap().containsKey("origin");
            boolean hasMatch = parser.getHeaderMap().containsKey("match");
            boolean hasSurface = parser.getHeaderMap().containsKey("surface");
            for (CSVRecord row : parser) {
                if (!row.isConsistent()) {
                    throw UserInputException.at(file, parser.getCurrentLineNumber(), "wrong number of fields");
                }
                // mentions.csv guards cells against spreadsheet formulas: read the text that was written
                boolean discovered = hasOrigin && row.get("origin").equals("discovered")
                        || hasMatch && row.get("match").equals("discovered");
                mentions.add(new Evaluation.PredictedMention(CsvCell.read(row.get("doc_id")), CsvCell.read(row.get("label")),
                        hasKind && row.get("kind").equals("adjectival"), discovered,
                        hasSurface ? CsvCell.read(row.get("surface")) : ""));
            }
        } catch (UncheckedIOException e) {
            throw new UserInputException(file + ": malformed CSV: " + e.getCause().getMessage());
        }
        return mentions;
    }
}
