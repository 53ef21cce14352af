package org.comention.entity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.comention.text.Scripts;
import org.comention.text.StopWords;

/**
 * Generates the spellings of a foreign name written in Arabic script that the gazetteer does not
 * list: the same name transliterated by another newsroom. Input and output are in the form
 * {@link org.comention.text.TextNormalizer} produces (ي, ك, ه already unified).
 *
 * <p>Rules, one edit per variant ({@link #MAX_EDITS}; two would triple the automaton for little gain):
 * <ul>
 *   <li>g as غ, ج, گ or ق (ستولتنبرغ, ستولتنبرج, استولتنبرگ);</li>
 *   <li>v as ف, و or ڤ; p as ب or پ; ch as تش or چ;</li>
 *   <li>a long vowel ي, و or ا inside a word may be left out (زيلينسكي, زلينسكي);</li>
 *   <li>the Persian prothetic ا before an initial s or sh and a consonant may be added or left out
 *       (ستولتنبرغ, استولتنبرگ);</li>
 *   <li>a final ه may be written ي and the reverse (روته, روتي).</li>
 * </ul>
 * Words of fewer than {@link #MIN_WORD} letters and words with the Arabic article (an Arabic
 * name, not a transliteration) are left as they are.
 */
public final class ArabicScriptVariants {
    static final int MAX_EDITS = 1;
    static final int MIN_WORD = 5;
    static final int MAX_VARIANTS = 200;

    private static final String[][] SOUNDS = {
        {"غ", "ج", "گ", "ق"},
        {"ف", "و", "ڤ"},
        {"ب", "پ"},
        {"تش", "چ"},
    };
    private static final String LONG_VOWELS = "يوا";
    private static final String ARTICLE = "ال";

    /**
     * Normalised Arabic and Persian function words: a split whose halves are both such words is
     * common text, not the name (while کی یف, Kyiv, has one, and stays).
     */
    private final Set<String> functionWords;

    /** No function words: every split is generated; for tests of the other rules. */
    public ArabicScriptVariants() {
        this.functionWords = Set.of();
    }

    /**
     * With Lucene's Arabic and Persian stop words, normalised by {@code normalize}, so a split
     * never makes a phrase of two common words: اليمن split as الي من would match إلى من, "to whom".
     */
    public ArabicScriptVariants(java.util.function.UnaryOperator<String> normalize) {
        Set<String> words = new java.util.HashSet<>();
        for (String lang : java.util.List.of("ar", "fa")) {
            for (String word : StopWords.words(StopWords.of(lang))) {
                words.add(normalize.apply(word).strip());
            }
        }
        this.functionWords = Set.copyOf(words);
    }
    private static final String CONSONANTS_AFTER_S = "تكپبلمنوفقگ";

    /**
     * The spacing variants of any Arabic-script name, place or organisation alike: the words of a
     * compound written together (الولاياتالمتحدة) or a word written in two (کی یف), halves of two
     * letters at least, not both function words, and never the article alone.
     */
    public Set<String> spacing(String alias) {
        Set<String> out = new LinkedHashSet<>();
        if (!isArabicScript(alias.replace(" ", ""))) {
            return out;
        }
        String[] words = alias.split(" ");
        for (int w = 0; w + 1 < words.length; w++) {
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < words.length; k++) {
                joined.append(k == 0 || k == w + 1 ? "" : " ").append(words[k]);
            }
            out.add(joined.toString());
        }
        if (words.length == 1 && alias.length() >= MIN_WORD - 1) {
            for (int i = 2; i <= alias.length() - 2; i++) {
                String head = alias.substring(0, i);
                String tail = alias.substring(i);
                if (!head.equals(ARTICLE) && !(functionWords.contains(head) && functionWords.contains(tail))) {
                    out.add(head + " " + tail);
                }
            }
        }
        out.remove(alias);
        return out;
    }

    /** The variants of {@code alias} (normalised), the alias itself excluded. */
    public Set<String> of(String alias) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(alias);
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {alias, "0"});
        while (!queue.isEmpty() && seen.size() < MAX_VARIANTS) {
            String[] item = queue.poll();
            int edits = Integer.parseInt(item[1]);
            if (edits == MAX_EDITS) {
                continue;
            }
            for (String next : oneEdit(item[0])) {
                if (seen.add(next)) {
                    queue.add(new String[] {next, Integer.toString(edits + 1)});
                }
            }
        }
        seen.remove(alias);
        return seen;
    }

    private static Set<String> oneEdit(String alias) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = alias.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() < MIN_WORD || word.startsWith("ال") || !isArabicScript(word)) {
                continue;
            }
            for (String changed : wordEdits(word)) {
                String[] copy = words.clone();
                copy[w] = changed;
                out.add(String.join(" ", copy));
            }
        }
        return out;
    }

    private static Set<String> wordEdits(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] sound : SOUNDS) {
            for (String from : sound) {
                for (int i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) {
                    for (String to : sound) {
                        if (!to.equals(from)) {
                            out.add(word.substring(0, i) + to + word.substring(i + from.length()));
                        }
                    }
                }
            }
        }
        for (int i = 1; i < word.length() - 1; i++) {
            if (LONG_VOWELS.indexOf(word.charAt(i)) >= 0 && LONG_VOWELS.indexOf(word.charAt(i - 1)) < 0) {
                out.add(word.substring(0, i) + word.substring(i + 1));
            }
        }
        if ((word.startsWith("س") || word.startsWith("ش")) && CONSONANTS_AFTER_S.indexOf(word.charAt(1)) >= 0) {
            out.add("ا" + word);
        }
        if (word.startsWith("اس") || word.startsWith("اش")) {
            if (CONSONANTS_AFTER_S.indexOf(word.charAt(2)) >= 0) {
                out.add(word.substring(1));
            }
        }
        char last = word.charAt(word.length() - 1);
        if (last == 'ه') {
            out.add(word.substring(0, word.length() - 1) + 'ي');
        } else if (last == 'ي') {
            out.add(word.substring(0, word.length() - 1) + 'ه');
        }
        return out;
    }

    private static boolean isArabicScript(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Scripts.of(word.charAt(i)) != Scripts.ARABIC) {
                return false;
            }
        }
        return true;
    }
}
