package org.comention.entity;

import java.util.List;
import org.comention.entity.ArabicScriptLexicons.Given;
import org.comention.entity.ArabicScriptTokens.Hit;
import org.comention.entity.ArabicScriptTokens.TitleHit;
import org.comention.entity.ArabicScriptTokens.Token;

import static org.comention.entity.ArabicScriptLexicons.ARTICLE;
import static org.comention.entity.ArabicScriptNames.MAX_NAME_TOKENS;

/**
 * People in Arabic-script text: a given name from the lexicon and the name tokens after it (more
 * given names, nasab and kunya particles with the name they govern, a bounded number of unknown
 * tokens, a final nisba or family name), and a name after a title or role and its qualifiers.
 */
final class ArabicScriptPersons {
    /** Words of a role between a title and the name (وزير الخارجية الأمريكي الأسبق). */
    private static final int MAX_QUALIFIERS = 6;
    /** Tokens in one person's name that no lexicon knows (family names). */
    private static final int MAX_UNKNOWN = 2;
    /** Tokens of one person's name in a list, looked back over for the item before a name. */
    private static final int MAX_LIST_ITEM = 3;

    private final ArabicScriptTokens d;
    /** Set while a list's neighbour is looked at, so that two names that each need the other prove nothing. */
    private boolean checkingList;
    private final List<Token> tokens;
    private final Mention[] known;
    private final ArabicScriptLexicons lex;
    private final boolean persianMode;

    ArabicScriptPersons(ArabicScriptTokens d) {
        this.d = d;
        this.tokens = d.tokens;
        this.known = d.known;
        this.lex = d.lex;
        this.persianMode = d.persianMode;
    }

    // ------------------------------------------------------------ person names

    /** A person's name from token i: where it ends and what it holds. */
    private final class Chain {
        int end;
        boolean given;
        boolean particle;
        boolean compoundOnly;
        Hit firstHit;
    }

    /** A given name and the name tokens after it; returns the end of what it took, or i. */
    int person(int i) {
        if (known[i] != null && known[i].kind() == AliasKind.NAME) {
            return d.tokenAfter(known[i], i);
        }
        Chain chain = chain(i, false, false);
        if (chain == null) {
            return i;
        }
        if (d.explained(i, chain.end)) {
            return chain.end;
        }
        if (chain.end - i >= 2 && !(chain.compoundOnly)) {
            double strength = chain.particle ? 0.85 : 0.8;
            d.emit(i, chain.firstHit, chain.end, EntityType.PERSON, strength, "given-name");
        } else if (chain.compoundOnly) {
            // a compound given name alone (عبد الملك): a name, but whose?
            d.emit(i, chain.firstHit, chain.end, EntityType.PERSON, 0.45, "given-name-alone");
        }
        return chain.end;
    }

