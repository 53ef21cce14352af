package org.comention.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.comention.entity.ArabicScriptLexicons.Given;
import org.comention.entity.ArabicScriptLexicons.Head;
import org.comention.entity.ArabicScriptLexicons.Title;
import org.comention.text.ArabicProclitics;
import org.comention.text.NormalizedText;
import org.comention.text.Scripts;
import org.comention.text.TextNormalizer;

import static org.comention.entity.ArabicScriptLexicons.ALEF_MAQSURA;
import static org.comention.entity.ArabicScriptLexicons.ARTICLE;

/**
 * One Arabic-script text as the rules see it: its tokens, their proclitics, which of them a single
 * space joins, the gazetteer mention at each, and what the lexicons say of each word (a given
 * name, a title, a head word, a place cue, a stop word); each question is answered once per token.
 * The rules ({@link ArabicScriptPersons}, {@link ArabicScriptOrganisations}, {@link ArabicScriptPlaces},
 * {@link ArabicScriptPersian}) read it and {@link #emit} their proposals into it.
 */
final class ArabicScriptTokens {
    /** The longest run of proclitics before a lexicon word, in normalised characters (وبال, وللـ). */
    private static final int MAX_PROCLITICS = 5;
    /** The second half of theophoric compounds (عبدالله, ذبیح‌الله), normalised. */
    private static final String ALLAH = "الله";
    /** Tanween, the marks of an indefinite word: ً ٌ ٍ. */
    private static final char FATHATAN = '\u064B';
    private static final char KASRATAN = '\u064D';
    /** Where the article-absorbing prefixes start in a proclitic mask. */
    private static final int ABSORBS_SHIFT = 8;
    /** The letters a proclitic run can start with (و ف ب ك ل, ا of the article; د of Persian در). */
    private static final String PROCLITIC_LETTERS = "وفبكلاد";

    record Token(int begin, int end, String text) {
    }

    /** Where a proposal is and what it is: one proposal per key, the strongest. */
    private record Key(int start, int end, EntityType type) {
    }

    /** A lexicon form found at the start of a token after {@code prefix} normalised characters of proclitics. */
    record Hit(int prefix, boolean absorbedArticle, String form) {
    }

    /** A title from a token to {@code end}, and the lexicon form it was found as. */
    record TitleHit(Title title, String form, int end) {
    }

    private final ArabicProclitics proclitics;
    final String text;
    final NormalizedText n;
    final ArabicScriptLexicons lex;
    final boolean persianMode;
    final List<Token> tokens;
    /** Per token: the gazetteer mention covering its start, or null. */
    final Mention[] known;
    private final Map<Key, DiscoveredName> found = new LinkedHashMap<>();
    /**
     * Per token, which of its prefixes are proclitics (bit p) and which absorbed the article
     * (bit 8 + p): every lookup of a word asks it of each prefix, so it is worked out once.
     */
    private final int[] clitics;
    /** Per token, lazily: its {@link #cores(int)}. */
    private final String[][] coresOf;
    /** Per token: whether a single space, not punctuation or a line break, separates it from the one before. */
    private final boolean[] adjacentToPrevious;
    // the rules ask the same questions of a token several times: each is answered once
    private final Memo<TitleHit> titleAt;
    private final Memo<Hit> givenBare;
    private final Memo<Hit> givenAfterClitics;
    private final Memo<Hit> headBare;
    private final Memo<Hit> headAny;
    private final Memo<Hit> placeBare;
    private final Memo<Hit> placeAny;
    private final Memo<Boolean> nameWord;
    private final Memo<Boolean> stop;

