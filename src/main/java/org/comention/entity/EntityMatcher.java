package org.comention.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.comention.text.ArabicProclitics;
import org.comention.text.LanguageCodes;
import org.comention.text.LanguageGuess;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.comention.text.Scripts;

/**
 * Finds gazetteer aliases in text: dictionary matching with an Aho-Corasick automaton (Aho and
 * Corasick 1975, {@link KeyAutomaton}) over normalised text, then token boundaries checked
 * here, because a proclitic may stand between the boundary and the name.
 *
 * <p>Rules:
 * <ul>
 *   <li>text and aliases are compared after {@link TextNormalizer};</li>
 *   <li>a match ends at a token boundary and starts at one, or after Arabic proclitics
 *       ({@link ArabicProclitics}: وروسيا, ببوتين, لحلف شمال الأطلسي); never inside a word;</li>
 *   <li>an Arabic alias with the article (الناتو) also matches after لل, which absorbs the
 *       article's alef (للناتو, للولايات المتحدة);</li>
 *   <li>an alias written in Latin capitals only (NATO, US) matches only text without lowercase
 *       letters, so the pronoun "us" is not the United States; one of four letters or more also
 *       matches title case (Nato, Otan);</li>
 *   <li>an alias that starts with a capital (Turkey, China, Jordan) matches only text that does
 *       not start with a lowercase letter, so the bird "turkey" and the porcelain "china" are not
 *       countries; the alias's own case says what its language capitalises (French "russe" is
 *       lowercase and matches as written);</li>
 *   <li>a capitalised Latin name may carry a genitive s (Putins, Russlands);</li>
 *   <li>an alias that is a common word of the document's language ({@link MatchingLists}: دوشنبه
 *       "Monday" for Dushanbe in Persian, خوبی "goodness" for Hubei, French "Seul" for Seoul) is a
 *       name only where case says so (capitalised inside a sentence and not after another
 *       capitalised word, in a language that writes the word in lowercase; or in capitals among
 *       lowercase words), or where the same entity is
 *       named otherwise in the document (one sense per discourse); Arabic script has no case, so
 *       there only the second holds;</li>
 *   <li>a name followed straight by "+" is another name: the entity listed with that name and
 *       its "+" in any script (ОПЕК+ is OPEC+, listed as OPEC+), else none;</li>
 *   <li>a place alias that is also a given name (Jordan, Georgia, Israel) followed by a
 *       capitalised word that is not a common word is a person's name (Jordan Peterson), not the
 *       place; a US state name after a US city and a comma (Atlanta, Georgia) is the state;</li>
 *   <li>an organisation's name right after or before a qualifier that makes another body's name
 *       (شورای امنیت ملی, مجلس الأمن القومي, National Security Council) is not that
 *       organisation (the UN Security Council);</li>
 *   <li>Persian and Dari documents: a name may follow a preposition written glued to it (ازکابل,
 *       درتهران, به‌ایران); Turkish documents: a capitalised name of five letters or more may
 *       carry a case suffix without the apostrophe (Ankaradan, Türkiyenin);</li>
 *   <li>overlapping matches: the longest wins, then the leftmost.</li>
 * </ul>
 * The document's language is the declared one, else {@link LanguageGuess}'s.
 * The keys and their meanings come from {@link MatcherKeys}; for the bundled gazetteer they are
 * read from the table the build made ({@link PrebuiltMatcher}) instead of derived again.
 * Immutable and thread-safe.
 */
public final class EntityMatcher {
    /** A name after proclitics must be at least this long, so و + a two-letter alias is not a name. */
    static final int MIN_LENGTH_AFTER_PROCLITIC = 3;
    /** A Turkish name takes a suffix without its apostrophe only from this length: Mali + ye is Maliye, a ministry. */
    static final int MIN_LENGTH_BEFORE_BARE_SUFFIX = 5;
    /** How far case and context are looked for around a match: bounded, whatever the text. */
    private static final int CONTEXT_CHARS = 40;

