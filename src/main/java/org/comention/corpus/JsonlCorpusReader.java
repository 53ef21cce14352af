package org.comention.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.comention.common.UserInputException;

/**
 * Reads JSON Lines: one JSON object a line. A line that is not an object, or lacks an id or a
 * text, or repeats an id, is reported with its line number and skipped. Numeric ids are taken as
 * their decimal text.
 */
public final class JsonlCorpusReader implements CorpusReader {
    private final Path file;
    private final ColumnNames fields;
    private final ObjectMapper json = new ObjectMapper();

    public JsonlCorpusReader(Path file, ColumnNames fields) {
        this.file = file;
        this.fields = fields;
    }

    @Override
    public void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException {
        long lineNumber = 0;
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(Utf8.reader(in), 1 << 16)) {
            Set<String> seen = new HashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    accept(line, lineNumber, seen, documents, problems);
                }
            }
        } catch (CharacterCodingException e) {
            throw UserInputException.at(file, lineNumber + 1, "not valid UTF-8");
        }
    }

    private void accept(String line, long lineNumber, Set<String> seen, Consumer<Document> documents,
                        Consumer<InputProblem> problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(file, lineNumber, "not JSON (" + e.getOriginalMessage() + "); skipped"));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(file, lineNumber, "not a JSON object; skipped"));
            return;
        }
        String id = scalar(node, fields.id());
        String text = scalar(node, fields.text());
        if (id == null || id.isBlank()) {
            problems.accept(new InputProblem(file, lineNumber, "no \"" + fields.id() + "\"; skipped"));
        } else if (text == null) {
            problems.accept(new InputProblem(file, lineNumber, "no \"" + fields.text() + "\"; skipped"));
        } else if (!seen.add(id)) {
            problems.accept(new InputProblem(file, lineNumber, "duplicate id '" + id + "'; skipped"));
        } else {
            documents.accept(new Document(id, text, scalar(node, fields.date()), scalar(node, fields.source()),
                    scalar(node, fields.title()), scalar(node, fields.url()), scalar(node, fields.lang())));
        }
    }

    private static String scalar(JsonNode node, String field) {
        if (field == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
