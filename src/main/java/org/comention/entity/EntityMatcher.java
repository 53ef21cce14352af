package org.comention.entity;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.comention.common.UserInputException;
import org.comention.text.ArabicProclitics;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.comention.text.Scripts;

/**
 * Finds gazetteer aliases in text: dictionary matching with an Aho-Corasick automaton (Aho and
 * Corasick 1975, double-array trie by hankcs) over normalised text, then token boundaries checked
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
 *   <li>a capitalised Latin name may carry a genitive s (Putins, Russlands);</li>
 *   <li>overlapping matches: the longest wins, then the leftmost.</li>
 * </ul>
 * One normalised alias names one entity: two aliases of the same layer that normalise alike but
 * name different entities are an error; a later layer's alias overrides an earlier layer's.
 * Immutable and thread-safe.
 */
public final class EntityMatcher {
    /** A name after proclitics must be at least this long, so و + a two-letter alias is not a name. */
    static final int MIN_LENGTH_AFTER_PROCLITIC = 3;

    private final TextNormalizer normalizer;
    private final ArabicProclitics proclitics = new ArabicProclitics();
    private final AhoCorasickDoubleArrayTrie<Key> trie = new AhoCorasickDoubleArrayTrie<>();
    private final DenseAlphabet alphabet;
    private final boolean includeAdjectival;
    private final int keyCount;

    /** What an automaton key stands for. */
    /**
     * What an automaton key stands for. {@code coreferents} is set for a derived surname: the
     * people it may refer to, resolved per document.
     */
    private record Key(int entity, AliasKind kind, boolean capitalsOnly, boolean afterArticleOnly,
                       int precedence, Alias alias, boolean variant, int[] coreferents) {

        Key(int entity, AliasKind kind, boolean capitalsOnly, boolean afterArticleOnly, int precedence, Alias alias) {
            this(entity, kind, capitalsOnly, afterArticleOnly, precedence, alias, false, null);
        }

        Key(int entity, AliasKind kind, boolean capitalsOnly, boolean afterArticleOnly, int precedence, Alias alias,
            boolean variant) {
            this(entity, kind, capitalsOnly, afterArticleOnly, precedence, alias, variant, null);
        }
    }

    /** A possible mention; {@code genitive} when it took a genitive s beyond its key. */
    private record Candidate(int tokenStart, int begin, int end, Key key, boolean genitive) {
        int length() {
            return end - begin;
        }
    }

