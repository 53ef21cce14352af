package org.comention.entity;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The keys that let one discovered entity meet itself across spellings and scripts:
 * {@link #skeleton} (عبد الفتاح البرهان and Abdel Fattah al-Burhan both give {@code bdfthbrhn}) and
 * {@link #slug}, the readable ASCII form ids are made of.
 *
 * <p>The skeleton is ICU4J's {@code Any-Latin; Latin-ASCII} transliteration, lower case, split into
 * tokens at anything but a letter; per token: a leading Arabic article (al, el, ul) is dropped when
 * three letters or more remain, as is the article of {@code abd al-} compounds written as one
 * word (Abdelaziz, عبدالعزيز), {@code gh} becomes {@code g} (غ and Turkish ğ), a final {@code j}
 * after a vowel (Cyrillic й: Sergej) goes, then vowels and the semi-vowels {@code w y} are dropped
 * and doubled letters collapsed; the tokens are then joined. Arabic script writes few vowels and
 * Latin spellings disagree on them (Mahmoud, Mahmud), so only consonants are compared; the price is
 * that two different names with the same consonants (Ali Hassan, Ali Hussein) meet, which is why the
 * stage merges on it only with a compatible type.
 *
 * <p>ICU transliterators are not documented as thread-safe: each thread gets its own. A
 * transliteration takes tens of microseconds, and news names the same people in document after
 * document: skeletons are kept for the first {@value #CACHED} names asked (a bounded cache shared
 * by the threads; the same name gives the same skeleton either way), and an ASCII name is not
 * transliterated at all.
 */
public final class NameSkeleton {
    private static final String TRANSFORM = "Any-Latin; Latin-ASCII";
    private static final String VOWELS = "aeiouwy";
    /** An id's slug is cut at this many characters, so an id stays readable. */
    static final int MAX_SLUG = 48;
    /** Names whose skeleton is kept. */
    static final int CACHED = 100_000;

    private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private final ThreadLocal<Transliterator> latin = ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSFORM));

    /** {@code name} in ASCII Latin letters, digits and spaces, lower case. */
    public String ascii(String name) {
        String latinName = (isAscii(name) ? name : latin.get().transliterate(name)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(latinName.length());
        for (int i = 0; i < latinName.length(); i++) {
            char c = latinName.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (kept) {
                out.append(c);
            } else if (c != '\'' && c != '`' && Character.getType(c) != Character.MODIFIER_LETTER && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                // ʿ and ' inside a word (ʿbd, Erdoğan'ın) do not split it; spaces and hyphens do
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** The consonant key described above; "" when the name has no consonant in Latin letters. */
    public String skeleton(String name) {
        String known = cache.get(name);
        if (known != null) {
            return known;
        }
        String skeleton = skeletonOf(name);
        if (cache.size() < CACHED) {
            cache.putIfAbsent(name, skeleton);
        }
        return skeleton;
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private String skeletonOf(String name) {
        StringBuilder key = new StringBuilder();
        for (String token : ascii(name).split(" ")) {
            key.append(consonants(withoutArticle(token)));
        }
        return key.toString();
    }

    /** {@code name} as an id's slug: ASCII words joined by '-', at most {@value #MAX_SLUG} characters. */
    public String slug(String name) {
        String slug = ascii(name).replace(' ', '-');
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            int cut = slug.lastIndexOf('-');
            slug = cut > 0 ? slug.substring(0, cut) : slug;
        }
        return slug;
    }

    private static String withoutArticle(String token) {
        for (String compound : new String[] {"abdal", "abdel", "abdul", "abdol", "bdal", "bdel", "bdul"}) {
            if (token.startsWith(compound) && token.length() >= compound.length() + 3) {
                return "abd" + token.substring(compound.length());
            }
        }
        if (token.equals("abdel") || token.equals("abdul") || token.equals("abdal") || token.equals("abdol")) {
            return "abd";
        }
        if (token.equals("al") || token.equals("el") || token.equals("ul")) {
            return "";
        }
        for (String article : new String[] {"al", "el", "ul"}) {
            if (token.startsWith(article) && token.length() >= article.length() + 3) {
                return token.substring(article.length());
            }
        }
        return token;
    }

    private static String consonants(String token) {
        String t = token.replace("gh", "g");
        if (t.length() > 2 && t.endsWith("j") && VOWELS.indexOf(t.charAt(t.length() - 2)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (VOWELS.indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
