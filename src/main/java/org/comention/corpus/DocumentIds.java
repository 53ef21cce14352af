package org.comention.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The bound on a document id. An id is written wherever its document is named: in the sample of
 * every edge it supports, in every row of mentions.csv, in report.html; one id of 200,000
 * characters made 457 MB of outputs. An id longer than {@value #MAX_CHARS} characters keeps its
 * head and ends with {@code …} and 16 hexadecimal digits of the SHA-256 of the whole id, so two
 * long ids that share their head stay apart, and the same id is always cut the same way.
 */
public final class DocumentIds {
    /** The longest id kept as it is: room for any real URL, file path or database key. */
    public static final int MAX_CHARS = 512;
    private static final String MARK = "\u2026";
    private static final int HASH_HEX = 16;

    private DocumentIds() {
    }

    /** {@code id}, or its capped form when it is longer than {@value #MAX_CHARS} characters. */
    public static String capped(String id) {
        if (id.length() <= MAX_CHARS) {
            return id;
        }
        int head = MAX_CHARS - MARK.length() - HASH_HEX;
        // a surrogate pair is kept whole or not at all
        if (Character.isHighSurrogate(id.charAt(head - 1)) && Character.isLowSurrogate(id.charAt(head))) {
            head--;
        }
        return id.substring(0, head) + MARK + hash(id);
    }

    /** The warning for an id that {@link #capped} cut: its new end tells it apart in the outputs. */
    static String cutWarning(String id) {
        String capped = capped(id);
        return String.format(Locale.ROOT, "document id of %,d characters cut to %,d (it ends in %s)", id.length(),
                capped.length(), capped.substring(capped.length() - MARK.length() - HASH_HEX));
    }

    /** Over the id's UTF-16 code units, so ids that differ only in a lone surrogate differ here too. */
    private static String hash(String id) {
        byte[] units = new byte[2 * id.length()];
        for (int i = 0; i < id.length(); i++) {
            units[2 * i] = (byte) (id.charAt(i) >>> 8);
            units[2 * i + 1] = (byte) id.charAt(i);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(units);
            return HexFormat.of().formatHex(digest, 0, HASH_HEX / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
