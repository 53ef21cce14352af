package org.comention.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phrases of one language for {@link SyntheticCorpus}: sentence templates, filler words,
 * month names, news agencies and a dateline pattern, read from {@code <lang>.txt} beside this
 * class, so that the text is data a reader can check and extend rather than Java literals.
 */
record NewsLanguage(String code, List<String> templates, List<String> filler, List<String> months,
                    List<String> agencies, String dateline) {

    static NewsLanguage load(String code) {
        List<String> templates = new ArrayList<>();
        List<String> filler = new ArrayList<>();
        List<String> months = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        String dateline = null;
        String resource = code + ".txt";
        try (InputStream in = NewsLanguage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no phrases for language " + code + " (" + resource + ")");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.length() < 2 || line.startsWith("#")) {
                    continue;
                }
                String value = line.substring(2).strip();
                switch (line.charAt(0)) {
                    case 'T' -> templates.add(value);
                    case 'F' -> filler.addAll(Arrays.asList(value.split(" +")));
                    case 'M' -> months.addAll(Arrays.asList(value.split(" +")));
                    case 'A' -> agencies.add(value);
                    case 'D' -> dateline = value;
                    default -> throw new IllegalStateException(resource + ": unknown entry " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (templates.isEmpty() || filler.isEmpty() || months.size() != 12 || agencies.isEmpty() || dateline == null) {
            throw new IllegalStateException(resource + ": needs templates, filler, 12 months, agencies and a dateline");
        }
        return new NewsLanguage(code, List.copyOf(templates), List.copyOf(filler), List.copyOf(months),
                List.copyOf(agencies), dateline);
    }
}
