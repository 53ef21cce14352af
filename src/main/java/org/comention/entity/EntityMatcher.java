package org.comention.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.comention.text.ArabicProclitics;
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
 *   <li>overlapping matches: the longest wins, then the leftmost.</li>
 * </ul>
 * The keys and their meanings come from {@link MatcherKeys}; for the bundled gazetteer they are
 * read from the table the build made ({@link PrebuiltMatcher}) instead of derived again.
 * Immutable and thread-safe.
 */
public final class EntityMatcher {
    /** A name after proclitics must be at least this long, so و + a two-letter alias is not a name. */
    static final int MIN_LENGTH_AFTER_PROCLITIC = 3;

    private final TextNormalizer normalizer;
    private final ArabicProclitics proclitics = new ArabicProclitics();
    /** What each of the automaton's keys stands for, by its position. */
    private final AutomatonKey[] keys;
    /** Null when there are no keys. */
    private final KeyAutomaton automaton;
    private final boolean includeAdjectival;

    /** A possible mention; {@code genitive} when it took a genitive s beyond its key. */
    private record Candidate(int tokenStart, int begin, int end, AutomatonKey key, boolean genitive) {
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
    }

    /** How many distinct normalised keys the automaton holds. */
    public int keyCount() {
        return keys.length;
    }

    /** The mentions in {@code text}, sorted by start. */
    public List<Mention> find(String text) {
        return find(text, normalizer.forMatching(text));
    }

    /** The mentions in {@code text}, given its normalised form; sorted by start. */
    public List<Mention> find(String text, NormalizedText normalized) {
        if (automaton == null) {
            return List.of();
        }
        String s = normalized.text();
        List<Candidate> candidates = new ArrayList<>();
        automaton.parse(s, (begin, end, key) -> {
            Candidate candidate = accept(text, normalized, begin, end, keys[key]);
            if (candidate != null) {
                candidates.add(candidate);
            }
        });
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

    private Candidate accept(String text, NormalizedText normalized, int begin, int end, AutomatonKey key) {
        String s = normalized.text();
        boolean genitive = false;
        if (end < s.length() && TextNormalizer.isWordChar(s.charAt(end))) {
            if (!isGenitiveS(text, normalized, begin, end)) {
                return null;
            }
            end++;
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
                    : proclitics.isProclitic(s, tokenStart, begin);
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
        return new Candidate(tokenStart, begin, end, key, genitive);
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

    private static boolean hasLowercase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
