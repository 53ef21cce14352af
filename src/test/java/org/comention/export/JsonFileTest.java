package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON outputs hold each string as the other outputs do: what cannot be written is U+FFFD, never '?'. */
class JsonFileTest {
    @TempDir
    Path dir;

    @Test
    void loneSurrogatesAndControlsAreWrittenAsTheReplacementCharacter() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id\u0001", "d\ud800?");
        value.put("labels", List.of("\u001b[2J", "ok \ud83d\ude00", "\uffff"));
        Path file = dir.resolve("x.json");
        JsonFile.write(value, file);
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("d??"), "no encoder's question mark");
        JsonNode read = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readTree(bytes);
        assertEquals("d\ufffd?", read.get("id\ufffd").asText());
        assertEquals("\ufffd[2J", read.get("labels").get(0).asText());
        assertEquals("ok \ud83d\ude00", read.get("labels").get(1).asText());
        assertEquals("\ufffd", read.get("labels").get(2).asText());
    }
}
