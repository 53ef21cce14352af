package org.comention.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.comention.entity.GazetteerReader;

/**
 * A reproducible synthetic news corpus for benchmarks: {@code SIZE_MB FORMAT OUTPUT SEED}.
 *
 * <p>Writes articles of {@link SyntheticArticles} until at least {@code SIZE_MB} million bytes of
 * UTF-8 text (the file, or the files of the directory) are written: as a directory of
 * {@code .txt} files (a thousand to a subdirectory), as CSV with {@code id,date,lang,text} or as
 * JSON lines with the same fields. Articles are written as they are made, so a 1 GB corpus needs
 * no more memory than one article; the same seed gives the same bytes.
 */
public final class SyntheticCorpus {
    /** Sizes are decimal megabytes, as MB/s figures are. */
    static final long MB = 1_000_000L;
    private static final int FILES_PER_DIRECTORY = 1000;

    public enum Format { TXT, CSV, JSONL }

    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: SyntheticCorpus SIZE_MB txt|csv|jsonl OUTPUT SEED");
            System.exit(1);
        }
        double megabytes = Double.parseDouble(args[0]);
        Format format = Format.valueOf(args[1].toUpperCase(Locale.ROOT));
        Path output = Path.of(args[2]);
        long seed = Long.parseLong(args[3]);
        long documents = write((long) (megabytes * MB), format, output, seed);
        System.err.printf(Locale.ROOT, "SyntheticCorpus: %,d documents, %s MB, %s, seed %d -> %s%n",
                documents, args[0], format.name().toLowerCase(Locale.ROOT), seed, output);
    }

    /**
     * Writes the corpus.
     *
     * @return how many documents were written
     */
    public static long write(long bytes, Format format, Path output, long seed) throws IOException {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the size must be positive, got " + bytes + " bytes");
        }
        SyntheticArticles articles = new SyntheticArticles(GazetteerReader.readWithBundled(List.of()), seed);
        return switch (format) {
            case TXT -> writeTxt(bytes, articles, output);
            case CSV -> writeLines(bytes, articles, output, true);
            case JSONL -> writeLines(bytes, articles, output, false);
        };
    }

    private static long writeTxt(long bytes, SyntheticArticles articles, Path directory) throws IOException {
        Files.createDirectories(directory);
        long written = 0;
        long documents = 0;
        while (written < bytes) {
            SyntheticArticles.Article article = articles.next();
            Path folder = directory.resolve(String.format(Locale.ROOT, "%05d", documents / FILES_PER_DIRECTORY));
            if (documents % FILES_PER_DIRECTORY == 0) {
                Files.createDirectories(folder);
            }
            byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(article.id() + ".txt"), text);
            written += text.length;
            documents++;
        }
        return documents;
    }

    private static long writeLines(long bytes, SyntheticArticles articles, Path file, boolean csv) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // "\n", not Commons CSV's default CRLF: the same bytes on every platform
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        ObjectMapper json = new ObjectMapper();
        long documents = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            long written = 0;
            if (csv) {
                String header = format.format("id", "date", "lang", "text") + "\n";
                out.write(header);
                written += header.length();
            }
            while (written < bytes) {
                SyntheticArticles.Article a = articles.next();
                String line;
                if (csv) {
                    line = format.format(a.id(), a.date(), a.lang(), a.text()) + "\n";
                } else {
                    ObjectNode node = json.createObjectNode();
                    node.put("id", a.id()).put("date", a.date()).put("lang", a.lang()).put("text", a.text());
                    line = json.writeValueAsString(node) + "\n";
                }
                out.write(line);
                written += utf8Length(line);
                documents++;
            }
        }
        return documents;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
