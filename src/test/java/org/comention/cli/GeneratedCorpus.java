package org.comention.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A corpus made from the sample articles: every document is a seeded random choice of their
 * lines, dated and in JSON lines, so runs are big enough to keep several workers busy while each
 * document still reads like the news the matcher is made for.
 */
final class GeneratedCorpus {
    private GeneratedCorpus() {
    }

    /** Writes {@code documents} articles to {@code file}, with {@code broken} malformed lines among them. */
    static Path jsonl(Path file, int documents, int broken, long seed) {
        List<String> lines = seedLines();
        SplittableRandom random = new SplittableRandom(seed);
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < documents; d++) {
            if (broken > 0 && d % (documents / broken) == documents / broken / 2) {
                out.append("{\"id\": \"broken-").append(d).append("\", \"text\": \n");
            }
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(3, 25);
            for (int i = 0; i < count; i++) {
                text.append(lines.get(random.nextInt(lines.size()))).append('\n');
            }
            ObjectNode node = json.createObjectNode();
            node.put("id", "doc-" + d);
            node.put("date", String.format("2022-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
            node.put("text", text.toString());
            out.append(node).append('\n');
        }
        try {
            return Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> seedLines() {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path file : files.sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
