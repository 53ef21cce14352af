package org.comention.text;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;

/**
 * The languages a run keeps apart. Every edge of the graph carries a document count per language
 * of the run, so the languages of a corpus multiply the size of its outputs: a scraped corpus
 * whose {@code lang} field held 3,000 different values gave 233 MB of graph files for 1.6 MB of
 * input. A declared language therefore counts by its ISO 639 code, and only so many of them get
 * their own count.
 *
 * <p>{@link #canonical} reads a declared value as a BCP 47 tag (an underscore taken for a hyphen,
 * as in {@code ar_SA}) and keeps its primary language subtag in ICU's canonical form
 * ({@code ara} and {@code ar-SA} are {@code ar}, {@code per} is {@code fa}, {@code iw} is
 * {@code he}); a value that is no tag, or whose language ICU does not know as an ISO 639 code,
 * is {@value #UNDETERMINED}, BCP 47's own code for an undetermined language. An instance then
 * keeps the first {@value #MAX_DECLARED} distinct declared languages of a run apart, in input
 * order, and counts the rest as {@value #OTHER}, which no ISO 639 code can be.
 */
public final class LanguageCodes {
    /** The language of a document whose declared language is not one: BCP 47's "undetermined". */
    public static final String UNDETERMINED = "und";
    /** The language of the documents of declared languages beyond the first {@value #MAX_DECLARED}. */
    public static final String OTHER = "other";
    /**
     * Declared languages kept apart in one run: far more than a news corpus has (GDELT monitors
     * some 65), few enough that the count per language stays a small part of an edge.
     */
    public static final int MAX_DECLARED = 32;

    /** Values seen at most this many are remembered with their code: a corpus has few, an attack many. */
    private static final int CACHED = 4096;

    private final Set<String> kept = new HashSet<>();
    /** Declared values and their codes: reading a tag with ICU takes microseconds, a lookup nanoseconds. */
    private final java.util.Map<String, String> codes = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #canonical}, remembered for the first values seen; safe to call from several threads. */
    public String code(String declared) {
        if (declared == null) {
            return null;
        }
        String code = codes.get(declared);
        if (code == null) {
            code = canonical(declared);
            if (code != null && codes.size() < CACHED) {
                codes.put(declared, code);
            }
        }
        return code;
    }

    /**
     * The ISO 639 code of a declared language, {@value #UNDETERMINED} when {@code declared} names
     * none, or null when it is null or blank (nothing declared).
     */
    public static String canonical(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String tag = declared.strip().replace('_', '-');
        if (tag.equals(OTHER)) {
            // what this class folded before: a document's language is read again when it is counted
            return OTHER;
        }
        try {
            String language = ULocale.createCanonical(new ULocale.Builder().setLanguageTag(tag).build()).getLanguage();
            return Known.CODES.contains(language) ? language : UNDETERMINED;
        } catch (IllformedLocaleException e) {
            return UNDETERMINED;
        }
    }

    /**
     * {@code code}, a result of {@link #canonical}, as this run counts it: itself while it is one
     * of the first {@value #MAX_DECLARED} distinct codes seen (or {@value #UNDETERMINED}), else
     * {@value #OTHER}. Call in input order, so the same input folds the same languages, and from
     * one thread.
     */
    public String fold(String code) {
        if (code == null || code.equals(UNDETERMINED) || kept.contains(code)) {
            return code;
        }
        if (kept.size() < MAX_DECLARED) {
            kept.add(code);
            return code;
        }
        return OTHER;
    }

    /** ICU's ISO 639 codes, read when a document first declares a language. */
    private static final class Known {
        static final Set<String> CODES = Set.copyOf(java.util.Arrays.asList(ULocale.getISOLanguages()));
    }
}