    private final TextNormalizer normalizer;
    private final ArabicProclitics proclitics = new ArabicProclitics();
    /** What each of the automaton's keys stands for, by its position. */
    private final AutomatonKey[] keys;
    /** Null when there are no keys. */
    private final KeyAutomaton automaton;
    private final boolean includeAdjectival;
    private final MatchingLists lists;
    private final LanguageGuess languages = new LanguageGuess();
    /** Bits of {@link #context}: a place's name that is also a given name (Jordan, Georgia). */
    private static final byte GIVEN_NAME_PLACE = 1;
    /** The name of a US state. */
    private static final byte US_STATE = 2;
    /** An organisation's name. */
    private static final byte ORGANISATION = 4;
    /** By key, what in its context its rules read; a byte, not arrays of references: a large gazetteer has millions of keys. */
    private final byte[] context;
    /** By the index of a key that is a common word somewhere: the languages, each true where it writes the word capitalised. */
    private final Map<Integer, Map<String, Boolean>> commonIn;
    /** By entity: the key of the wider group listed with its name and a "+" (OPEC+ of OPEC), or null. */
    private final AutomatonKey[] plusGroup;

    /**
     * A possible mention; {@code genitive} when it took a genitive s beyond its key; {@code common}
     * when its key is a common word of the document's language and nothing in its case says name.
     */
    private record Candidate(int tokenStart, int begin, int end, AutomatonKey key, boolean genitive, boolean common) {
        int length() {
            return end - begin;
        }
    }

    /**
     * @param includeAdjectival whether adjectival aliases (الروسي) yield mentions; they are matched
     *                          either way, so they keep a shorter name from matching inside them
     */
    public EntityMatcher(Gazetteer gazetteer, TextNormalizer normalizer, boolean includeAdjectival) {
        this(gazetteer, normalizer, includeAdjectival, MatcherProgress.NONE);
    }

    /** As above, telling {@code progress} how the building advances (a large gazetteer takes seconds). */
    public EntityMatcher(Gazetteer gazetteer, TextNormalizer normalizer, boolean includeAdjectival,
                         MatcherProgress progress) {
        this.normalizer = normalizer;
        this.includeAdjectival = includeAdjectival;
        KeyTable prebuilt = PrebuiltMatcher.load(gazetteer);
        KeyTable table = prebuilt != null ? prebuilt : KeyTable.build(gazetteer, normalizer, progress);
        this.keys = table.keys().values().toArray(new AutomatonKey[0]);
        this.automaton = table.automaton();
        this.lists = MatchingLists.bundled(normalizer);
        this.context = new byte[keys.length];
        this.plusGroup = new AutomatonKey[gazetteer.size()];
        Map<Integer, Map<String, Boolean>> commonKeys = new java.util.HashMap<>();
        int i = 0;
        for (String key : table.keys().keySet()) {
            AutomatonKey base = key.endsWith("+") ? table.keys().get(key.substring(0, key.length() - 1).strip()) : null;
            if (base != null && base.coreferents() == null && keys[i].coreferents() == null
                    && base.entity() != keys[i].entity() && plusGroup[base.entity()] == null) {
                plusGroup[base.entity()] = keys[i];
            }
            // most keys are longer than any listed word: no need to hash them
            boolean listable = key.length() <= lists.longestWord();
            Map<String, Boolean> common = listable ? lists.commonIn(key) : null;
            if (common != null) {
                commonKeys.put(i, common);
            }
            EntityType type = gazetteer.entity(keys[i].entity()).type();
            boolean place = listable && (type == EntityType.GPE || type == EntityType.LOC);
            context[i] = (byte) ((place && lists.isGivenName(key) ? GIVEN_NAME_PLACE : 0)
                    | (place && lists.isUsState(key) ? US_STATE : 0)
                    | (type == EntityType.ORG && keys[i].kind() == AliasKind.NAME ? ORGANISATION : 0));
            i++;
        }
        this.commonIn = Map.copyOf(commonKeys);
    }

