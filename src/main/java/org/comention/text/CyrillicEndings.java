package org.comention.text;

/**
 * Strips one case ending from a Russian or Ukrainian word, so that the declined forms of a name
 * meet its dictionary form: Путина, Путину, Путиным to путин; Украины, України, Україні to
 * украин / украін; Зеленского, Зеленським to зеленск. Works in place on text already folded by
 * {@link TextNormalizer}, where й has lost its breve (и) and ї its diaeresis (і).
 *
 * <p>Two paradigms end in folded "ии": nouns in -ия (России, whose stem keeps the и: росси, like
 * Россия and Россию) and adjectives in -кий (Зеленский, whose stem is зеленск, like Зеленского).
 * Only after к is "ии" an adjectival ending; elsewhere one и goes. Stripping the whole -ия would
 * make Нигерия the same word as Нигер.
 *
 * <p>This is a deliberately small, name-oriented light stemmer in the spirit of Savoy's light
 * stemmers (Savoy 2006, "Light stemming approaches for the French, Portuguese, German and
 * Hungarian languages"): one ending, the longest of a fixed list, and never below
 * {@link #MIN_STEM} letters, so short names (США, Мали, Перу) stay whole. It does not strip
 * -ов/-ев, which end surnames (Лавров, Песков) rather than inflect them. Lucene's
 * RussianLightStemmer was tried first: it reads Лавров as лавр + ов and Китай as кита + й but
 * Китаю as китаю, so a name and its forms part.
 */
public final class CyrillicEndings {
    /** Letters a stem keeps at least. */
    static final int MIN_STEM = 4;

    /** Case endings, longest first; in folded form (й is и, ї is і). */
    private static final String[] ENDINGS = {
        "ого", "его", "ому", "ему", "ими", "ыми", "ами", "ями", "ові", "еві",
        "кии", "ыи", "іи", "ои", "еи", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем", "ым", "им",
        "ах", "ях", "ам", "ям", "ою", "ею", "єю", "оі",
        "а", "я", "у", "ю", "е", "ы", "и", "і", "ь",
    };

    /** Soft and hushing adjectives in -ий: their folded nominative keeps an и that their other forms lack. */
    private static final String[] SOFT_ADJECTIVE_ENDINGS = {"ний", "ший", "жий", "чий", "щий"};

    /**
     * For a soft or hushing adjective in -ий (Ближний, Нижний, Высший), its prepositional form in
     * -ем (Ближнем), else null. Folded, -ний and the genitive of a noun in -ния (Британии) look
     * alike, so {@link #stem} keeps the и of both; an alias that has such an adjective (Ближний
     * Восток) also needs the key of its other forms (на Ближнем Востоке, Ближнего Востока), which
     * this form gives once stemmed.
     */
    public static String softAdjectiveOtherForm(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : SOFT_ADJECTIVE_ENDINGS) {
            if (lower.length() > ending.length() + 1 && lower.endsWith(ending)) {
                return word.substring(0, word.length() - 2) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "ЕМ" : "ем");
            }
        }
        return null;
    }

    /** The length of {@code word[0, length)} without its case ending; the word is not changed. */
    public int stem(char[] word, int length) {
        for (String ending : ENDINGS) {
            // "кии" stands for the adjectival -кий (Зеленский, Курский): its stem keeps the к
            int n = ending.equals("кии") ? 2 : ending.length();
            if (length - n >= MIN_STEM && length >= ending.length() && endsWith(word, length, ending)) {
                return length - n;
            }
        }
        return length;
    }

    private static boolean endsWith(char[] word, int length, String ending) {
        int offset = length - ending.length();
        for (int i = 0; i < ending.length(); i++) {
            if (word[offset + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is a Cyrillic letter, the only script whose words are stemmed. */
    public static boolean isCyrillicLetter(char c) {
        return Scripts.isCyrillicLetter(c);
    }
}