    /**
     * @param includeAdjectival whether adjectival aliases (الروسي) yield mentions; they are matched
     *                          either way, so they keep a shorter name from matching inside them
     */
    public EntityMatcher(Gazetteer gazetteer, TextNormalizer normalizer, boolean includeAdjectival) {
        this.normalizer = normalizer;
        this.includeAdjectival = includeAdjectival;
        Map<String, Key> keys = new TreeMap<>();
        for (Gazetteer.RankedAlias ranked : gazetteer.aliases()) {
            Alias alias = ranked.alias();
            String normalized = normalizer.forMatchingToString(alias.text());
            String unusable = GazetteerCheck.unusable(alias, normalized);
            if (unusable != null) {
                throw new UserInputException(unusable);
            }
            Key key = new Key(gazetteer.indexOf(alias.entityId()), alias.kind(), isCapitalsOnly(alias.text()), false,
                    ranked.precedence(), alias);
            keys.merge(normalized, key, (earlier, later) -> resolve(normalized, earlier, later));
        }
        addShortForms(gazetteer, keys);
        addVariants(gazetteer, keys);
        Map<String, Key> stems = new TreeMap<>();
        for (Map.Entry<String, Key> entry : keys.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("ال") && key.length() >= 2 + MIN_LENGTH_AFTER_PROCLITIC
                    && ArabicProclitics.isArabicLetter(key.charAt(2))) {
                String stem = key.substring(2);
                Key value = entry.getValue();
                if (!keys.containsKey(stem)) {
                    stems.putIfAbsent(stem, new Key(value.entity(), value.kind(), false, true, value.precedence(), value.alias(),
                            value.variant(), value.coreferents()));
                }
            }
        }
        keys.putAll(stems);
        this.keyCount = keys.size();
        this.alphabet = new DenseAlphabet(keys.keySet());
        Map<String, Key> encoded = new TreeMap<>();
        for (Map.Entry<String, Key> entry : keys.entrySet()) {
            encoded.put(alphabet.encodeToString(entry.getKey()), entry.getValue());
        }
        if (!encoded.isEmpty()) {
            trie.build(encoded);
        }
    }

    /**
     * Adds each person's surname, the last word of a listed full name, as a key that links only
     * after that person's full name earlier in the same document (Gale, Church and Yarowsky 1992,
     * "One sense per discourse"), to whoever of its bearers was named last. Surnames the
     * gazetteer lists on their own are names already; surnames that are common words or given
     * names ({@link ShortForms}) are never derived.
     */
    private void addShortForms(Gazetteer gazetteer, Map<String, Key> keys) {
        Map<String, java.util.TreeSet<Integer>> bearers = new TreeMap<>();
        Map<String, Key> first = new TreeMap<>();
        for (Map.Entry<String, Key> entry : keys.entrySet()) {
            Key key = entry.getValue();
            if (key.kind() != AliasKind.NAME || gazetteer.entity(key.entity()).type() != EntityType.PERSON) {
                continue;
            }
            String surname = ShortForms.surname(entry.getKey());
            if (surname == null || keys.containsKey(surname)) {
                continue;
            }
            bearers.computeIfAbsent(surname, k -> new java.util.TreeSet<>()).add(key.entity());
            first.putIfAbsent(surname, key);
        }
        for (Map.Entry<String, java.util.TreeSet<Integer>> entry : bearers.entrySet()) {
            Key template = first.get(entry.getKey());
            int[] people = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            keys.put(entry.getKey(), new Key(people[0], AliasKind.NAME, false, false, Integer.MIN_VALUE, template.alias(),
                    false, people));
        }
    }

    /**
     * Adds the spelling variants ({@link ArabicScriptVariants}) of every person's Arabic-script
     * name, and the spacing variants of every Arabic-script name (کی یف, الولاياتالمتحدة). A variant never displaces a listed alias, and a variant two people share is dropped:
     * generated spellings only fill gaps.
     */
    private void addVariants(Gazetteer gazetteer, Map<String, Key> keys) {
        ArabicScriptVariants generator = new ArabicScriptVariants(normalizer::forMatchingToString);
        Map<String, Key> variants = new TreeMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Map.Entry<String, Key> entry : keys.entrySet()) {
            Key key = entry.getValue();
            if (key.kind() != AliasKind.NAME || key.coreferents() != null
                    || !ArabicProclitics.isArabicLetter(entry.getKey().charAt(0))) {
                continue;
            }
            java.util.Set<String> generated = new java.util.LinkedHashSet<>(generator.spacing(entry.getKey()));
            if (gazetteer.entity(key.entity()).type() == EntityType.PERSON) {
                generated.addAll(generator.of(entry.getKey()));
            }
            for (String variant : generated) {
                if (keys.containsKey(variant)) {
                    continue;
                }
                Key earlier = variants.putIfAbsent(variant,
                        new Key(key.entity(), AliasKind.NAME, false, false, Integer.MIN_VALUE, key.alias(), true));
                if (earlier != null && earlier.entity() != key.entity()) {
                    shared.add(variant);
                }
            }
        }
        shared.forEach(variants::remove);
        keys.putAll(variants);
    }

    private static Key resolve(String normalized, Key earlier, Key later) {
        if (earlier.entity() != later.entity()) {
            if (earlier.precedence() == later.precedence()) {
                throw new UserInputException(GazetteerCheck.collision(normalized, earlier.alias(), later.alias()));
            }
            return later.precedence() > earlier.precedence() ? later : earlier;
        }
        AliasKind kind = earlier.kind() == AliasKind.NAME || later.kind() == AliasKind.NAME ? AliasKind.NAME : later.kind();
        return new Key(earlier.entity(), kind, earlier.capitalsOnly() && later.capitalsOnly(), false,
                Math.max(earlier.precedence(), later.precedence()), earlier.alias());
    }

    /** An acronym such as NATO or U.S.: Latin capitals, digits and dots, at least two letters, no lowercase. */
    static boolean isCapitalsOnly(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                if (!(c >= 'A' && c <= 'Z')) {
                    return false;
                }
                letters++;
            } else if (!(Character.isDigit(c) || c == '.' || c == '&' || c == '-')) {
                return false;
            }
        }
        return letters >= 2;
    }

    /** How many distinct normalised keys the automaton holds. */
    public int keyCount() {
        return keyCount;
    }

    /** The mentions in {@code text}, sorted by start. */
    public List<Mention> find(String text) {
        return find(text, normalizer.forMatching(text));
    }

    /** The mentions in {@code text}, given its normalised form; sorted by start. */
    public List<Mention> find(String text, NormalizedText normalized) {
        if (keyCount == 0) {
            return List.of();
        }
        String s = normalized.text();
        List<Candidate> candidates = new ArrayList<>();
        trie.parseText(alphabet.encode(s), (begin, end, key) -> {
            Candidate candidate = accept(text, normalized, begin, end, key);
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
    private static int originalEnd(String text, NormalizedText normalized, int end) {
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

    private Candidate accept(String text, NormalizedText normalized, int begin, int end, Key key) {
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
