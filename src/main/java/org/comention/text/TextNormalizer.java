package org.comention.text;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Folds Arabic, Persian, Latin and Cyrillic text to one matching form while remembering, for
 * every output character, where it came from in the original.
 *
 * <p>Rules, applied to each character in this order:
 * <ol>
 *   <li>Unicode NFKC (presentation forms and ligatures to letters, NBSP to space);</li>
 *   <li>canonical decomposition, then every combining mark dropped: tashkeel, hamza above and
 *       below (so أ إ آ ؤ ئ fold to ا ا ا و ي), Latin accents (é to e);</li>
 *   <li>format characters dropped: ZWNJ, ZWJ, bidi marks, BOM, soft hyphen;</li>
 *   <li>Lucene's {@link ArabicNormalizer} (Larkey, Ballesteros and Connell 2002): alef forms to ا,
 *       ة to ه, ى to ي, tatweel dropped; and alef wasla ٱ to ا, which Lucene leaves;</li>
 *   <li>Lucene's {@link PersianNormalizer}: ی and ے to ي, ک to ك, ۀ and ہ to ه;</li>
 *   <li>decimal digits of any script (Arabic-Indic, Persian) to ASCII;</li>
 *   <li>case folded with the root locale;</li>
 *   <li>any run of white space becomes one space.</li>
 * </ol>
 * {@link #forMatching} adds one step, for the text and the aliases the matcher compares: a word in
 * Cyrillic script loses its case ending ({@link CyrillicEndings}), so the declined forms of a name
 * (Путина, України) meet it; the word's last kept character maps to the end of the whole original
 * word. Stripping an ending is applied once by design (России → росси; росси would lose its и
 * again), so it stays out of {@link #normalize}, which is idempotent.
 * The rules are evaluated once per UTF-16 code unit into a lookup table, so normalising is one
 * table read per character; characters outside the Basic Multilingual Plane pass unchanged.
 * Normalising is idempotent. Composition across characters is not applied: a letter and its
 * combining accent fold to the bare letter, which is what matching wants.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class TextNormalizer {
    /** ٱ, which Lucene's ArabicNormalizer leaves alone. */
    private static final char ALEF_WASLA = '\u0671';
    private static final int TABLE_SIZE = 0x10000;
    private static final byte KEEP = 0;
    private static final byte DROP = 1;
    private static final byte SPACE = 2;
    private static final byte EXPAND = 3;

    private final CyrillicEndings cyrillic = new CyrillicEndings();
    private final char[] single = new char[TABLE_SIZE];
    private final byte[] action = new byte[TABLE_SIZE];
    private final String[] expansion = new String[TABLE_SIZE];

    public TextNormalizer() {
        ArabicNormalizer arabic = new ArabicNormalizer();
        PersianNormalizer persian = new PersianNormalizer();
        for (int c = 0; c < TABLE_SIZE; c++) {
            if (Character.isSurrogate((char) c)) {
                action[c] = KEEP;
                single[c] = (char) c;
                continue;
            }
            String folded = foldToFixpoint(String.valueOf((char) c), arabic, persian);
            if (folded.isEmpty()) {
                action[c] = DROP;
            } else if (folded.equals(" ")) {
                action[c] = SPACE;
            } else if (folded.length() == 1) {
                action[c] = KEEP;
                single[c] = folded.charAt(0);
            } else {
                action[c] = EXPAND;
                expansion[c] = folded;
            }
        }
    }

    /** Applies the rules until the result no longer changes, so the table is idempotent. */
    private static String foldToFixpoint(String s, ArabicNormalizer arabic, PersianNormalizer persian) {
        String previous = s;
        for (int i = 0; i < 4; i++) {
            String next = foldOnce(previous, arabic, persian);
            if (next.equals(previous)) {
                return next;
            }
            previous = next;
        }
        return previous;
    }

    private static String foldOnce(String s, ArabicNormalizer arabic, PersianNormalizer persian) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                out.append(' ');
                continue;
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(ch, 10)));
                continue;
            }
            out.append(ch);
        }
        char[] buffer = out.toString().toCharArray();
        int length = arabic.normalize(buffer, buffer.length);
        length = persian.normalize(buffer, length);
        for (int i = 0; i < length; i++) {
            if (buffer[i] == ALEF_WASLA) {
                buffer[i] = ArabicNormalizer.ALEF;
            }
        }
        String lower = new String(buffer, 0, length).toLowerCase(Locale.ROOT);
        if (lower.isBlank() && !lower.isEmpty()) {
            return " ";
        }
        return lower;
    }

    /** Normalises the whole of {@code text}. */
    public NormalizedText normalize(CharSequence text) {
        return normalize(text, 0, text.length());
    }

    /** Normalises {@code text[from, to)}; offsets in the result are into {@code text}. */
    public NormalizedText normalize(CharSequence text, int from, int to) {
        int capacity = to - from + 16;
        char[] out = new char[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        boolean lastWasSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            byte a = action[c];
            if (a == DROP) {
                continue;
            }
            if (a == SPACE) {
                if (lastWasSpace) {
                    ends[n - 1] = i + 1;
                    continue;
                }
                lastWasSpace = true;
            } else {
                lastWasSpace = false;
            }
            String more = a == EXPAND ? expansion[c] : null;
            int need = more == null ? 1 : more.length();
            if (n + need > out.length) {
                int grown = Math.max(out.length * 2, n + need);
                out = java.util.Arrays.copyOf(out, grown);
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
            }
            if (more == null) {
                out[n] = a == SPACE ? ' ' : single[c];
                starts[n] = i;
                ends[n] = i + 1;
                n++;
            } else {
                for (int k = 0; k < more.length(); k++) {
                    out[n] = more.charAt(k);
                    starts[n] = i;
                    ends[n] = i + 1;
                    n++;
                }
            }
        }
        return new NormalizedText(new String(out, 0, n), java.util.Arrays.copyOf(starts, n),
                java.util.Arrays.copyOf(ends, n));
    }

    /** {@link #normalize}, then Cyrillic case endings stripped: the form the matcher compares. */
    public NormalizedText forMatching(CharSequence text) {
        NormalizedText folded = normalize(text);
        if (!hasCyrillicLetter(folded.text())) {
            // most news is not Cyrillic: no copy of the text and its offset maps
            return folded;
        }
        char[] out = folded.text().toCharArray();
        int[] starts = new int[out.length];
        int[] ends = new int[out.length];
        for (int i = 0; i < out.length; i++) {
            starts[i] = folded.originalStart(i);
            ends[i] = folded.originalEnd(i);
        }
        int n = stripCyrillicEndings(out, starts, ends, out.length);
        return new NormalizedText(new String(out, 0, n), java.util.Arrays.copyOf(starts, n),
                java.util.Arrays.copyOf(ends, n));
    }

    private static boolean hasCyrillicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isCyrillicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The matching form alone, for aliases. */
    public String forMatchingToString(CharSequence text) {
        return forMatching(text).text().strip();
    }

    /** Removes the case ending of every all-Cyrillic word in place; returns the new length. */
    private int stripCyrillicEndings(char[] out, int[] starts, int[] ends, int n) {
        int write = 0;
        int read = 0;
        while (read < n) {
            if (!CyrillicEndings.isCyrillicLetter(out[read])) {
                out[write] = out[read];
                starts[write] = starts[read];
                ends[write] = ends[read];
                write++;
                read++;
                continue;
            }
            int wordEnd = read;
            while (wordEnd < n && isWordChar(out[wordEnd])) {
                wordEnd++;
            }
            int length = wordEnd - read;
            boolean allCyrillic = true;
            for (int i = read; i < wordEnd && allCyrillic; i++) {
                allCyrillic = CyrillicEndings.isCyrillicLetter(out[i]);
            }
            int kept = length;
            if (allCyrillic) {
                char[] word = java.util.Arrays.copyOfRange(out, read, wordEnd);
                kept = cyrillic.stem(word, length);
            }
            int originalEnd = ends[wordEnd - 1];
            for (int i = 0; i < kept; i++) {
                out[write] = out[read + i];
                starts[write] = starts[read + i];
                ends[write] = ends[read + i];
                write++;
            }
            ends[write - 1] = originalEnd;
            read = wordEnd;
        }
        return write;
    }

    /** The normalised form alone, for aliases and markers. */
    public String normalizeToString(CharSequence text) {
        return normalize(text).text().strip();
    }

    /** Whether {@code c}, a normalised character, belongs to a word (a letter or a digit). */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
