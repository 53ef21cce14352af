package org.comention.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comention.text.CharClasses;
import org.comention.text.NormalizedText;

/**
 * The words of a Latin or Cyrillic text as {@link LatinCyrillicNames} reads them: each with its
 * core (without a French elided article before it or a Turkish suffix or English possessive
 * after it), its key in the matcher's form (cut out of the caller's normalised text), its case,
 * whether it opens a sentence, and what separates it from the word before. One pass over the
 * text and one over its normalised form.
 */
final class LatinTokens {
    /** The longest suffix after an apostrophe that is a case ending, not a second word (Türkiye'dekilerin). */
    static final int MAX_SUFFIX = 10;
    /** This many words in capitals in a row are a headline, not acronyms. */
    static final int HEADLINE_RUN = 4;
    /** Opening quotes: a quoted name after a head word is that body's name (агентство «Интерфакс»). */
    private static final String QUOTES = "\"\u00ab\u201c\u201e";

    /** What separates a token from the one before it. */
    enum Gap { SPACE, ABBREVIATION, OTHER }

    /**
     * One word of the original text. {@code [start, end)} is the whole token; {@code [coreStart,
     * coreEnd)} the word without an elided article before it or a suffix after it; the span of a
     * name starts at {@code coreStart} and ends at {@code end} (or {@code coreEnd} for a
     * hyphenated tail).
     */
    record Token(int start, int end, int coreStart, int coreEnd, int spanEnd, int normalizedStart, int normalizedEnd,
                         String elided, boolean possessive,
                         boolean capitalised, boolean allCaps, boolean suffix, boolean prefixed, boolean sentenceStart,
                         boolean newlineBefore, boolean quoted, Gap gap) {
    }

    private final LatinLexicon lexicon;