    ArabicScriptTokens(ArabicProclitics proclitics, String text, NormalizedText n, ArabicScriptLexicons lex,
            boolean persianMode, List<Mention> mentions) {
        this.proclitics = proclitics;
        this.text = text;
        this.n = n;
        this.lex = lex;
        this.persianMode = persianMode;
        this.tokens = tokens(n.text());
        this.known = new Mention[tokens.size()];
        this.clitics = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (PROCLITIC_LETTERS.indexOf(t.charAt(0)) < 0) {
                continue;
            }
            for (int p = 1; p <= Math.min(4, t.length()); p++) {
                boolean cliticLetters = PROCLITIC_LETTERS.indexOf(t.charAt(p - 1)) >= 0;
                if (!cliticLetters && !persianMode) {
                    break;
                }
                boolean proclitic = cliticLetters && proclitics.isProclitic(t, 0, p);
                if (persianMode) {
                    // Persian glues prepositions (ازکابل), and و before a name; it has no article
                    proclitic = ArabicScriptPersian.isGluedPreposition(t, p)
                            || proclitic && !t.substring(0, p).contains(ARTICLE) && !t.startsWith("لل");
                }
                clitics[i] |= proclitic ? 1 << p : 0;
                clitics[i] |= cliticLetters && proclitics.absorbsArticle(t, 0, p) ? 1 << (ABSORBS_SHIFT + p) : 0;
            }
        }
        // every rule asks whether two tokens are one phrase, many times each: answered once here
        this.adjacentToPrevious = new boolean[tokens.size()];
        this.coresOf = new String[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            adjacentToPrevious[i] = findAdjacent(i);
        }
        this.titleAt = new Memo<>(tokens.size());
        this.givenBare = new Memo<>(tokens.size());
        this.givenAfterClitics = new Memo<>(tokens.size());
        this.headBare = new Memo<>(tokens.size());
        this.headAny = new Memo<>(tokens.size());
        this.placeBare = new Memo<>(tokens.size());
        this.placeAny = new Memo<>(tokens.size());
        this.nameWord = new Memo<>(tokens.size());
        this.stop = new Memo<>(tokens.size());
        int m = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int at = n.originalStart(tokens.get(i).begin());
            while (m < mentions.size() && mentions.get(m).end() <= at) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() <= at) {
                known[i] = mentions.get(m);
            }
        }
    }

    /** The proposals emitted so far, in the order first emitted. */
    List<DiscoveredName> proposals() {
        return List.copyOf(found.values());
    }

    int size() {
        return tokens.size();
    }

    /** The normalised text of token i. */
    String text(int i) {
        return tokens.get(i).text();
    }

    /** A given name at token i (after proclitics; written together with the next token for a compound). */
    Hit givenAt(int i, boolean allowPrefix) {
        return allowPrefix ? givenAfterClitics.get(i, k -> findGiven(k, true)) : givenBare.get(i, k -> findGiven(k, false));
    }

    private Hit findGiven(int i, boolean allowPrefix) {
        Token t = tokens.get(i);
        if (isStop(i)) {
            return null;
        }
        String next = i + 1 < tokens.size() && adjacent(i + 1) ? tokens.get(i + 1).text() : null;
        int maxPrefix = allowPrefix ? Math.min(4, t.text().length() - 2) : 0;
        for (int p = 0; p <= maxPrefix; p++) {
            if (p > 0 && !isPrefix(i, p, false)) {
                continue;
            }
            String core = cores(i)[p];
            if (next != null && lex.compoundFirstHalves.contains(core)) {
                Given compound = lex.given.get(core + next);
                if (compound != null && writtenAsName(i, compound, core)) {
                    return new Hit(p, false, core + next);
                }
            }
            Given g = lex.given.get(core);
            if (g != null && writtenAsName(i, g, core)) {
                return new Hit(p, false, core);
            }
            if (persianMode && p == 0 && isPersianCompound(i, core)) {
                return new Hit(0, false, core);
            }
        }
        return null;
    }

    /**
     * A Persian or Dari compound given name written as one word that the lexicon lacks: two given
     * names (محمدرحیم, محمدشعیب) or a word and الله (حیات‌الله, written حیاتالله when the joiner is lost),
     * as the lexicon's compounds are made; not a title, head or stop word (آیت‌الله).
     */
    private boolean isPersianCompound(int i, String core) {
        if (core.length() < 6 || title(i) != null || headAt(i, lex.heads, true) != null || known[i] != null) {
            return false;
        }
        if (core.endsWith(ALLAH) && core.length() - ALLAH.length() >= 3) {
            return true;
        }
        for (int k = 3; k <= core.length() - 3; k++) {
            Given a = lex.given.get(core.substring(0, k));
            Given b = lex.given.get(core.substring(k));
            if (a != null && b != null && !a.alsoWord() && !b.alsoWord()) {
                return true;
            }
        }
        return false;
    }

    /** علي is the name, على the preposition: the original's last letter tells them apart. */
    boolean writtenAsName(int i, Given g, String form) {
        if (!g.endsInYa()) {
            return true;
        }
        int lastOriginal = n.originalStart(tokens.get(i).end() - 1);
        // Egypt writes every final ي as ى (سامى, هانى): only a stop word so written is not the name
        return text.charAt(lastOriginal) != ALEF_MAQSURA || !lex.maqsuraStops.contains(form);
    }

    boolean kunyaAt(int i) {
        String t = tokens.get(i).text();
        for (int p = 0; p <= Math.min(2, t.length() - 2); p++) {
            if ((p == 0 || isPrefix(i, p, false)) && "kunya".equals(lex.particles.get(cores(i)[p]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a gazetteer mention starts with token {@code from} and reaches the end of token
     * {@code to - 1}: the gazetteer knows that name. One that starts later inside it (بن سلمان in
     * عبد العزيز بن سلمان) does not explain the longer name.
     */
    boolean explained(int from, int to) {
        Mention m = known[from];
        return m != null && m.start() <= n.originalStart(tokens.get(from).begin())
                && m.end() >= n.originalEnd(tokens.get(to - 1).end() - 1);
    }

    boolean isParticle(int i) {
        return lex.particles.containsKey(tokens.get(i).text());
    }

    /** Whether a person's name starts at token i with a given name that is not also a common word. */
    boolean startsPerson(int i) {
        Hit g = givenAt(i, false);
        return g != null && !lex.given.getOrDefault(g.form(), Given.NONE).alsoWord();
    }

    /** Whether a light verb follows token i: in Persian, i is then the noun of a compound verb (اضافه کرد). */
    boolean beforeVerb(int i) {
        if (i + 1 >= tokens.size() || !adjacent(i + 1)) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        // and the present of کردن and شدن: استیضاح نمی‌شوند, اعلام می‌کند
        return lex.lightVerbs.contains(next) || persianMode && ArabicScriptPersian.isLightVerbForm(next);
    }

    /** A Persian plural or broken plural with the ezafe (see {@link ArabicScriptPersian#isPlural}): a noun, not a name. */
    boolean isPlural(String t) {
        return persianMode && ArabicScriptPersian.isPlural(t);
    }

    /** A definite word that may end a name: not a stop word, title, head, place cue or role word. */
    boolean isDefiniteNameWord(int i) {
        String t = tokens.get(i).text();
        return isArabicWord(t) && !isStop(i) && !lex.qualifiers.contains(t) && title(i) == null
                && headAt(i, lex.heads, true) == null && headAt(i, lex.places, true) == null
                && known[i] == null && !startsWithConjunction(t) && !t.startsWith("لل");
    }

    /** An Arabic word written with tanween (تقدماً, "progress"): indefinite, a common word, never a name. */
    boolean hasTanween(int i) {
        Token t = tokens.get(i);
        for (int k = n.originalStart(t.begin()), end = EntityMatcher.originalEnd(text, n, t.end()); k < end; k++) {
            char c = text.charAt(k);
            if (c >= FATHATAN && c <= KASRATAN) {
                return true;
            }
        }
        return false;
    }

    /** An Arabic word written with ة: a noun or adjective (زيارة رسمية) unless a lexicon lists it as a name. */
    boolean endsInTaMarbuta(int i) {
        return !persianMode && text.charAt(n.originalStart(tokens.get(i).end() - 1)) == 'ة';
    }

    /** What a particle may govern: a name, or any word that is not a stop word or cue (آل ثاني, بن الخطاب). */
    boolean nameOrDefinite(int i) {
        String t = tokens.get(i).text();
        return givenAt(i, false) != null || isNameWord(i) || isArabicWord(t) && t.length() >= 2 && !isStop(i)
                && title(i) == null && headAt(i, lex.heads, true) == null;
    }

    /** 2 when token i and the next, written apart, form a compound given name (عبد الفتاح, ذبیح الله). */
    int compoundLength(int i, Hit hit) {
        return hit.form().length() > tokens.get(i).text().length() - hit.prefix() ? 2 : 1;
    }

    /** A title starting at token i (its first word may carry proclitics: وقائد, للرئيس). */
    TitleHit title(int i) {
        return titleAt.get(i, this::findTitle);
    }

    private TitleHit findTitle(int i) {
        if (!startsTitle(i)) {
            return null;
        }
        for (int length = Math.min(lex.longestTitle, tokens.size() - i); length >= 1; length--) {
            StringBuilder rest = new StringBuilder();
            boolean joined = true;
            for (int k = i + 1; k < i + length; k++) {
                joined &= adjacent(k);
                rest.append(' ').append(tokens.get(k).text());
            }
            if (!joined) {
                continue;
            }
            String t = tokens.get(i).text();
            for (int p = 0; p <= Math.min(4, t.length() - 2); p++) {
                if (p > 0 && !isPrefix(i, p, true)) {
                    continue;
                }
                String core = (p > 0 && absorbsArticle(i, p) ? ARTICLE : "") + t.substring(p) + rest;
                Title title = lex.titles.get(core);
                if (title != null) {
                    return new TitleHit(title, core, i + length);
                }
            }
        }
        return null;
    }

    /** Whether token i, after some run of proclitics, is the first word of a title. */
    private boolean startsTitle(int i) {
        String t = tokens.get(i).text();
        String[] cores = cores(i);
        for (int p = 0; p <= Math.min(4, t.length() - 2); p++) {
            if (cores[p] != null
                    && lex.titleFirstWords.contains(p > 0 && absorbsArticle(i, p) ? ARTICLE + cores[p] : cores[p])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token i without each run of proclitics it may start with (index: the run's length; null where
     * t[0, p) is no run): every lexicon lookup of the token reads these, so each is cut once.
     */
    String[] cores(int i) {
        String[] cores = coresOf[i];
        if (cores == null) {
            String t = tokens.get(i).text();
            cores = new String[MAX_PROCLITICS + 1];
            cores[0] = t;
            for (int p = 1; p <= Math.min(MAX_PROCLITICS, t.length() - 2); p++) {
                cores[p] = isPrefix(i, p, true) ? t.substring(p) : null;
            }
            coresOf[i] = cores;
        }
        return cores;
    }

    /** A head word (or place cue) at token i, after proclitics, the article included when {@code anyArticle}. */
    Hit headAt(int i, Map<String, Head> table, boolean anyArticle) {
        Memo<Hit> memo = table == lex.heads ? (anyArticle ? headAny : headBare) : (anyArticle ? placeAny : placeBare);
        return memo.get(i, k -> findHead(k, table, anyArticle));
    }

    private Hit findHead(int i, Map<String, Head> table, boolean anyArticle) {
        String t = tokens.get(i).text();
        String[] cores = cores(i);
        for (int p = 0; p <= Math.min(5, t.length() - 2); p++) {
            String core = cores[p];
            if (core == null) {
                continue;
            }
            Head h = table.get(core);
            if (h != null && (p == 0 || anyArticle || !t.substring(0, p).endsWith(ARTICLE) && !absorbsArticle(i, p)
                    || h.definite())) {
                return new Hit(p, absorbsArticle(i, p), core);
            }
        }
        return null;
    }

    boolean hasArticle(int i, Hit hit) {
        String t = tokens.get(i).text();
        return hit.absorbedArticle() || t.substring(0, hit.prefix()).endsWith(ARTICLE);
    }

    /** Whether t[0, p) is a run of proclitics (Arabic) or a glued preposition (Persian). */
    boolean isPrefix(int i, int p, boolean withArticle) {
        String t = tokens.get(i).text();
        if (persianMode) {
            return proclitic(i, p);
        }
        if (!proclitic(i, p)) {
            return false;
        }
        return withArticle || !t.startsWith(ARTICLE, p - ARTICLE.length()) && !absorbsArticle(i, p);
    }

    boolean absorbsArticle(int i, int p) {
        return !persianMode && (clitics[i] & (1 << (ABSORBS_SHIFT + p))) != 0;
    }

    /** Whether the first p characters of token i are a run of Arabic proclitics. */
    boolean proclitic(int i, int p) {
        return (clitics[i] & (1 << p)) != 0;
    }

    /** A word that may be part of a name: Arabic letters, not a stop word, cue, head word or role word. */
    boolean isNameWord(int i) {
        return nameWord.get(i, this::findNameWord);
    }

    private boolean findNameWord(int i) {
        String t = tokens.get(i).text();
        return t.length() >= 2 && isArabicWord(t) && !isStop(i) && !lex.qualifiers.contains(t) && title(i) == null
                && !(persianMode ? false : hasPronounSuffix(t) || hasTanween(i))
                && headAt(i, lex.heads, false) == null && headAt(i, lex.places, false) == null
                && !lex.particles.containsKey(t) && !(persianMode ? false : isDefinite(t));
    }

    boolean isStop(int i) {
        return stop.get(i, this::findStop);
    }

    private boolean findStop(int i) {
        String t = tokens.get(i).text();
        if (lex.stops.contains(t) || lex.maqsuraStops.contains(t) && !writtenAsName(i, lex.given.get(t), t)) {
            return true;
        }
        // a stop word behind proclitics: وقال, بأن, لأنها
        if (!persianMode) {
            if (isAccusativeRole(t)) {
                return true;
            }
            for (int p = 1; p <= 2 && t.length() - p >= 2; p++) {
                if (proclitic(i, p) && !t.startsWith(ARTICLE) && lex.stops.contains(t.substring(p))) {
                    return true;
                }
            }
            return false;
        }
        return ArabicScriptPersian.isVerbForm(t) && !lex.given.containsKey(t);
    }

    /**
     * A role noun in the indefinite accusative, the state an appointment puts a person in (عيّن X
     * مديرا عاما, انتخب رئيسا, عضوا): it follows a name and is never part of one.
     */
    private boolean isAccusativeRole(String t) {
        if (t.length() < 4 || t.charAt(t.length() - 1) != 'ا') {
            return false;
        }
        String noun = t.substring(0, t.length() - 1);
        return lex.titleFirstWords.contains(noun) || lex.titleFirstWords.contains(ARTICLE + noun);
    }

    static boolean startsWithConjunction(String t) {
        return t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف') && (t.startsWith(ARTICLE, 1)
                || t.startsWith("لل", 1) || t.startsWith("ب" + ARTICLE, 1));
    }

    /** An Arabic word with the article, after proclitics or fused with ل: الجيش, والجيش, بالجيش, للجيش. */
    boolean isDefinite(String t) {
        if (persianMode || t.length() <= 3) {
            return false;
        }
        for (int p = 0; p <= 2; p++) {
            if ((t.startsWith(ARTICLE, p) || t.startsWith("لل", p)) && (p == 0 || proclitics.isProclitic(t, 0, p))) {
                return true;
            }
        }
        return false;
    }

    /** A definite word that may be a family name or nisba, not a plural or a role word. */
    boolean looksLikeDefiniteName(String t) {
        return !lex.qualifiers.contains(t) && !t.endsWith("ات") && !t.endsWith("ين") && !t.endsWith("ون")
                && t.length() >= 4;
    }

    /** After a title, a lone definite word ending like a nisba (الأمريكي, السودانية) qualifies the role. */
    boolean looksLikeNisba(String t) {
        return t.endsWith("ي") || t.endsWith("يه");
    }

    /**
     * An Arabic noun with a preposition before it and a possessive pronoun after it (بحذره, لقواتها,
     * مواقفهم): never a name the lexicons do not know.
     */
    static boolean hasPronounSuffix(String t) {
        boolean preposition = "بلكوف".indexOf(t.charAt(0)) >= 0;
        return t.length() >= 4 && preposition && t.endsWith("ه")
                || t.length() >= 5 && (t.endsWith("ها") || t.endsWith("هم") || t.endsWith("هما") || t.endsWith("كم"));
    }

    /** An indefinite Arabic adjective after a place cue (منطقة عسكرية): not a place name. */
    static boolean looksLikeAdjective(String t) {
        return t.length() >= 5 && t.endsWith("يه");
    }

    boolean adjacent(int j) {
        return adjacentToPrevious[j];
    }

    private boolean findAdjacent(int j) {
        if (j == 0) {
            return true;
        }
        Token previous = tokens.get(j - 1);
        Token current = tokens.get(j);
        if (current.begin() - previous.end() != 1 || n.charAt(previous.end()) != ' ') {
            return false;
        }
        // a line break between two words ends a name as punctuation does (a headline over the text)
        for (int k = n.originalStart(previous.end()); k < n.originalEnd(previous.end()); k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return false;
            }
        }
        return true;
    }

    boolean commaBetween(int a, int b) {
        String between = n.text().substring(tokens.get(a).end(), tokens.get(b).begin()).strip();
        return between.equals("،") || between.equals(",");
    }

    /** The first token at or after j that starts after mention {@code m} ends. */
    int tokenAfter(Mention m, int j) {
        int k = j + 1;
        while (k < tokens.size() && n.originalStart(tokens.get(k).begin()) < m.end()) {
            k++;
        }
        return k;
    }

    /**
     * Proposes tokens {@code [from, to)}; {@code lead} is the lexicon hit of the first token when
     * its proclitics are to be left out of the name.
     */
    void emit(int from, Hit lead, int to, EntityType type, double strength, String rule) {
        if (to <= from || to - from > ArabicScriptNames.MAX_NAME_TOKENS + ArabicScriptOrganisations.MAX_COMPLEMENT) {
            return;
        }
        Token first = tokens.get(from);
        int start = n.originalStart(first.begin());
        int end = EntityMatcher.originalEnd(text, n, tokens.get(to - 1).end());
        int prefix = lead == null ? leadingClitics(first.text()) : lead.prefix();
        boolean absorbed = lead == null ? !persianMode && prefix > 0 && proclitics.absorbsArticle(first.text(), 0, prefix)
                : lead.absorbedArticle();
        String clitics = first.text().substring(0, prefix);
        int keep = absorbed ? 0 : clitics.endsWith(ARTICLE) && !persianMode ? 2 : 0;
        int nameStart = n.originalStart(first.begin() + prefix - keep);
        String name = (absorbed ? ARTICLE : "") + text.substring(nameStart, end);
        Key key = new Key(start, end, type);
        DiscoveredName proposed = new DiscoveredName(start, end, first.begin(), name, type, strength, rule);
        DiscoveredName previous = found.get(key);
        if (previous == null || previous.strength() < strength) {
            found.put(key, proposed);
        }
    }

    /**
     * The proclitics of a name's first token that no lexicon explained: و ب ل ف ك before a
     * definite word (والبرهان, للبرهان), and a glued Persian preposition before nothing.
     */
    int leadingClitics(String t) {
        if (persianMode) {
            return 0;
        }
        for (int p = 3; p >= 1; p--) {
            if (t.length() - p > 2 && proclitics.absorbsArticle(t, 0, p)) {
                return p;
            }
        }
        for (int p = 2; p >= 1; p--) {
            if (t.length() - p > 3 && t.startsWith(ARTICLE, p) && proclitics.isProclitic(t, 0, p)) {
                return p + ARTICLE.length();
            }
        }
        return 0;
    }

    /** Answers per token, computed on first asking. */
    private static final class Memo<T> {
        private static final Object NONE = new Object();
        private final Object[] values;

        Memo(int size) {
            values = new Object[size];
        }

        @SuppressWarnings("unchecked")
        T get(int i, IntFunction<T> compute) {
            Object value = values[i];
            if (value == null) {
                T computed = compute.apply(i);
                values[i] = computed == null ? NONE : computed;
                return computed;
            }
            return value == NONE ? null : (T) value;
        }
    }

    static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isArabicWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Scripts.isArabicLetter(t.charAt(i))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!TextNormalizer.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int begin = i;
            while (i < s.length() && TextNormalizer.isWordChar(s.charAt(i))) {
                i++;
            }
            tokens.add(new Token(begin, i, s.substring(begin, i)));
        }
        return tokens;
    }
}
