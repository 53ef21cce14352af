package org.comention.text;

/**
 * Text after {@link TextNormalizer}, with the way back to the original: normalised character
 * {@code i} came from original characters {@code [originalStart(i), originalEnd(i))}.
 */
public final class NormalizedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    public int originalStart(int i) {
        return starts[i];
    }

    public int originalEnd(int i) {
        return ends[i];
    }

    @Override
    public String toString() {
        return text;
    }
}
