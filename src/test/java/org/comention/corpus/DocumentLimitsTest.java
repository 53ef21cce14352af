package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --max-document-chars: a monstrous document is skipped with its size, and reading it costs no
 * memory of its size; what is within the bound is read whole. Memory is measured as the bytes
 * this thread allocates while reading (HotSpot counts them), so a reader that built the String
 * anyway would fail.
 */
class DocumentLimitsTest {
    private static final int MB = 1 << 20;

    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** Reads {@code input}; returns the bytes this thread allocated meanwhile. */
    private long read(Path input, long maxDocumentChars) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Corpora.open(input, ColumnNames.DEFAULT, new ReadOptions(null, maxDocumentChars))
                .read(documents::add, p -> problems.add(p.toString()));
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void assumeAllocationIsCounted() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    }

    /** Writes real text, the seed article again and again, until the file has at least {@code bytes}. */
    private static long writeRepeated(Writer out, String text, long bytes) throws IOException {
        long utf8 = text.getBytes(StandardCharsets.UTF_8).length;
        long written = 0;
        while (written < bytes) {
            out.write(text);
            written += utf8;
        }
        return written;
    }

    @Test
    void a200MegabyteArticleIsSkippedUnreadAndTheRestOfTheDirectoryIsRead() throws IOException {
        assumeAllocationIsCounted();
        String seed = EncodingsTest.seed(EncodingsTest.ARABIC_SEED);
        for (String id : new String[] {"a", "c"}) {
            Files.writeString(dir.resolve(id + ".txt"), seed);
        }
        Path big = dir.resolve("b.txt");
        long size;
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            size = writeRepeated(out, seed, 200L * MB);
        }
        assertEquals(size, Files.size(big));
        long started = System.nanoTime();
        long allocated = read(dir, ReadOptions.DEFAULT_MAX_DOCUMENT_CHARS);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(List.of("a", "c"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(String.format(java.util.Locale.ROOT,
                "%s: %,d bytes (at least %,d characters), over --max-document-chars 10,000,000; skipped",
                big, size, (size + 3) / 4)), problems);
        assertTrue(allocated < 20L * MB, "the big file is not read: " + allocated / MB + " MB allocated");
        assertTrue(seconds < 5, "skipped quickly: " + seconds + " s");
        System.out.printf(java.util.Locale.ROOT, "200 MB article skipped; directory read in %.3f s, %d MB allocated%n",
                seconds, allocated / MB);
    }

    @Test
    void aTextFileWithinFourBytesACharacterIsReadAndMeasured() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("short.txt"), "ناتو ".repeat(200)); // 1,000 characters in 1,800 bytes
        read(dir, 1000);
        assertEquals(List.of("short"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(file + ": 2,000 characters, over --max-document-chars 1,000; skipped"), problems);
    }

    @Test
    void aJsonlLineOf50MegabytesIsSkippedWithoutHoldingItAndTheNextLineIsRead() throws IOException {
        assumeAllocationIsCounted();
        Path file = dir.resolve("a.jsonl");
        long lineLength;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"first\", \"text\": \"ستولتنبرغ\"}\n");
            String open = "{\"id\": \"big\", \"text\": \"";
            out.write(open);
            lineLength = open.length() + writeRepeated(out, "Blinken met Stoltenberg in Brussels. ", 50L * MB) + 2;
            out.write("\"}\n");
            out.write("{\"id\": \"long\", \"text\": \"" + "x".repeat(5000) + "\"}\n");
            out.write("{\"id\": \"last\", \"text\": \"Blinken\"}\n");
        }
        long allocated = read(file, 1000);
        assertEquals(List.of("first", "last"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(String.format(java.util.Locale.ROOT,
                        "%s:2: a line of %,d characters, too long for --max-document-chars 1,000; skipped", file, lineLength),
                file + ":3: document 'long': 5,000 characters, over --max-document-chars 1,000; skipped"), problems);
        assertTrue(allocated < 20L * MB, "the 50 MB line is not held: " + allocated / MB + " MB allocated");
    }

    @Test
    void aCsvFieldOf50MegabytesIsReadWhenWithinTheLimitAndSkippedWhenNot() throws IOException {
        Path file = dir.resolve("a.csv");
        String sentence = "قال بلينكن إن \"الناتو\" يدعم أوكرانيا، وستولتنبرغ وافق.\n";
        long chars;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,text\nsmall,ناتو\nbig,\"");
            chars = writeRepeated(out, sentence.replace("\"", "\"\""), 50L * MB) / sentence.replace("\"", "\"\"")
                    .getBytes(StandardCharsets.UTF_8).length * sentence.length();
            out.write("\"\nafter,Blinken\n");
        }
        read(file, 60L * MB);
        assertEquals(List.of("small", "big", "after"), documents.stream().map(Document::id).toList());
        String big = documents.get(1).text();
        assertEquals(chars, big.length());
        assertTrue(big.startsWith(sentence) && big.endsWith(sentence), "the field is read as written");
        assertEquals(List.of(), problems);

        documents.clear();
        read(file, 1000);
        assertEquals(List.of("small", "after"), documents.stream().map(Document::id).toList());
        assertEquals(List.of(String.format(java.util.Locale.ROOT,
                "%s:%d: document 'big': %,d characters, over --max-document-chars 1,000; skipped", file,
                3 + chars / sentence.length(), chars)), problems);
    }
}
