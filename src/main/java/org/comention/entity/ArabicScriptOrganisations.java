package org.comention.entity;

import java.util.List;
import org.comention.entity.ArabicScriptLexicons.Head;
import org.comention.entity.ArabicScriptTokens.Hit;
import org.comention.entity.ArabicScriptTokens.Token;
import org.comention.text.NormalizedText;

import static org.comention.entity.ArabicScriptLexicons.ARTICLE;

/**
 * Organisations in Arabic-script text: a head word with its genitive (Arabic) or ezafe (Persian)
 * complement, bounded, stopping at verbs, function words and punctuation (وزارة الخارجية السودانية,
 * وزارت کار و امور اجتماعی); a bare head word is no name. Descriptor heads (قناة, گروه) are left out
 * of the span, as the annotation guidelines leave out a separate descriptor.
 */
final class ArabicScriptOrganisations {
    /** Words of an organisation's complement after its head. */
    static final int MAX_COMPLEMENT = 4;

    private final ArabicScriptTokens d;
    private final List<Token> tokens;
    private final Mention[] known;
    private final ArabicScriptLexicons lex;
    private final boolean persianMode;
    private final NormalizedText n;

    ArabicScriptOrganisations(ArabicScriptTokens d) {
        this.d = d;
        this.tokens = d.tokens;
        this.known = d.known;
        this.lex = d.lex;
        this.persianMode = d.persianMode;
        this.n = d.n;
    }

    /** A head word and its genitive or ezafe complement; returns the end of what it took, or i. */
    int organisation(int i) {
        Hit head = d.headAt(i, lex.heads, false);
        if (head == null) {
            // a head that names no body with the article alone may still with adjectives and ل (الهيئة العليا للانتخابات)
            Hit definite = persianMode ? null : d.headAt(i, lex.heads, true);
            return definite == null || afterNumber(i) || inIdiom(i, definite) ? i : namedBody(i, definite);
        }
        Head h = lex.heads.get(head.form());
        if (afterNumber(i) || inIdiom(i, head)) {
            // a counted head is a common noun: 160 شركة دفاع, "160 defence companies"; تحت لواء is "under the banner of"
            return i;
        }
        boolean definiteHead = head.prefix() > 0 && d.hasArticle(i, head);
        if (definiteHead && !h.definite()) {
            return i;
        }
        int j = i + 1;
        int taken = 0;
        int knownEnd = i;
        if (known[i] != null && known[i].end() > n.originalEnd(tokens.get(i).end() - 1)) {
            if (!persianMode) {
                // the gazetteer knows the name this head begins (حزب الله): what follows is another phrase
                return d.tokenAfter(known[i], i);
            }
            // an ezafe chain may go on past a known name: شورای امنیت ملی افغانستان is not شورای امنیت
            j = d.tokenAfter(known[i], i);
            taken = j - i - 1;
            knownEnd = j;
        }
        boolean onlyKnown = true;
        // the army or forces of a country (الجيش الروسي) is a description, not a name
        boolean onlyAdjectives = true;
        // an outlet's or a club's name after its descriptor is short (قناة الجزيرة, نادي الهلال)
        int limit = h.descriptor() ? 2 : MAX_COMPLEMENT;
        while (j < tokens.size() && d.adjacent(j) && taken < limit) {
            String t = tokens.get(j).text();
            boolean and = persianMode && t.equals("و") && taken > 0 && j + 1 < tokens.size() && d.adjacent(j + 1)
                    && (d.isNameWord(j + 1) || lex.qualifiers.contains(tokens.get(j + 1).text()))
                    && known[j + 1] == null && !d.beforeVerb(j + 1) && d.givenAt(j + 1, false) == null;
            // a role's word right after a Persian head is part of it, even a stop word: اداره کل, دادستانی کل
            if (persianMode && j == i + 1 && lex.qualifiers.contains(t) && d.isStop(j) && !d.beforeVerb(j)) {
                // not counted: the complement after it is as long as after the head alone
                j++;
                continue;
            }
            if (!and && (d.isStop(j) || d.title(j) != null || persianMode && d.beforeVerb(j))) {
                break;
            }
            if (known[j] != null) {
                // a name the gazetteer knows completes an indefinite head (حكومة لبنان, شورای امنیت ملی افغانستان)
                boolean adjective = known[j].kind() == AliasKind.ADJECTIVAL;
                // in Arabic an indefinite adjective after the head describes it (قوات كورية شمالية)
                if (definiteHead && !adjective || !persianMode && taken > 0 && !adjective && !d.isDefinite(t)
                        || !persianMode && taken == 0 && adjective && !d.isDefinite(t)
                        || !persianMode && taken > 0 && adjective && !h.countryAdjective() && !nameGoesOn(j)) {
                    break;
                }
                int after = d.tokenAfter(known[j], j);
                taken += after - j;
                j = after;
                onlyKnown &= !adjective;
                onlyAdjectives &= adjective;
                continue;
            }
            int place = persianMode ? placeAfterCue(j) : j;
            if (place > j) {
                // the body of a city or province: شورای شهر اصفهان, دادگستری استان خوزستان
                taken += place - j;
                j = place;
                onlyKnown = false;
                onlyAdjectives = false;
                continue;
            }
            if (persianMode) {
                if (!(d.isNameWord(j) || and || lex.qualifiers.contains(t) || d.headAt(j, lex.heads, false) != null)) {
                    break;
                }
            } else if (taken == 0) {
                // a bare first word is a name (حركة أمل), unless it starts a person's name (برئاسة نواف سلام)
                // nor a noun written with ة (مجلس إدارة, "board of directors")
                boolean bare = d.isNameWord(j) && !definiteHead && !d.startsPerson(j) && !d.looksLikeNisba(t)
                        && !d.looksLikeAdjective(t) && !d.endsInTaMarbuta(j) && !givenBeforeFamilyName(j)
                        && !(t.length() >= 5 && t.endsWith("ات"));
                if (!(d.isDefinite(t) && !d.startsWithConjunction(t) || bare)) {
                    break;
                }
            } else if (!d.isDefinite(t) || definiteHead && d.startsWithConjunction(t)) {
                break;
            }
            onlyKnown = false;
            onlyAdjectives = false;
            j++;
            taken++;
        }
        if (persianMode && j > i + 1 && tokens.get(j - 1).text().equals("و")) {
            j--;
            taken--;
        }
        // the definite head of a body every country has and one nisba describe (الجيش الروسي, القوات الأمنية)
        boolean described = onlyAdjectives && knownEnd == i
                || definiteHead && h.countryAdjective() && taken == 1 && d.looksLikeNisba(tokens.get(j - 1).text());
        if (taken == 0 || onlyKnown && h.sameAsKnown() || j <= knownEnd || described || generic(i, head, j)) {
            // a bare head word is no name; حركة before a name the gazetteer knows adds nothing to it
            return i;
        }
        double strength = taken >= 2 ? 0.9 : persianMode ? 0.7 : 0.85;
        if (h.descriptor() && !(persianMode && taken >= 2 && relationalAdjective(i + 1))) {
            d.emit(i + 1, null, j, EntityType.ORG, strength - 0.05, "org-descriptor:" + head.form());
        } else {
            d.emit(i, head, j, EntityType.ORG, strength, "org-head:" + head.form());
        }
        return j;
    }

