package org.comention.text;

import java.util.Random;

/**
 * Seeded random pieces of multilingual text for invariant tests: letters of the scripts the
 * normaliser folds, and the characters it must drop or fold without losing its offsets.
 */
public final class RandomText {
    /** Arabic letters, with the hamza and alef forms, teh marbuta and alef maksura. */
    public static final String ARABIC = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱ";
    /** The letters Persian adds or writes differently, and the heh forms the normaliser folds. */
    public static final String PERSIAN = "پچژگکیۀہےڤ";
    public static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßçğİıøÉ";
    public static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯіїєґІЇЄҐ";
    public static final String DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
    /** Fathatan to sukun, superscript alef, hamza above and below. */
    public static final String TASHKEEL = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0654\u0655";
    public static final String TATWEEL = "\u0640";
    public static final String JOINERS = "\u200C\u200D";
    /** LRM, RLM, the embeddings and overrides LRE..RLO, the isolates LRI..PDI. */
    public static final String BIDI = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    public static final String PUNCTUATION = ".,;:!?\"'()-«»،؛؟…/";
    public static final String WHITESPACE = " \t\n\r\u00A0\u2009\u3000\u2028";
    /** Presentation forms, the BOM and a soft hyphen: NFKC and format-character rules. */
    public static final String OTHER = "\uFEFB\uFE8D\uFB8A\uFEFF\u00AD\uFDF2";
    /** Code points outside the Basic Multilingual Plane: emoji, a mathematical letter, a CJK extension B ideograph. */
    private static final int[] SUPPLEMENTARY = {0x1F600, 0x1F1FA, 0x1D400, 0x20000, 0x1F44D};

    private static final String[] POOLS = {ARABIC, PERSIAN, LATIN, CYRILLIC, DIGITS, TASHKEEL, TATWEEL, JOINERS, BIDI,
            PUNCTUATION, WHITESPACE, OTHER};

    private RandomText() {
    }

    public static char pick(Random random, String pool) {
        return pool.charAt(random.nextInt(pool.length()));
    }

    /** One random character from any pool, or now and then a surrogate pair (or, rarely, a lone surrogate). */
    public static void appendAny(Random random, StringBuilder s) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            s.appendCodePoint(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
        } else if (roll == 4) {
            s.append(random.nextBoolean() ? '\uD83D' : '\uDE00');
        } else {
            s.append(pick(random, POOLS[random.nextInt(POOLS.length)]));
        }
    }

    /** A string of up to {@code maxLength} characters drawn from every pool. */
    public static String any(Random random, int maxLength) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (s.length() < length) {
            appendAny(random, s);
        }
        return s.toString();
    }

    /** A character the normaliser drops: tashkeel, tatweel, a joiner or a bidi control. */
    public static char invisible(Random random) {
        String pool = switch (random.nextInt(4)) {
            case 0 -> TASHKEEL;
            case 1 -> TATWEEL;
            case 2 -> JOINERS;
            default -> BIDI;
        };
        return pick(random, pool);
    }

    /** A word of two to eight letters of one script. */
    public static String word(Random random) {
        String pool = switch (random.nextInt(4)) {
            case 0 -> ARABIC;
            case 1 -> PERSIAN + ARABIC;
            case 2 -> LATIN;
            default -> CYRILLIC;
        };
        StringBuilder s = new StringBuilder();
        int length = 2 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            s.append(pick(random, pool));
        }
        return s.toString();
    }
}
