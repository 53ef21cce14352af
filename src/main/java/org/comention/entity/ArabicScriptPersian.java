package org.comention.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.comention.entity.ArabicScriptTokens.TitleHit;
import org.comention.entity.ArabicScriptTokens.Token;

/**
 * What Persian, Dari and their neighbours do differently: the name before its role (جاوید فیصل،
 * سخنگوی ...), prepositions written together with the next word, verb-final clauses whose light
 * verbs make the word before them a noun, and plurals; and which texts are Persian.
 */
final class ArabicScriptPersian {
    /** Persian-like languages: Persian, Dari, Pashto, Urdu, Kurdish; ezafe and verb-final clauses. */
    private static final Set<String> PERSIAN_LANGUAGES = Set.of("fa", "prs", "pes", "ps", "pus", "ur", "urd", "ku",
            "ckb", "kmr", "tg", "fas", "per");
    /** Persian prepositions written together with the next word (ازکابل, دربروکسل). */
    private static final List<String> GLUED_PREPOSITIONS = List.of("از", "در", "به", "با", "بر", "ب");
    /**
     * The present of the light verbs کردن, شدن, گرفتن, دادن and پذیرفتن, normalised (می‌شود, نمی‌کنند, صورت
     * می‌پذیرد): the word before it is a compound verb's noun.
     */
    private static final Pattern PRESENT_LIGHT_VERB = Pattern.compile("ن?مي(شو|شد|كن|كرد|گير|ده|پذير)");
    /**
     * The past and perfect of the same light verbs with their person endings, normalised (مواجه شدیم, هشدار
     * داده‌اند written دادهاند, اعلام کردیم): the word before it is a compound verb's noun too. Not کردی
     * (Kurdish) nor شدید (severe): a bare ی or ید is no ending here.
     */
    private static final Pattern PAST_LIGHT_VERB = Pattern.compile(
            "ن?(شد|كرد|داد|گرفت|نمود|پذيرفت)(م|يم|ند|ه|ه?اند|ه?ايم|ه?ايد|ه?است|ه?ام|هبود|هبودند)?");

    private final ArabicScriptTokens d;
    private final List<Token> tokens;
    private final Mention[] known;
    private final ArabicScriptLexicons lex;
    private final boolean persianMode;

    ArabicScriptPersian(ArabicScriptTokens d) {
        this.d = d;
        this.tokens = d.tokens;
        this.known = d.known;
        this.lex = d.lex;
        this.persianMode = d.persianMode;
    }

    /** Persian puts the name before the role too: جاوید فیصل، سخنگوی شورای امنیت ملی. */
    void titledAfter(int i) {
        if (!persianMode) {
            return;
        }
        TitleHit cue = d.title(i);
        if (cue == null || !cue.title().after() || i == 0) {
            return;
        }
        // a comma may stand between the name and the role, nothing else
        if (!d.adjacent(i) && !d.commaBetween(i - 1, i)) {
            return;
        }
        int first = i;
        while (first > 0 && i - first < 3 && (first == i || d.adjacent(first))
                && (d.isNameWord(first - 1) || "suffix".equals(lex.particles.get(tokens.get(first - 1).text())))
                && known[first - 1] == null) {
            first--;
        }
        if (first == i) {
            return;
        }
        int given = -1;
        for (int k = first; k < i; k++) {
            if (d.givenAt(k, false) != null) {
                given = k;
                break;
            }
        }
        // without a given name the words before a role are as often an ezafe phrase as a surname, and a
        // given name alone (جمال، معین ...) may be a surname or half a compound
        if (given >= 0 && i - given >= 2) {
            d.emit(given, null, i, EntityType.PERSON, cue.title().strength(), "title-after:" + cue.form());
        }
    }

    /** Whether a text in {@code lang} (or, without one, in these letters) is Persian or a neighbour. */
    static boolean isPersian(String text, String lang) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.toLowerCase(Locale.ROOT);
            int dash = code.indexOf('-');
            return PERSIAN_LANGUAGES.contains(dash > 0 ? code.substring(0, dash) : code);
        }
        // letters Arabic does not write: پ چ ژ گ ک ی
        int persian = 0;
        int arabicOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ک' || c == 'ی') {
                persian++;
            } else if (c == 'ة' || c == 'ى' || c == 'ي' || c == 'ك') {
                arabicOnly++;
            }
        }
        return persian > arabicOnly;
    }

    /** Whether t[0, p) is a Persian preposition written together with the next word. */
    static boolean isGluedPreposition(String t, int p) {
        for (String prefix : GLUED_PREPOSITIONS) {
            if (prefix.length() == p && t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether normalised word {@code next} is a form of a light verb: the word before it is a compound verb's noun. */
    static boolean isLightVerbForm(String next) {
        return PRESENT_LIGHT_VERB.matcher(next).lookingAt() || PAST_LIGHT_VERB.matcher(next).matches();
    }

    /** Persian present and continuous verbs: می‌گوید, نمی‌شود (the joiner is gone after normalising). */
    static boolean isVerbForm(String t) {
        return t.length() >= 5 && (t.startsWith("مي") || t.startsWith("نمي") || t.endsWith("هاند")
                || t.endsWith("هايم") || t.endsWith("هايد") || t.endsWith("هاست"));
    }

    /**
     * A Persian plural (چهره‌ها, چهره‌های), or an Arabic broken plural in ا with the ezafe ی (اعضای,
     * وزرای, روسای "the members, ministers, heads of"): a noun, not a name. Not ه‌ای, the ending of
     * surnames such as خامنه‌ای.
     */
    static boolean isPlural(String t) {
        return t.length() > 4 && (t.endsWith("ها") || t.endsWith("هاي"))
                || t.length() >= 4 && t.endsWith("اي") && t.charAt(t.length() - 3) != 'ه';
    }
}
