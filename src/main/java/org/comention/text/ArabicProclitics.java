package org.comention.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The Arabic proclitics that may be written attached before a name: an optional conjunction
 * (و and, ف so), an optional preposition (ب with, ك like, ل for) and an optional article ال,
 * in that order; except that ل before the article fuses with it into لل (للناتو = ل + الناتو,
 * whose alef is not written), so لال is not a prefix.
 *
 * <p>Forms are in {@link TextNormalizer} output, so hamza and letter variants are already folded.
 * A name is never stemmed: only these prefixes are recognised, so a longer word that merely
 * contains a name (a different word) is not taken as the name.
 */
public final class ArabicProclitics {
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREPOSITIONS = {"", "ب", "ك", "ل"};
    private static final String[] ARTICLES = {"", "ال"};
    private static final String PREPOSITION_WITH_ARTICLE = "لل";

    private final String[] prefixes;
    private final String[] articlePrefixes;

    public ArabicProclitics() {
        Set<String> prefixes = new HashSet<>();
        Set<String> articlePrefixes = new HashSet<>();
        for (String conjunction : CONJUNCTIONS) {
            for (String preposition : PREPOSITIONS) {
                for (String article : ARTICLES) {
                    String prefix = conjunction + preposition + article;
                    boolean fusedForm = preposition.equals("ل") && !article.isEmpty();
                    if (!prefix.isEmpty() && !fusedForm) {
                        prefixes.add(prefix);
                    }
                }
            }
            prefixes.add(conjunction + PREPOSITION_WITH_ARTICLE);
            articlePrefixes.add(conjunction + PREPOSITION_WITH_ARTICLE);
        }
        this.prefixes = prefixes.stream().sorted().toArray(String[]::new);
        this.articlePrefixes = articlePrefixes.stream().sorted().toArray(String[]::new);
    }

    /** Whether {@code text[from, to)} is a complete proclitic sequence. */
    public boolean isProclitic(CharSequence text, int from, int to) {
        return to - from <= 4 && anyEquals(prefixes, text, from, to);
    }

    /**
     * Whether {@code text[from, to)} is a proclitic sequence that absorbed the article's alef
     * (لل, ولل, فلل): the word after it is a definite noun written without its ال.
     */
    public boolean absorbsArticle(CharSequence text, int from, int to) {
        return to - from <= 4 && anyEquals(articlePrefixes, text, from, to);
    }

    /** Compares in place: the matcher asks this of every Arabic match, and a substring each time showed in profiles. */
    private static boolean anyEquals(String[] candidates, CharSequence text, int from, int to) {
        for (String candidate : candidates) {
            if (candidate.length() == to - from && regionEquals(candidate, text, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEquals(String candidate, CharSequence text, int from) {
        for (int i = 0; i < candidate.length(); i++) {
            if (candidate.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is a letter of the Arabic script, the only script these prefixes attach to. */
    public static boolean isArabicLetter(char c) {
        return Scripts.isArabicLetter(c);
    }
}