    /** A title or role, its qualifiers, then a name; returns the end of the name, or 0. */
    int titled(int i) {
        TitleHit cue = d.title(i);
        if (cue == null || !cue.title().before() || afterParticle(i)) {
            return 0;
        }
        int j = cue.end();
        int skipped = 0;
        // after the body of the role (لسوناطراك) only a given name starts the name, not any word
        boolean afterBody = false;
        while (j < tokens.size() && d.adjacent(j) && skipped < MAX_QUALIFIERS) {
            Mention m = known[j];
            if (m != null) {
                int after = d.tokenAfter(m, j);
                boolean nameFollows = after < tokens.size() && d.adjacent(after) && chain(after, true, false) != null
                        && d.givenAt(after, false) != null;
                if (m.kind() == AliasKind.ADJECTIVAL || nameFollows) {
                    j = after;
                    skipped++;
                    continue;
                }
                return 0;
            }
            String t = tokens.get(j).text();
            if (d.title(j) != null || isQualifier(t) || d.headAt(j, lex.heads, true) != null
                    || !persianMode && d.isDefinite(t) && d.givenAt(j, false) == null
                    || !persianMode && isLamComplement(j)) {
                afterBody |= !persianMode && isLamComplement(j);
                j += d.title(j) != null ? d.title(j).end() - j : 1;
                skipped++;
                continue;
            }
            break;
        }
        if (j < tokens.size() && d.adjacent(j)) {
            boolean bare = (cue.title().honorific() || !persianMode) && !cue.title().needsGiven() && !afterBody;
            Chain chain = chain(j, true, bare);
            if (chain != null && d.explained(j, chain.end)) {
                return 0;
            }
            if (chain != null && chain.given && chain.end - j == 1 && chain.end < tokens.size() && d.adjacent(chain.end)
                    && (known[chain.end] != null && known[chain.end].kind() == AliasKind.NAME
                    || !persianMode && d.isDefinite(tokens.get(chain.end).text()))) {
                // a lone given name before a name the gazetteer knows, or before a definite word the name did not
                // take, is half a longer name (الشيخ أحمد نواف الأحمد, أحمد السعدون), not a person of its own
                return 0;
            }
            if (chain != null) {
                double strength = cue.title().strength();
                if (!chain.given) {
                    strength = cue.title().honorific() ? 0.75 : chain.end - j >= 2 ? 0.7 : 0.6;
                }
                d.emit(j, chain.firstHit, chain.end, EntityType.PERSON, strength, "title:" + cue.form());
                return chain.end;
            }
        }
        return 0;
    }

