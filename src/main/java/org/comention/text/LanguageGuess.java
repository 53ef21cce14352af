package org.comention.text;

import java.util.Locale;
import java.util.Set;

/**
 * A first guess at a document's language from its letters, for when the input does not say:
 * Arabic script is Persian if it uses Persian letters (پ چ ژ گ ی ک) noticeably, else Arabic;
 * Cyrillic is Ukrainian if it uses і ї є ґ, else Russian; Latin script goes by the most frequent
 * function words of English, French, German and Turkish, English when none is seen. A guess, not
 * language identification: it labels per-language counts, and tells the matcher which language's
 * common words and inflections to read when the input declares no language.
 */
public final class LanguageGuess {
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on");
    private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "du", "une", "est", "dans", "pour");
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "nicht", "mit", "ist", "den", "sich", "auf");
    private static final Set<String> TR = Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "çok");

    private final LanguageCodes codes = new LanguageCodes();

    /**
     * The document's language: {@code declared} if given, as {@link LanguageCodes#canonical} reads
     * it, else a guess from {@code text}. Thread-safe.
     */
    public String of(String declared, String text) {
        if (declared != null && !declared.isBlank()) {
            return codes.code(declared);
        }
        int arabic = 0;
        int persian = 0;
        int cyrillic = 0;
        int ukrainian = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte script = Scripts.of(c);
            if (script == Scripts.ARABIC && Character.isLetter(c)) {
                arabic++;
                persian += "پچژگیک".indexOf(c) >= 0 ? 1 : 0;
            } else if (script == Scripts.CYRILLIC) {
                cyrillic++;
                ukrainian += "іїєґІЇЄҐ".indexOf(c) >= 0 ? 1 : 0;
            } else if (script == Scripts.LATIN) {
                latin++;
            }
        }
        if (arabic >= cyrillic && arabic >= latin && arabic > 0) {
            return persian * 50 >= arabic ? "fa" : "ar";
        }
        if (cyrillic >= latin && cyrillic > 0) {
            return ukrainian * 100 >= cyrillic ? "uk" : "ru";
        }
        int[] votes = new int[4];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            votes[0] += EN.contains(word) ? 1 : 0;
            votes[1] += FR.contains(word) ? 1 : 0;
            votes[2] += DE.contains(word) ? 1 : 0;
            votes[3] += TR.contains(word) ? 1 : 0;
        }
        String[] languages = {"en", "fr", "de", "tr"};
        int best = 0;
        for (int i = 1; i < votes.length; i++) {
            if (votes[i] > votes[best]) {
                best = i;
            }
        }
        return languages[best];
    }
}
