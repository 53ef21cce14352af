package org.comention.entity;

import java.util.List;
import java.util.Map;
import org.comention.entity.LatinTokens.Token;
import org.comention.text.NormalizedText;

/**
 * The words of a Latin or Cyrillic text that are not prose, where capitals say nothing of a
 * name: photo credits and bylines, skipped like headlines, and Title Case headings, where
 * {@link LatinCyrillicNames} proposes only strong cases. Cues are data ({@link LatinLexicon}).
 */
final class LatinLayout {
    /** A credit (Photo: Reuters / Jane Doe) names an agency and a photographer or two; no further words are skipped. */
    static final int MAX_CREDIT_WORDS = 8;
    /** A heading is a short line; a longer one is a sentence, however capitalised. */
    static final int MAX_HEADING_WORDS = 14;

    private final LatinLexicon lexicon;

    LatinLayout(LatinLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Marks the words of photo credits and bylines (صورة: AA, Photo: Reuters, © AFP) as not to be
     * read, like headlines: who took or sent a picture is no participant of the story.
     */
    void markCredits(String text, NormalizedText normalized, List<Token> tokens, boolean[] skip) {
        int n = tokens.size();
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            int from = -1;
            int gapStart = k == 0 ? 0 : tokens.get(k - 1).end();
            for (int c = gapStart; c < t.start() && from < 0; c++) {
                if (lexicon.creditSymbolInitials.indexOf(text.charAt(c)) >= 0) {
                    from = creditSymbolAt(text, c) ? k : -1;
                }
            }
            // most words are no cue: a colon after the word, or the first letter of a cue that needs none, is
            // looked at before the word is sliced out
            boolean candidate = from < 0 && colonAfter(text, t.end());
            if (from < 0 && !candidate) {
                int first = t.normalizedStart();
                while (first < t.normalizedEnd() && Character.isWhitespace(normalized.charAt(first))) {
                    first++;
                }
                candidate = first < t.normalizedEnd() && lexicon.creditInitials.indexOf(normalized.charAt(first)) >= 0;
            }
            List<LatinLexicon.CreditCue> cues = candidate ? lexicon.creditCues.get(tokenKey(normalized, t)) : null;
            if (cues != null) {
                for (LatinLexicon.CreditCue cue : cues) {
                    from = Math.max(from, matchCredit(text, normalized, tokens, k, cue));
                }
            }
            if (from >= 0) {
                int end = from;
                while (end < n && end - from < MAX_CREDIT_WORDS && (end == from || !tokens.get(end).newlineBefore())) {
                    skip[end] = true;
                    end++;
                }
                k = Math.max(k, end - 1);
            }
        }
    }

    /** Whether a credit symbol (©) starts at {@code c}. */
    private boolean creditSymbolAt(String text, int c) {
        for (String symbol : lexicon.creditSymbols) {
            if (text.startsWith(symbol, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of Title Case headings (Meclis Üyelerine Yönelik Soruşturmalar, Belediye Başkanı
     * Hakkındaki Suçlamalar): a line of at most {@value #MAX_HEADING_WORDS} words that ends without
     * a sentence's punctuation and whose words, function words aside, are mostly capitalised. There
     * capitals say nothing of a name, so only strong cases are proposed.
     */
    boolean[] headings(String text, NormalizedText normalized, List<Token> tokens, Map<String, LatinLexicon.WordClass> common) {
        int n = tokens.size();
        boolean[] heading = new boolean[n];
        int lineStart = 0;
        for (int k = 1; k <= n; k++) {
            if (k < n && !tokens.get(k).newlineBefore()) {
                continue;
            }
            // a text of one line is a sentence or a fragment, not a heading over one; cheap tests first, as
            // most lines are paragraphs
            boolean oneOfLines = lineStart > 0 || k < n;
            if (oneOfLines && k - lineStart <= MAX_HEADING_WORDS && tokens.get(lineStart).capitalised()
                    && !endsSentence(text, tokens.get(k - 1).end())) {
                int words = 0;
                int capitalised = 0;
                for (int m = lineStart; m < k; m++) {
                    if (tokens.get(m).capitalised()) {
                        words++;
                        capitalised++;
                    } else if (common.get(tokenKey(normalized, tokens.get(m))) != LatinLexicon.WordClass.STOP) {
                        words++;
                    }
                }
                if (words >= 2 && capitalised * 4 >= words * 3) {
                    java.util.Arrays.fill(heading, lineStart, k, true);
                }
            }
            lineStart = k;
        }
        return heading;
    }

    /** Whether the text after {@code from}, up to the end of its line, holds a sentence's end or a colon. */
    private static boolean endsSentence(String text, int from) {
        for (int c = from; c < text.length() && text.charAt(c) != '\n' && text.charAt(c) != '\r'; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' || ch == '…' || ch == ',') {
                return true;
            }
        }
        return false;
    }

    /** The token after {@code cue} when it starts at token {@code k} (and a colon follows, if it must), else -1. */
    private static int matchCredit(String text, NormalizedText normalized, List<Token> tokens, int k,
                                   LatinLexicon.CreditCue cue) {
        int size = cue.words().size();
        if (k + size > tokens.size()) {
            return -1;
        }
        for (int w = 1; w < size; w++) {
            if (!cue.words().get(w).equals(tokenKey(normalized, tokens.get(k + w)))) {
                return -1;
            }
        }
        if (cue.colon() && !colonAfter(text, tokens.get(k + size - 1).end())) {
            return -1;
        }
        return k + size;
    }

    /** Whether a colon follows offset {@code end}, after spaces. */
    private static boolean colonAfter(String text, int end) {
        int c = end;
        while (c < text.length() && (text.charAt(c) == ' ' || text.charAt(c) == '\u00a0')) {
            c++;
        }
        return c < text.length() && text.charAt(c) == ':';
    }

    private static String tokenKey(NormalizedText normalized, Token t) {
        return normalized.text().substring(t.normalizedStart(), t.normalizedEnd()).strip();
    }
}
