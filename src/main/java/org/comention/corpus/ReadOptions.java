package org.comention.corpus;

import java.nio.charset.Charset;

/**
 * How input files are read: {@code encoding} decodes every file without a byte order mark
 * ({@code null}: UTF-8, or a detected encoding where the bytes are not UTF-8), and
 * {@code maxDocumentChars} bounds a document's length (0: no bound), so one monstrous article
 * cannot exhaust the memory of a run over many; {@code meter} is told the bytes read, for progress.
 */
public record ReadOptions(Charset encoding, long maxDocumentChars, ReadMeter meter) {
    public static final long DEFAULT_MAX_DOCUMENT_CHARS = 10_000_000;
    public static final ReadOptions DEFAULT = new ReadOptions(null, DEFAULT_MAX_DOCUMENT_CHARS);

    public ReadOptions {
        if (maxDocumentChars < 0) {
            throw new IllegalArgumentException("maxDocumentChars < 0: " + maxDocumentChars);
        }
        java.util.Objects.requireNonNull(meter, "meter");
    }

    /** Options that count nothing. */
    public ReadOptions(Charset encoding, long maxDocumentChars) {
        this(encoding, maxDocumentChars, ReadMeter.NONE);
    }

    /** These options, telling {@code meter} the bytes read. */
    public ReadOptions withMeter(ReadMeter meter) {
        return new ReadOptions(encoding, maxDocumentChars, meter);
    }

    /**
     * The options as the command line gives them: a charset name ({@code null}: detect) and the
     * bound; an unknown charset throws {@link IllegalArgumentException} saying so.
     */
    public static ReadOptions of(String encoding, long maxDocumentChars) {
        return new ReadOptions(encoding == null ? null : Encodings.named(encoding), maxDocumentChars);
    }

    /** Whether a document of {@code chars} characters is over the bound. */
    boolean tooLong(long chars) {
        return maxDocumentChars > 0 && chars > maxDocumentChars;
    }

    /** The message that skips a document of {@code chars} characters. */
    String tooLongMessage(String what, long chars) {
        return String.format(java.util.Locale.ROOT, "%s%,d characters, over --max-document-chars %,d; skipped",
                what, chars, maxDocumentChars);
    }
}
