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

    /**
     * Writes {@code documents} articles to {@code file} as CSV, columns {@code doc,published,body,lang}: texts
     * of several lines, quoted, some with quotes inside; and among them what a CSV reader must skip or take
     * as build does: an empty line, a record without its text, one with a field too many, one with a blank id,
     * empty dates and languages, and every {@code repeatEvery}-th id repeated later with another text.
     */
    static Path csv(Path file, int documents, int repeatEvery, long seed) {
        List<String> lines = seedLines();
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder("doc,published,body,lang\n");
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(3, 25);
            for (int i = 0; i < count; i++) {
                text.append(lines.get(random.nextInt(lines.size()))).append('\n');
            }
            if (d % 17 == 3) {
                text.append("He said \"no\", twice.\n");
            }
            String date = d % 13 == 5 ? "" : String.format("2022-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            String lang = d % 7 == 2 ? "" : d % 7 == 4 ? "fa" : "ar";
            String id = repeatEvery > 0 && d % repeatEvery == repeatEvery - 1 ? "doc-" + (d / 2) : "doc-" + d;
            out.append(id).append(',').append(date).append(",\"").append(text.toString().replace("\"", "\"\""))
                    .append("\",").append(lang).append('\n');
            switch (d % 400) {
                case 10 -> out.append('\n');
                case 20 -> out.append("short-").append(d).append(",2022-01-01\n");
                case 30 -> out.append("wide-").append(d).append(",2022-01-01,text,ar,extra\n");
                case 40 -> out.append(" ,2022-01-01,\"no id here\",ar\n");
                default -> {
                }
            }
        }
        try {
            return Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code documents} articles as {@link #jsonl} does, every {@code repeatEvery}-th with the id of an earlier one. */
    static Path jsonlWithRepeatedIds(Path file, int documents, int repeatEvery, long seed) {
        List<String> lines = seedLines();
        SplittableRandom random = new SplittableRandom(seed);
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(3, 25);
            for (int i = 0; i < count; i++) {
                text.append(lines.get(random.nextInt(lines.size()))).append('\n');
            }
            ObjectNode node = json.createObjectNode();
            node.put("id", d % repeatEvery == repeatEvery - 1 ? "doc-" + (d / 3) : "doc-" + d);
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