    /** How many distinct normalised keys the automaton holds. */
    public int keyCount() {
        return keys.length;
    }

    /** The mentions in {@code text}, sorted by start; its language guessed. */
    public List<Mention> find(String text) {
        return find(text, normalizer.forMatching(text));
    }

    /** The mentions in {@code text}, given its normalised form; sorted by start; its language guessed. */
    public List<Mention> find(String text, NormalizedText normalized) {
        return find(text, normalized, null);
    }

    /**
     * The mentions in {@code text}, given its normalised form and the language its document
     * declares (null or undetermined: guessed from the text); sorted by start.
     */
    public List<Mention> find(String text, NormalizedText normalized, String declaredLanguage) {
        if (automaton == null) {
            return List.of();
        }
        DocumentLanguage lang = new DocumentLanguage(text, declaredLanguage);
        String s = normalized.text();
        List<Candidate> candidates = new ArrayList<>();
        automaton.parse(s, (begin, end, key) -> {
            Candidate candidate = accept(text, normalized, begin, end, key, lang);
            if (candidate != null) {
                candidates.add(candidate);
            }
        });
        dropUnconfirmedCommonWords(candidates);
        // longest first; at equal length a name as listed beats a shorter one with a genitive s (Hamas, not Hama's)
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Candidate::genitive).thenComparingInt(Candidate::begin));
        BitSet taken = new BitSet(s.length());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (taken.nextSetBit(c.tokenStart()) >= 0 && taken.nextSetBit(c.tokenStart()) < c.end()) {
                continue;
            }
            taken.set(c.tokenStart(), c.end());
            chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Candidate::tokenStart));
        // one sense per document: a derived surname names the bearer mentioned last before it
        Map<Integer, Integer> lastNamed = new java.util.HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : chosen) {
            int entity = c.key().entity();
            if (c.key().coreferents() != null) {
                entity = -1;
                int latest = -1;
                for (int person : c.key().coreferents()) {
                    int at = lastNamed.getOrDefault(person, -1);
                    if (at > latest) {
                        latest = at;
                        entity = person;
                    }
                }
                if (entity < 0) {
                    continue;
                }
            } else if (c.key().kind() == AliasKind.NAME) {
                lastNamed.put(entity, c.begin());
            }
            if (c.key().kind() == AliasKind.ADJECTIVAL && !includeAdjectival) {
                continue;
            }
            int start = normalized.originalStart(c.tokenStart());
            int end = originalEnd(text, normalized, c.end());
            MatchKind how = c.key().coreferents() != null ? MatchKind.COREFERENCE : how(c, text, start, end);
            mentions.add(new Mention(entity, c.key().kind(), start, end, c.begin(), how, c.key().alias()));
        }
        return mentions;
    }

    /**
     * Where a mention ending at normalised offset {@code end} ends in the original: after its last
     * kept character and the combining marks written on it, which the normaliser dropped, so
     * بلينكنَ keeps its fatha and the surface splits no letter from its marks; never past the
     * next kept character. Bidi controls and joiners after the name stay outside.
     */
    static int originalEnd(String text, NormalizedText normalized, int end) {
        int at = normalized.originalEnd(end - 1);
        int limit = end < normalized.length() ? normalized.originalStart(end) : text.length();
        while (at < limit && isCombiningMark(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static MatchKind how(Candidate c, String text, int start, int end) {
        if (c.key().kind() == AliasKind.ADJECTIVAL) {
            return MatchKind.ADJECTIVAL;
        }
        if (c.key().variant()) {
            return MatchKind.VARIANT;
        }
        if (c.tokenStart() < c.begin()) {
            return MatchKind.PROCLITIC;
        }
        return text.regionMatches(start, c.key().alias().text(), 0, c.key().alias().text().length())
                && end - start == c.key().alias().text().length() ? MatchKind.EXACT : MatchKind.NORMALISED;
    }

    /**
     * One sense per discourse (Gale, Church and Yarowsky 1992): a common word stands for its
     * entity only when that entity is also named in the document by a key that is no common word
     * there, or in a case that says name. Bounded: one pass to collect, one to filter.
     */
    private static void dropUnconfirmedCommonWords(List<Candidate> candidates) {
        java.util.Set<Integer> confirmed = new java.util.HashSet<>();
        boolean anyCommon = false;
        for (Candidate c : candidates) {
            if (c.common()) {
                anyCommon = true;
            } else if (c.key().coreferents() == null) {
                confirmed.add(c.key().entity());
            }
        }
        if (!anyCommon) {
            return;
        }
        candidates.removeIf(c -> c.common() && !confirms(confirmed, c.key()));
    }

    private static boolean confirms(java.util.Set<Integer> confirmed, AutomatonKey key) {
        if (key.coreferents() == null) {
            return confirmed.contains(key.entity());
        }
        for (int person : key.coreferents()) {
            if (confirmed.contains(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The document's language as its common-word lists know it, worked out on first need: most
     * documents have no match that asks, and a guess reads the whole text.
     */
    private final class DocumentLanguage {
        private final String text;
        private final String declared;
        private String code;
        private boolean known;

        DocumentLanguage(String text, String declared) {
            this.text = text;
            this.declared = declared;
        }

        String get() {
            if (!known) {
                String canonical = LanguageCodes.canonical(declared);
                code = MatchingLists.wordsOf(canonical == null || canonical.equals(LanguageCodes.UNDETERMINED)
                        ? languages.of(null, text) : canonical);
                known = true;
            }
            return code;
        }
    }

    private Candidate accept(String text, NormalizedText normalized, int begin, int end, int keyIndex,
                             DocumentLanguage lang) {
        AutomatonKey key = keys[keyIndex];
        String s = normalized.text();
        boolean genitive = false;
        if (end < s.length() && s.charAt(end) == '+' && (end + 1 == s.length() || !TextNormalizer.isWordChar(s.charAt(end + 1)))) {
            // a name with a plus is a wider group under its own name (ОПЕК+, BRICS+): that group, if listed in any script
            AutomatonKey group = key.coreferents() == null ? plusGroup[key.entity()] : null;
            if (group == null) {
                return null;
            }
            key = group;
            end++;
        }
        if (end < s.length() && TextNormalizer.isWordChar(s.charAt(end))) {
            if (isGenitiveS(text, normalized, begin, end)) {
                end++;
            } else {
                int suffixEnd = bareSuffixEnd(text, normalized, begin, end, lang);
                if (suffixEnd < 0) {
                    return null;
                }
                end = suffixEnd;
            }
            genitive = true;
        }
        int tokenStart = begin;
        while (tokenStart > 0 && TextNormalizer.isWordChar(s.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        if (tokenStart < begin) {
            if (!ArabicProclitics.isArabicLetter(s.charAt(begin)) || end - begin < MIN_LENGTH_AFTER_PROCLITIC) {
                return null;
            }
            boolean prefixOk = key.afterArticleOnly()
                    ? proclitics.absorbsArticle(s, tokenStart, begin)
                    : proclitics.isProclitic(s, tokenStart, begin)
                            || !key.variant() && key.coreferents() == null
                            && lists.isGluedPreposition(lang.get(), s, tokenStart, begin);
            if (!prefixOk) {
                return null;
            }
        } else if (key.afterArticleOnly()) {
            return null;
        }
        if (key.coreferents() != null && Character.isLetter(text.charAt(normalized.originalStart(begin)))
                && Scripts.of(text.charAt(normalized.originalStart(begin))) != Scripts.ARABIC
                && !Character.isUpperCase(text.charAt(normalized.originalStart(begin)))) {
            return null;
        }
        if (startsCapitalised(key.alias().text()) && Character.isLowerCase(text.charAt(normalized.originalStart(begin)))) {
            return null;
        }
        if (key.capitalsOnly() && !acronymCaseFits(text, normalized.originalStart(begin), normalized.originalEnd(end - 1),
                key.alias().text())) {
            return null;
        }
        int from = normalized.originalStart(begin);
        int to = normalized.originalEnd(end - 1);
        if ((context[keyIndex] & GIVEN_NAME_PLACE) != 0 && beforeSurname(text, to, lang.get())) {
            return null;
        }
        if ((context[keyIndex] & US_STATE) != 0 && afterUsCity(s, tokenStart)) {
            return null;
        }
        if ((context[keyIndex] & ORGANISATION) != 0 && (lists.isQualifierAfter(wordAfter(s, end))
                || lists.isQualifierBefore(wordBefore(s, tokenStart)))) {
            return null;
        }
        boolean common = false;
        Map<String, Boolean> commonHere = commonIn.isEmpty() ? null : commonIn.get(keyIndex);
        if (commonHere != null && lang.get() != null && commonHere.containsKey(lang.get())) {
            common = !caseSaysName(text, from, to, commonHere.get(lang.get()));
        }
        return new Candidate(tokenStart, begin, end, key, genitive, common);
    }

    /**
     * Where a Turkish case suffix written without the apostrophe ends (Ankaradan, Türkiyenin), or
     * -1: only in Turkish documents, after a capitalised name of {@value #MIN_LENGTH_BEFORE_BARE_SUFFIX}
     * letters or more, and only a whole suffix of the list up to the word's end.
     */
    private int bareSuffixEnd(String text, NormalizedText normalized, int begin, int end, DocumentLanguage lang) {
        String s = normalized.text();
        if (end - begin < MIN_LENGTH_BEFORE_BARE_SUFFIX || !Character.isUpperCase(text.charAt(normalized.originalStart(begin)))
                || !lists.takesBareSuffixes(lang.get())) {
            return -1;
        }
        int wordEnd = end;
        while (wordEnd < s.length() && wordEnd - end <= CONTEXT_CHARS && TextNormalizer.isWordChar(s.charAt(wordEnd))) {
            wordEnd++;
        }
        return lists.isSuffix(lang.get(), s, end, wordEnd) ? wordEnd : -1;
    }

    /**
     * Whether the original text's case says that {@code text[from, to)}, a common word of the
     * document's language, is a name here: capitalised inside a sentence where the language writes
     * the word in lowercase, or in capitals between lowercase words (a headline in capitals says
     * nothing). Scripts without case never say so.
     */
    private static boolean caseSaysName(String text, int from, int to, boolean capitalisedInLanguage) {
        char first = text.charAt(from);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        if (to - from > 1 && !hasLowercase(text, from, to)) {
            return lowercaseLetterNear(text, from, to);
        }
        return !capitalisedInLanguage && !sentenceInitial(text, from) && !afterCapitalisedWord(text, from);
    }

    /**
     * Whether the word before {@code at}, across spaces only, is capitalised: the common word is
     * then part of a longer name (Long Island, not the German Island), not a name of its own.
     */
    private static boolean afterCapitalisedWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && at - i <= CONTEXT_CHARS && text.charAt(i) == ' ') {
            i--;
        }
        if (i == at - 1 || i < 0 || !Character.isLetter(text.charAt(i))) {
            return false;
        }
        while (i > 0 && at - i <= CONTEXT_CHARS && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return Character.isUpperCase(text.charAt(i));
    }

    /** Whether a sentence, a line or the text starts at {@code at}, quotes and brackets aside. */
    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && at - i <= CONTEXT_CHARS) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || ".!?…:;".indexOf(c) >= 0) {
                return true;
            }
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || "«»\"'“”‘’„(—–-[".indexOf(c) >= 0)) {
                return false;
            }
            i--;
        }
        return i < 0;
    }

    /** Whether the nearest letter before or after {@code text[from, to)} is lowercase. */
    private static boolean lowercaseLetterNear(String text, int from, int to) {
        for (int i = from - 1; i >= 0 && from - i <= CONTEXT_CHARS; i--) {
            if (Character.isLetter(text.charAt(i))) {
                if (Character.isLowerCase(text.charAt(i))) {
                    return true;
                }
                break;
            }
        }
        for (int i = to; i < text.length() && i - to < CONTEXT_CHARS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return Character.isLowerCase(text.charAt(i));
            }
        }
        return false;
    }

    /**
     * Whether the word after {@code end}, on the same line, is capitalised and not a common word
     * of the document's language: the place's name is then a given name (Jordan Peterson), where
     * a common word makes it a place's institution or feature (Israel Defense Forces, Jordan Valley).
     */
    private boolean beforeSurname(String text, int end, String lang) {
        int i = end;
        while (i < text.length() && i - end < CONTEXT_CHARS && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i == end || i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int wordEnd = i;
        while (wordEnd < text.length() && wordEnd - i < CONTEXT_CHARS
                && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
            wordEnd++;
        }
        if (wordEnd - i < 2 || !hasLowercase(text, i, wordEnd)) {
            return false;
        }
        String next = normalizer.forMatchingToString(text.substring(i, wordEnd));
        return !lists.isCommon(lang, next) && !lists.isCommon("en", next);
    }

    /** The word after {@code end} across one space in normalised text {@code s}, or "" (bounded). */
    private static String wordAfter(String s, int end) {
        if (end + 1 >= s.length() || s.charAt(end) != ' ' || !TextNormalizer.isWordChar(s.charAt(end + 1))) {
            return "";
        }
        int to = end + 1;
        while (to < s.length() && to - end <= CONTEXT_CHARS && TextNormalizer.isWordChar(s.charAt(to))) {
            to++;
        }
        return s.substring(end + 1, to);
    }

    /** The word before {@code start} across one space in normalised text {@code s}, or "" (bounded). */
    private static String wordBefore(String s, int start) {
        if (start < 2 || s.charAt(start - 1) != ' ' || !TextNormalizer.isWordChar(s.charAt(start - 2))) {
            return "";
        }
        int from = start - 1;
        while (from > 0 && start - from <= CONTEXT_CHARS && TextNormalizer.isWordChar(s.charAt(from - 1))) {
            from--;
        }
        return s.substring(from, start - 1);
    }

    /** Whether a US city's name and a comma stand right before {@code tokenStart} (Atlanta, Georgia). */
    private boolean afterUsCity(String s, int tokenStart) {
        int i = tokenStart - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || s.charAt(i) != ',') {
            return false;
        }
        i--;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && lists.usCityEndsAt(s, i + 1);
    }

    /**
     * A capitalised Latin name followed by a bare s, the German (and Scandinavian) genitive:
     * Putins, Russlands, Selenskyjs. Only after a capital, so "turkeys" is not Turkey.
     */
    private static boolean isGenitiveS(String text, NormalizedText normalized, int begin, int end) {
        String s = normalized.text();
        char last = s.charAt(end - 1);
        return s.charAt(end) == 's' && (end + 1 == s.length() || !TextNormalizer.isWordChar(s.charAt(end + 1)))
                && last >= 'a' && last <= 'z' && last != 's' && end - begin >= 3
                && Character.isUpperCase(text.charAt(normalized.originalStart(begin)));
    }

    /**
     * An acronym alias matches text in capitals; one of four letters or more also matches text
     * in title case, the way German, French and British papers write Nato, Otan, Opec, Unicef.
     * Lowercase text never matches: "us", "who", Italian "nato" are words.
     */
    private static boolean acronymCaseFits(String text, int from, int to, String alias) {
        if (!hasLowercase(text, from, to)) {
            return true;
        }
        long letters = alias.chars().filter(Character::isLetter).count();
        return letters >= 4 && Character.isUpperCase(text.charAt(from)) && !hasUppercase(text, from + 1, to);
    }

    private static boolean startsCapitalised(String alias) {
        return !alias.isEmpty() && Character.isUpperCase(alias.charAt(0));
    }

    private static boolean hasUppercase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLowercase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
