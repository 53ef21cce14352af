package org.comention.bench;

import java.util.SplittableRandom;

/**
 * How a name is written in real Arabic-script news, for {@link SyntheticCorpus}: attached
 * proclitics, the keyboard's choice of ي/ی and ك/ک, hamza dropped from alef, the odd vowel sign,
 * and another newsroom's transliteration (غ for ج, a long vowel left out). Each is what the
 * normaliser, the proclitic splitter or the variant generator must undo, so a corpus spelled this
 * way makes the matcher do its real work.
 */
final class ArabicSpelling {
    private static final String TASHKEEL = "\u064E\u064F\u0650\u0651\u0652"; // fatha damma kasra shadda sukun

    private ArabicSpelling() {
    }

    /**
     * {@code proclitic + name}, with ل before the article fused into لل (للناتو, not لالناتو), as
     * Arabic spelling requires. Whether the name has the article is read from its listed form, as
     * {@code spelled} may have lost a hamza (ألمانيا written المانيا has no article: لالمانيا).
     */
    static String attach(String proclitic, String listed, String spelled) {
        if (proclitic.isEmpty()) {
            return spelled;
        }
        if (proclitic.endsWith("ل") && listed.startsWith("ال") && spelled.startsWith("ال")) {
            return proclitic + spelled.substring(1);
        }
        return proclitic + spelled;
    }

    /** An Arabic writer's spelling of {@code name}: each rule fires on a share of mentions. */
    static String arabic(String name, SplittableRandom random) {
        String s = name;
        if (random.nextInt(100) < 25) {
            s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        }
        if (random.nextInt(100) < 8) {
            s = s.replace('ي', 'ی');
        }
        if (random.nextInt(100) < 5) {
            s = s.replace('ك', 'ک');
        }
        return transliterationAndVowels(s, random);
    }

    /** A Persian writer's spelling: an Arabic keyboard gives ي and ك. */
    static String persian(String name, SplittableRandom random) {
        String s = name;
        if (random.nextInt(100) < 12) {
            s = s.replace('ی', 'ي').replace('ک', 'ك');
        }
        return transliterationAndVowels(s, random);
    }

    private static String transliterationAndVowels(String name, SplittableRandom random) {
        String s = name;
        if (random.nextInt(100) < 10) {
            s = otherTransliteration(s, random);
        }
        if (random.nextInt(100) < 4) {
            int at = 1 + random.nextInt(Math.max(1, s.length() - 1));
            if (at < s.length() && isArabicLetter(s.charAt(at - 1))) {
                s = s.substring(0, at) + TASHKEEL.charAt(random.nextInt(TASHKEEL.length())) + s.substring(at);
            }
        }
        return s;
    }

    /**
     * One edit of the kind {@link org.comention.entity.ArabicScriptVariants} generates: g written
     * غ, ج or گ, or a long vowel left out of a long word without the article.
     */
    private static String otherTransliteration(String s, SplittableRandom random) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'غ' || c == 'ج' || c == 'گ') {
                String others = "غجگ".replace(String.valueOf(c), "");
                return s.substring(0, i) + others.charAt(random.nextInt(others.length())) + s.substring(i + 1);
            }
        }
        String[] words = s.split(" ", -1);
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() >= 6 && !word.startsWith("ال")) {
                for (int i = 2; i < word.length() - 1; i++) {
                    char c = word.charAt(i);
                    if (c == 'ي' || c == 'ی' || c == 'و') {
                        words[w] = word.substring(0, i) + word.substring(i + 1);
                        return String.join(" ", words);
                    }
                }
            }
        }
        return s;
    }

    private static boolean isArabicLetter(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c);
    }
}