    /**
     * The person's name that starts at token {@code i}, or null.
     *
     * @param afterTitle whether a title precedes (a given name that is also a word may then start a name)
     * @param bareStart  whether a name may start with a token no lexicon knows (after an honorific)
     */
    private Chain chain(int i, boolean afterTitle, boolean bareStart) {
        Chain c = new Chain();
        boolean needsList = false;
        int j;
        Hit first = d.givenAt(i, true);
        int unknown = 0;
        int givenNames = 0;
        if (first != null) {
            c.given = true;
            givenNames = 1;
            c.firstHit = first;
            j = i + d.compoundLength(i, first);
            // a compound the lexicon lacks (محمدرحیم) is no common word
            Given g = lex.given.getOrDefault(first.form(), new Given(false, false));
            // عبد الملك is one given name in two words; محمد ابراهيم, two given names, is a full name
            c.compoundOnly = j - i == 2 && !(lex.given.containsKey(tokens.get(i).text().substring(first.prefix()))
                    && lex.given.containsKey(tokens.get(i + 1).text()));
            // the next word must be a name for certain: a given name that is no common word, or a listed
            // definite name (عمر البشير), or a particle (حسن بن علي); not any name (زیبا دنیا, "beautiful world")
            boolean nameFollows = j < tokens.size() && d.adjacent(j) && (d.startsPerson(j)
                    || d.isDefinite(tokens.get(j).text()) && d.givenAt(j, false) != null
                    || nisbaFamilyName(j)
                    || d.isParticle(j) && !"suffix".equals(lex.particles.get(tokens.get(j).text())));
            // otherwise such a name needs a person beside it in a list (سامى هلهل وهانى عبد الفتاح), looked at below
            needsList = g.alsoWord() && !afterTitle && !nameFollows;
        } else if (d.kunyaAt(i) && i + 1 < tokens.size() && d.adjacent(i + 1) && d.nameOrDefinite(i + 1)) {
            c.particle = true;
            j = i + 2;
        } else if (bareStart && !d.isDefinite(tokens.get(i).text()) && d.isNameWord(i) && known[i] == null
                && !d.endsInTaMarbuta(i) && !(tokens.get(i).text().charAt(0) == 'و' && !persianMode) && !(persianMode && (d.beforeVerb(i) || d.isPlural(tokens.get(i).text())))) {
            j = i + 1;
            unknown = 1;
        } else {
            return null;
        }
        while (j < tokens.size() && j - i < MAX_NAME_TOKENS && d.adjacent(j)) {
            String t = tokens.get(j).text();
            String role = lex.particles.get(t);
            if ("suffix".equals(role)) {
                // the second half of a theophoric compound the lexicon lacks: يار الله, فخر الدين
                j++;
                continue;
            }
            if (role == null && known[j] != null && known[j].kind() == AliasKind.NAME) {
                // a name the gazetteer knows ends an unknown one before it (فلاديمير زيلينسكي stays Zelensky's);
                // only a nasab the gazetteer lists as a name (بن سلمان) goes on inside a longer name
                break;
            }
            if (role != null && !role.equals("suffix") && j + 1 < tokens.size() && d.adjacent(j + 1)
                    && j + 2 - i <= MAX_NAME_TOKENS
                    && d.nameOrDefinite(j + 1)) {
                c.particle |= !role.equals("compound");
                c.compoundOnly = false;
                // عبد and the next word are one given name (هانى عبد الفتاح)
                givenNames += role.equals("compound") ? 1 : 0;
                boolean definite = d.isDefinite(tokens.get(j + 1).text());
                j += 2;
                // the family (آل ثاني) ends a name, and so does a definite word after بن (بن الخطاب)
                if (role.equals("family") || definite && !role.equals("compound") && !role.equals("kunya")) {
                    break;
                }
                continue;
            }
            Hit g = d.givenAt(j, false);
            if (g != null) {
                int length = d.compoundLength(j, g);
                if (j + length - i > MAX_NAME_TOKENS) {
                    break;
                }
                j += length;
                c.given = true;
                c.compoundOnly = false;
                givenNames++;
                continue;
            }
            if (d.isDefinite(t)) {
                // after a word no lexicon knows, a definite word is as often the object of the verb
                // before the name (حضر علي خامنئي الاجتماع) as a family name; a nisba is a name
                boolean mayEnd = unknown == 0 || d.looksLikeNisba(t);
                if (mayEnd && d.looksLikeDefiniteName(t) && d.isDefiniteNameWord(j)
                        || known[j] != null && known[j].kind() == AliasKind.ADJECTIVAL && !persianMode) {
                    // the nisba or family name ends the name: محمد المصري
                    j++;
                    c.compoundOnly = false;
                    if (j < tokens.size() && d.adjacent(j) && "suffix".equals(lex.particles.get(tokens.get(j).text()))) {
                        // a family name in two words: أحمد العبد الله
                        j++;
                    } else if (!persianMode && t.startsWith(ARTICLE) && lex.given.containsKey(t.substring(ARTICLE.length()))
                            && j < tokens.size() && j - i < MAX_NAME_TOKENS && d.adjacent(j)
                            && d.isDefinite(tokens.get(j).text()) && d.looksLikeDefiniteName(tokens.get(j).text())
                            && d.isDefiniteNameWord(j)) {
                        // a father's name with the article comes before the family name: طلال الخالد الصباح
                        j++;
                    }
                }
                break;
            }
            // a first name and a father's name seldom take a third word the lexicon does not know in
            // Arabic, where it is mostly the verb or noun after the name (نعيم قاسم نزع سلاح الحزب)
            int allowed = givenNames >= 2 ? (persianMode ? 1 : 0) : MAX_UNKNOWN;
            // inside a name, a word after و is the next phrase (وزعماء), and one after ل its complement (لمنصب)
            boolean conjunction = !persianMode && t.length() >= 4 && (t.charAt(0) == 'و' || t.charAt(0) == 'ل')
                    && d.givenAt(j, false) == null;
            // a second unknown word written with ة is a noun after the name (داودي قامة), seldom a family name, and a
            // listed common noun starts the verb's object (X Y سکان هدایت تیم را بر عهده گرفت)
            boolean noun = unknown > 0 && d.endsInTaMarbuta(j) || lex.commonNouns.contains(t);
            if (d.isNameWord(j) && unknown < allowed && !conjunction && !noun
                    && !(persianMode && (d.beforeVerb(j) || d.isPlural(t)))) {
                j++;
                unknown++;
                c.compoundOnly = false;
                continue;
            }
            break;
        }
        if (j - i == 1 && !c.given) {
            // one token after a title: only a word long enough to be a name (not a pronoun suffix or a letter)
            if (tokens.get(i).text().length() < 3) {
                return null;
            }
        }
        if (c.particle && j - i < 2 || needsList && (checkingList || j - i < 2 || !listedWithPerson(i, first, j))) {
            return null;
        }
        c.end = j;
        return c;
    }

