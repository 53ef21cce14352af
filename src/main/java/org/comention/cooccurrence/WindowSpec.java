package org.comention.cooccurrence;

import java.util.Locale;

/**
 * The unit within which two mentions co-occur: the whole document, a paragraph, a sentence, or
 * a block of {@code tokens} consecutive tokens (the document cut into blocks 0..N-1, N..2N-1, ...).
 */
public record WindowSpec(Unit unit, int tokens) {

    /** The kinds of window. */
    public enum Unit { DOCUMENT, PARAGRAPH, SENTENCE, TOKENS }

    public static final WindowSpec DOCUMENT = new WindowSpec(Unit.DOCUMENT, 0);

    public WindowSpec {
        if (unit == Unit.TOKENS && tokens < 1) {
            throw new IllegalArgumentException("a token window needs at least 1 token, not " + tokens);
        }
    }

    /** {@code document}, {@code paragraph}, {@code sentence} or a positive number of tokens. */
    public static WindowSpec parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "document":
                return DOCUMENT;
            case "paragraph":
                return new WindowSpec(Unit.PARAGRAPH, 0);
            case "sentence":
                return new WindowSpec(Unit.SENTENCE, 0);
            default:
                try {
                    int n = Integer.parseInt(v);
                    if (n < 1) {
                        throw new IllegalArgumentException("window must be document, paragraph, sentence or a number of tokens >= 1, not '" + value + "'");
                    }
                    return new WindowSpec(Unit.TOKENS, n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("window must be document, paragraph, sentence or a number of tokens, not '" + value + "'");
                }
        }
    }

    @Override
    public String toString() {
        return unit == Unit.TOKENS ? Integer.toString(tokens) : unit.name().toLowerCase(Locale.ROOT);
    }
}
