package org.comention.common;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * A count and its noun in the right number, for every printed message: {@code 1 entity},
 * {@code 2 entities}, {@code 1,834 edges}. The messages are English, so ICU's English rules decide
 * which form a number takes; the caller gives both forms, as English plurals are irregular.
 */
public final class Plural {
    private static final PluralRules ENGLISH = PluralRules.forLocale(ULocale.ENGLISH);

    private Plural() {
    }

    /** {@code n} with thousands separators and {@code one} or {@code many} after it. */
    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, ENGLISH.select(n).equals(PluralRules.KEYWORD_ONE) ? one : many);
    }
}
