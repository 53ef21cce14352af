package org.comention.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comention.common.InputFiles;
import org.comention.common.UserInputException;

/**
 * Reads gold annotation in the JSONL layout of {@code seeds-gold.jsonl}: one document a line,
 * {@code {"id", "lang", "entities": [{"canonical", "surfaces", "adjectival", "optional"}]}}.
 * Any other field (such as the document's {@code text}) is ignored. A malformed line is an error
 * naming the file and line: a gold file with holes would give a wrong score.
 */
public final class GoldReader {
    /** Trailing tokens fail: readTree alone stops after a line's first value, and a second document would be lost unsaid. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public List<GoldDocument> read(Path file) throws IOException {
        InputFiles.requireFile(file, "gold file");
        List<GoldDocument> documents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                GoldDocument document = parse(file, lineNumber, line);
                if (!ids.add(document.id())) {
                    throw UserInputException.at(file, lineNumber, "duplicate document id '" + document.id() + "'");
                }
                documents.add(document);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw UserInputException.at(file, lineNumber + 1, "not valid UTF-8");
        }
        if (documents.isEmpty()) {
            // Scores over no documents are not zero but undefined: there is nothing to compare with.
            throw new UserInputException(file + ": no gold documents (the file is empty or blank)");
        }
        return documents;
    }

    private GoldDocument parse(Path file, long lineNumber, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw UserInputException.at(file, lineNumber, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.path("id").isTextual() || !node.path("entities").isArray()) {
            throw UserInputException.at(file, lineNumber, "expected an object with \"id\" and \"entities\"");
        }
        List<GoldDocument.GoldEntity> entities = new ArrayList<>();
        for (JsonNode entity : node.get("entities")) {
            if (!entity.path("canonical").isTextual()) {
                throw UserInputException.at(file, lineNumber, "an entity without \"canonical\"");
            }
            entities.add(new GoldDocument.GoldEntity(entity.get("canonical").asText(), strings(entity.path("surfaces")),
                    strings(entity.path("adjectival")), entity.path("optional").asBoolean(false)));
        }
        return new GoldDocument(node.get("id").asText(), node.path("lang").asText("?"), entities);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }
}