    /**
     * Whether the organisation [i, end) is a body every organisation has (کمیته فنی, هیئت مدیره انتخاب ...,
     * هیأت مدیره قبلی و فعلی), unless a name it belongs to follows it (a head word or a name the gazetteer
     * knows).
     */
    private boolean generic(int i, Hit head, int end) {
        String next = i + 1 < end ? " " + tokens.get(i + 1).text() : null;
        // a definite head is looked up with its article too: البنك المركزي
        if (next == null || !lex.genericBodies.contains(head.form() + next)
                && !(d.hasArticle(i, head) && lex.genericBodies.contains(ARTICLE + head.form() + next))) {
            return false;
        }
        for (int k = i + 2; k < end; k++) {
            if (known[k] != null || d.headAt(k, lex.heads, true) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A definite head whose adjectives and a complement with ل make it one body among its kind (الوكالة
     * الوطنية لتثمين موارد المحروقات, الهيئة العليا للانتخابات, المجلس الأعلى للقضاء); returns the end of what
     * it took, or i. Without the complement the head and its adjective are a description (الوزارة الجديدة); the
     * complement is no name the gazetteer knows (المكتب السياسي لحماس is Hamas's) nor a head word of its own
     * (المركز الرئيسي للشركة, "the company's head office"), and a body every organisation has stays generic.
     */
    private int namedBody(int i, Hit head) {
        int j = i + 1;
        while (j < tokens.size() && j - i <= 2 && d.adjacent(j) && known[j] == null && isAdjective(j)) {
            j++;
        }
        if (j == i + 1 || j >= tokens.size() || !d.adjacent(j) || !lamComplement(j)
                || lex.genericBodies.contains(tokens.get(i).text() + " " + tokens.get(i + 1).text())) {
            return i;
        }
        int end = j + 1;
        boolean bare = !tokens.get(j).text().startsWith("لل");
        while (end < tokens.size() && end - i - 1 < MAX_COMPLEMENT && d.adjacent(end) && known[end] == null
                && !d.isStop(end) && d.title(end) == null && !d.startsWithConjunction(tokens.get(end).text())
                && (d.isDefinite(tokens.get(end).text()) || bare && d.isNameWord(end))) {
            // after ل and an indefinite noun, the genitive goes on (لتثمين موارد المحروقات); after لل, definite words
            bare = bare && !d.isDefinite(tokens.get(end).text());
            end++;
        }
        d.emit(i, head, end, EntityType.ORG, 0.85, "org-body:" + head.form());
        return end;
    }

    /**
     * A definite word after a definite head that may be its adjective (a role's qualifiers too: الأعلى,
     * الوطنية): no stop word, title, head, place cue or name.
     */
    private boolean isAdjective(int j) {
        String t = tokens.get(j).text();
        return d.isDefinite(t) && !d.startsWithConjunction(t) && !t.startsWith("لل") && !d.isStop(j)
                && d.title(j) == null && d.headAt(j, lex.heads, true) == null && d.headAt(j, lex.places, true) == null
                && d.givenAt(j, true) == null;
    }

    /** A word with the preposition ل that is no name, title or head word of its own: للانتخابات, لتثمين. */
    private boolean lamComplement(int j) {
        String t = tokens.get(j).text();
        return t.length() >= 4 && t.charAt(0) == 'ل' && d.proclitic(j, 1) && known[j] == null && !d.isStop(j)
                && d.title(j) == null && d.headAt(j, lex.heads, true) == null && d.headAt(j, lex.places, true) == null
                && d.givenAt(j, true) == null;
    }

    /** A Persian place cue and the name after it inside an organisation's complement; returns the end, or j. */
    private int placeAfterCue(int j) {
        if (known[j] != null || d.headAt(j, lex.places, false) == null || j + 1 >= tokens.size() || !d.adjacent(j + 1)) {
            return j;
        }
        Mention m = known[j + 1];
        if (m != null) {
            return m.kind() == AliasKind.NAME ? d.tokenAfter(m, j + 1) : j;
        }
        // a given name too: استان فارس
        boolean name = d.isNameWord(j + 1) && !d.beforeVerb(j + 1) && !d.isPlural(tokens.get(j + 1).text());
        return name ? j + 2 : j;
    }

    /** Whether the head at token i is a word of an idiom with the word before it (تحت لواء, "under the banner of"). */
    private boolean inIdiom(int i, Hit head) {
        return i > 0 && d.adjacent(i) && lex.headIdioms.contains(tokens.get(i - 1).text() + " " + head.form());
    }

    /**
     * A Persian relational adjective right after a descriptor head (شرکت ملی نفت, شرکت دولتی ...): the
     * head is then part of the name, which is no brand after a descriptor but a description.
     */
    private boolean relationalAdjective(int j) {
        String t = tokens.get(j).text();
        return t.length() >= 3 && t.endsWith("ي") && known[j] == null && d.givenAt(j, false) == null;
    }

    /** Whether a numeral stands right before token i (160 شركة): i is then counted, a common noun. */
    private boolean afterNumber(int i) {
        if (i == 0 || !d.adjacent(i)) {
            return false;
        }
        String previous = tokens.get(i - 1).text();
        for (int k = 0; k < previous.length(); k++) {
            if (!Character.isDigit(previous.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A given name before a definite word starts a person (بقيادة حسن الخطيب), not a complement. */
    private boolean givenBeforeFamilyName(int j) {
        return d.givenAt(j, false) != null && j + 1 < tokens.size() && d.adjacent(j + 1)
                && d.isDefinite(tokens.get(j + 1).text()) && d.isDefiniteNameWord(j + 1);
    }

    /** Whether a definite word follows the mention at token j: the adjective is inside a longer name then. */
    private boolean nameGoesOn(int j) {
        int after = d.tokenAfter(known[j], j);
        return after < tokens.size() && d.adjacent(after) && d.isDefinite(tokens.get(after).text()) && !d.isStop(after)
                && known[after] == null && !d.startsWithConjunction(tokens.get(after).text());
    }

}
