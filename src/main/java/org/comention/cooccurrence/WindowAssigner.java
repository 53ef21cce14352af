package org.comention.cooccurrence;

import java.util.List;
import org.comention.entity.Mention;
import org.comention.text.NormalizedText;
import org.comention.text.Segmenter;
import org.comention.text.TextNormalizer;

/**
 * Gives every mention of a document the number of its window. Numbers grow with the mention's
 * position, so mentions sorted by start have non-decreasing windows.
 */
public final class WindowAssigner {
    private final WindowSpec spec;
    private final Segmenter segmenter = new Segmenter();

    public WindowAssigner(WindowSpec spec) {
        this.spec = spec;
    }

    public WindowSpec spec() {
        return spec;
    }

    /**
     * @param mentions sorted by start
     * @return the window of each mention, and how many windows the document has
     */
    public Windows assign(String text, NormalizedText normalized, List<Mention> mentions) {
        int[] windows = new int[mentions.size()];
        switch (spec.unit()) {
            case DOCUMENT:
                return new Windows(windows, 1);
            case PARAGRAPH:
                return bySegments(segmenter.paragraphStarts(text), mentions, windows);
            case SENTENCE:
                return bySegments(segmenter.sentenceStarts(text), mentions, windows);
            case TOKENS:
                return byTokens(normalized, mentions, windows);
            default:
                throw new IllegalStateException(spec.unit().toString());
        }
    }

    private static Windows bySegments(int[] starts, List<Mention> mentions, int[] windows) {
        for (int i = 0; i < windows.length; i++) {
            windows[i] = Segmenter.segmentOf(starts, mentions.get(i).start());
        }
        return new Windows(windows, starts.length);
    }

    private Windows byTokens(NormalizedText normalized, List<Mention> mentions, int[] windows) {
        String s = normalized.text();
        int token = -1;
        int position = 0;
        for (int i = 0; i < windows.length; i++) {
            int target = mentions.get(i).normalizedStart();
            for (; position <= target && position < s.length(); position++) {
                if (startsToken(s, position)) {
                    token++;
                }
            }
            windows[i] = Math.max(token, 0) / spec.tokens();
        }
        int tokens = token + 1;
        for (; position < s.length(); position++) {
            if (startsToken(s, position)) {
                tokens++;
            }
        }
        return new Windows(windows, Math.max(1, (tokens + spec.tokens() - 1) / spec.tokens()));
    }

    private static boolean startsToken(String s, int i) {
        return TextNormalizer.isWordChar(s.charAt(i)) && (i == 0 || !TextNormalizer.isWordChar(s.charAt(i - 1)));
    }

    /** The window of each mention, and the number of windows in the document. */
    public record Windows(int[] ofMention, int count) {
    }
}