    LatinTokens(LatinLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The words of {@code text}; {@code titles} tell an abbreviated title (Gen., Dr.) from a sentence's end. */
    List<Token> read(String text, NormalizedText normalized, Map<String, Double> titles) {
        List<Token> tokens = new ArrayList<>();
        Slicer slicer = new Slicer(normalized);
        int n = text.length();
        int i = 0;
        boolean boundary = true;
        while (i < n) {
            int gapStart = i;
            boolean newline = false;
            boolean other = false;
            boolean quoted = false;
            boolean dot = false;
            while (i < n && !isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    newline = true;
                    boundary = true;
                } else if (c == '.' && i == gapStart && !tokens.isEmpty() && isAbbreviation(tokens.get(tokens.size() - 1), titles, slicer)) {
                    dot = true;
                } else if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == '|' || c == '\u2022') {
                    boundary = true;
                    other = true;
                } else if (c != ' ' && c != '\t' && c != '\u00a0') {
                    other = true;
                    quoted |= QUOTES.indexOf(c) >= 0;
                }
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            // whether the word holds an apostrophe or a hyphen: most do not, and take the short way
            boolean joined = false;
            // and, for a plain word, whether it is in capitals: counted here rather than in a second loop
            boolean lower = false;
            int letters = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    joined |= c == '\u02bc';
                    lower |= CharClasses.isLowerCase(c);
                    letters += CharClasses.isLetter(c) ? 1 : 0;
                } else if (isJoiner(c) && i + 1 < n && isWordChar(text.charAt(i + 1)) && i > start) {
                    joined = true;
                } else {
                    break;
                }
                i++;
            }
            Gap gap = tokens.isEmpty() || newline || other || start == gapStart ? Gap.OTHER
                    : dot ? Gap.ABBREVIATION : Gap.SPACE;
            tokens.add(joined ? token(text, slicer, start, i, boundary, newline, quoted, gap)
                    : plainToken(text, slicer, start, i, !lower && letters >= 2, boundary, newline, quoted, gap));
            boundary = false;
        }
        return tokens;
    }

    /**
     * A word without an apostrophe or a hyphen: its core is the whole word, and it has no prefix,
     * elision or suffix; {@code inCapitals} when it has two letters or more and no lowercase one.
     */
    private static Token plainToken(String text, Slicer slicer, int start, int end, boolean inCapitals, boolean sentenceStart,
                                    boolean newline, boolean quoted, Gap gap) {
        int normalizedStart = slicer.at(start);
        int normalizedEnd = slicer.end(normalizedStart, end);
        boolean capitalised = isUpper(text.charAt(start));
        boolean allCaps = capitalised && inCapitals;
        return new Token(start, end, start, end, end, normalizedStart, normalizedEnd, null, false, capitalised, allCaps, false,
                false, sentenceStart, newline, quoted, gap);
    }

    /** Whether {@code text[from, to)} has two letters or more and no lowercase one. */
    private static boolean isAllCaps(String text, int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (CharClasses.isLowerCase(c)) {
                return false;
            }
            if (CharClasses.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private Token token(String text, Slicer slicer, int start, int end, boolean sentenceStart, boolean newline, boolean quoted,
                        Gap gap) {
        int coreStart = start;
        int coreEnd = end;
        int spanEnd = end;
        String elided = null;
        boolean suffix = false;
        int apostrophe = -1;
        for (int k = start; k < end; k++) {
            if (isApostrophe(text.charAt(k))) {
                apostrophe = k;
                break;
            }
        }
        if (apostrophe > start && apostrophe + 1 < end) {
            boolean lowerBefore = allLower(text, start, apostrophe);
            boolean upperAfter = isUpper(text.charAt(apostrophe + 1));
            boolean shortPrefix = apostrophe - start <= 2;
            if (upperAfter && apostrophe - start <= 6 && (lowerBefore || sentenceStart && apostrophe - start == 1)
                    || shortPrefix && lowerBefore && allLower(text, apostrophe + 1, end)
                    || sentenceStart && apostrophe - start == 1 && allLower(text, apostrophe + 1, end)) {
                // French elision: l'Armée, d'Haftar, qu'Israël, l'agence, D'après; a capital L' only opens
                // a sentence, elsewhere it belongs to the name (L'Orient-Le Jour)
                elided = text.substring(start, apostrophe).toLowerCase(Locale.ROOT) + "'";
                coreStart = apostrophe + 1;
            } else if (isUpper(text.charAt(start)) && !upperAfter && allLower(text, apostrophe + 1, end)
                    && end - apostrophe - 1 <= MAX_SUFFIX) {
                // Turkish case suffix or English possessive: İmamoğlu'nun, Haftar's
                coreEnd = apostrophe;
                suffix = true;
            }
        }
        int normalizedStart = slicer.at(coreStart);
        int normalizedEnd = slicer.end(normalizedStart, coreEnd);
        // searched within the word only: a search to the end of the text would make the whole quadratic
        int hyphen = hyphenIn(text, coreStart, coreEnd);
        // most words have no hyphen, and need no key until a rule asks for it
        String key = hyphen < 0 ? "" : slicer.slice(normalizedStart, normalizedEnd);
        if (hyphen > coreStart && hyphen < coreEnd && !suffix && isUpper(text.charAt(coreStart))
                && allLower(text, hyphen + 1, coreEnd) && !lexicon.titles.get(LatinLexicon.ANY).containsKey(key)) {
            // a lowercase tail is not part of the name: Iran-backed, Gaddafi-era (but Вице-премьер is a title)
            coreEnd = hyphen;
            spanEnd = hyphen;
            normalizedEnd = slicer.end(normalizedStart, coreEnd);
            key = slicer.slice(normalizedStart, normalizedEnd);
        }
        boolean prefixed = false;
        boolean capitalised = isUpper(text.charAt(coreStart));
        int dash = key.indexOf('-');
        if (!capitalised && dash > 0 && lexicon.prefixes.contains(key.substring(0, dash + 1))) {
            int after = hyphenIn(text, coreStart, coreEnd) + 1;
            prefixed = after > 0 && after < coreEnd && isUpper(text.charAt(after));
            capitalised = prefixed;
        } else if (capitalised && dash > 0 && lexicon.prefixes.contains(key.substring(0, dash + 1))) {
            prefixed = true;
        }
        boolean allCaps = capitalised && isAllCaps(text, coreStart, coreEnd);
        // an English possessive may sit inside an organisation's name (Tigray People's Liberation Front)
        boolean possessive = suffix && end - coreEnd == 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S');
        return new Token(start, end, coreStart, coreEnd, spanEnd, normalizedStart, normalizedEnd, elided, possessive, capitalised,
                allCaps, suffix,
                prefixed, sentenceStart, newline, quoted, gap);
    }

    /**
     * Reads a word's matching form out of the normalised text the caller already made, instead
     * of normalising every word again: words come in text order, so one pointer walks forward
     * through the offset map and the whole text costs one pass.
     */
    private static final class Slicer {
        private final NormalizedText normalized;
        private int position;

        Slicer(NormalizedText normalized) {
            this.normalized = normalized;
        }

        /** The first normalised character that comes from original offset {@code offset} or later. */
        int at(int offset) {
            while (position < normalized.length() && normalized.originalStart(position) < offset) {
                position++;
            }
            return position;
        }

        /** Where the normalised text of a word that starts at {@code from} and ends at original offset {@code end} ends. */
        int end(int from, int end) {
            int to = from;
            while (to < normalized.length() && normalized.originalStart(to) < end) {
                to++;
            }
            return to;
        }

        String slice(int from, int to) {
            return normalized.text().substring(from, to).strip();
        }
    }

    private static boolean isAbbreviation(Token t, Map<String, Double> titles, Slicer slicer) {
        int length = t.coreEnd() - t.coreStart();
        return t.capitalised() && !t.allCaps() && length <= 2 || t.capitalised() && length == 1
                || titles.containsKey(slicer.slice(t.normalizedStart(), t.normalizedEnd()));
    }

    /** Runs of {@value #HEADLINE_RUN} or more words in capitals on one line. */
    static boolean[] headlines(List<Token> tokens) {
        boolean[] headline = new boolean[tokens.size()];
        int runStart = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean inRun = k < tokens.size() && tokens.get(k).allCaps() && (k == runStart || !tokens.get(k).newlineBefore());
            if (!inRun) {
                if (k - runStart >= HEADLINE_RUN) {
                    for (int m = runStart; m < k; m++) {
                        headline[m] = true;
                    }
                }
                runStart = k + 1;
                if (k < tokens.size() && tokens.get(k).allCaps()) {
                    runStart = k;
                }
            }
        }
        return headline;
    }

    private static boolean isWordChar(char c) {
        return CharClasses.isWordPart(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018';
    }

    /** The first hyphen in {@code text[from, to)}, or -1. */
    private static int hyphenIn(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '-') {
                return k;
            }
        }
        return -1;
    }

    static boolean isUpper(char c) {
        return CharClasses.isLatinOrCyrillicCapital(c);
    }

    private static boolean allLower(String text, int from, int to) {
        boolean any = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (CharClasses.isLetter(c)) {
                if (!CharClasses.isLowerCase(c)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    static int letters(String text, int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            if (CharClasses.isLetter(text.charAt(k))) {
                letters++;
            }
        }
        return letters;
    }
}