    /**
     * Whether the name [i, end) is an item of a list of people: a comma or و joins it to a name that
     * starts with a given name no common word shares, before it (محمود الخليلي وأنيس سويدان) or after it
     * (رضا زنگنه و رحیم کنارکوهی). The item before is looked for in at most {@link #MAX_LIST_ITEM} tokens.
     */
    private boolean listedWithPerson(int i, Hit first, int end) {
        int previousEnd = -1;
        if (first.prefix() == 1 && tokens.get(i).text().charAt(0) == 'و' && d.adjacent(i)) {
            previousEnd = i - 1;
        } else if (i >= 2 && tokens.get(i - 1).text().equals("و") && d.adjacent(i) && d.adjacent(i - 1)) {
            previousEnd = i - 2;
        } else if (i >= 1 && d.commaBetween(i - 1, i)) {
            previousEnd = i - 1;
        }
        for (int k = previousEnd; k >= 0 && k > previousEnd - MAX_LIST_ITEM; k--) {
            if (personBetween(k, previousEnd + 1)) {
                return true;
            }
            if (!d.adjacent(k)) {
                break;
            }
        }
        int next = -1;
        if (end < tokens.size() && d.commaBetween(end - 1, end)) {
            next = end;
        } else if (end + 1 < tokens.size() && tokens.get(end).text().equals("و") && d.adjacent(end) && d.adjacent(end + 1)) {
            next = end + 1;
        } else if (end < tokens.size() && d.adjacent(end) && tokens.get(end).text().charAt(0) == 'و') {
            next = end;
        }
        return next >= 0 && personBetween(next, -1);
    }

    /**
     * Whether a person's name of two tokens or more starts at token k (and ends at {@code end}, unless -1)
     * on its own evidence: one that needs a list itself does not count, so the question is asked once.
     */
    private boolean personBetween(int k, int end) {
        if (checkingList) {
            return false;
        }
        checkingList = true;
        try {
            Chain chain = d.givenAt(k, true) == null ? null : chain(k, false, false);
            return chain != null && chain.end - k >= 2 && !chain.compoundOnly && (end < 0 || chain.end == end);
        } finally {
            checkingList = false;
        }
    }

    /**
     * A definite word shaped like a nisba that may end a name (الناصيري, الركراكي): after a given
     * name that is also a common word (سعيد, وليد) it is a family name, as adjectives of that shape
     * after such a word are the countries' the gazetteer knows (سعيد المصري is left alone).
     */
    private boolean nisbaFamilyName(int j) {
        String t = tokens.get(j).text();
        return !persianMode && d.isDefinite(t) && t.startsWith(ARTICLE) && d.looksLikeNisba(t) && d.looksLikeDefiniteName(t)
                && t.length() >= 6 && d.isDefiniteNameWord(j) && d.givenAt(j, false) == null;
    }

    /** A word of a role, also after a conjunction: وزيرة الخارجية والهجرة وشؤون المصريين. */
    private boolean isQualifier(String t) {
        return lex.qualifiers.contains(t) || !persianMode && t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')
                && lex.qualifiers.contains(t.substring(1));
    }

    /**
     * An Arabic word with the preposition ل after a role: the body the role belongs to (المدير العام
     * لسوناطراك), part of the role, not the start of the name after it.
     */
    private boolean isLamComplement(int j) {
        String t = tokens.get(j).text();
        return t.length() >= 5 && t.charAt(0) == 'ل' && !t.startsWith("لل") && d.proclitic(j, 1)
                && d.givenAt(j, true) == null && d.isNameWord(j);
    }

    /** Whether token i follows a name particle (عبد الملك: الملك is no title there). */
    private boolean afterParticle(int i) {
        return i > 0 && d.adjacent(i) && "compound".equals(lex.particles.get(tokens.get(i - 1).text()));
    }

}
