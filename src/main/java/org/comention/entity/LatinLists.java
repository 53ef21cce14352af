package org.comention.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comention.text.LanguageCodes;

/**
 * The lists {@link LatinCyrillicNames} reads for one document's language, chosen once per
 * language from {@link LatinLexicon}: its common words, titles, organisations' head words (and
 * the English ones, which every language's news quotes), place cues (with an index of them by the
 * word next to a name), adjective endings, the endings of a noun compound's head, and how the language writes names.
 */
record LatinLists(Map<String, LatinLexicon.WordClass> common, Map<String, Double> titles, Set<String> heads,
                  Set<String> englishHeads, List<LatinLexicon.PlaceCue> places, boolean lowerTail,
                  boolean nounsCapitalised, List<String> adjectiveEndings, Set<String> suffixedHeads,
                  Map<String, int[]> placesByWord, List<String> compoundEndings,
                  List<String> headEndings) {

    /** Languages where lowercase words may run on after an organisation's head (Forces de soutien rapide). */
    private static final Set<String> LOWER_TAIL_LANGUAGES = Set.of("fr", "es", "it", "pt");
    /** Languages whose head words take case suffixes without an apostrophe (Müdürlüğüne); their heads are Turkish. */
    private static final Set<String> SUFFIXING = Set.of("tr", "az");
    /** Languages that capitalise every noun: there a lone capitalised word mid-sentence says nothing. */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");

    /** The lists of every language with lists of its own, and of {@link LatinLexicon#ANY}. */
    static Map<String, LatinLists> byLanguage(LatinLexicon lexicon) {
        Map<String, LatinLists> lists = new HashMap<>();
        for (String code : lexicon.common.keySet()) {
            lists.put(code, of(lexicon, code));
        }
        return Map.copyOf(lists);
    }

    /**
     * The lists for a document's language, {@code code} as {@link LanguageCodes#canonical} reads its
     * declared one; an unknown or unlisted one gets every list, since any may be the one.
     */
    static LatinLists forLanguage(Map<String, LatinLists> byLanguage, String code) {
        return byLanguage.getOrDefault(code == null ? LatinLexicon.ANY : code, byLanguage.get(LatinLexicon.ANY));
    }

    private static LatinLists of(LatinLexicon lexicon, String code) {
        Map<String, LatinLexicon.WordClass> common = lexicon.common.get(code);
        Map<String, Double> titles = lexicon.titles.getOrDefault(code, lexicon.titles.get(LatinLexicon.ANY));
        Set<String> heads = lexicon.orgHeads.getOrDefault(code, lexicon.orgHeads.get(LatinLexicon.ANY));
        List<LatinLexicon.PlaceCue> places = lexicon.placeCues.getOrDefault(code, lexicon.placeCues.get(LatinLexicon.ANY));
        // English organisations' names turn up in every language's news (Human Rights Watch)
        Set<String> english = lexicon.orgHeads.getOrDefault("en", Set.of());
        return new LatinLists(common, titles, heads, english, places,
                code.equals(LatinLexicon.ANY) || LOWER_TAIL_LANGUAGES.contains(code), NOUNS_CAPITALISED.contains(code),
                lexicon.adjectiveEndings.getOrDefault(code, lexicon.adjectiveEndings.getOrDefault(LatinLexicon.ANY, List.of())),
                code.equals(LatinLexicon.ANY) || SUFFIXING.contains(code) ? lexicon.orgHeads.getOrDefault("tr", Set.of()) : Set.of(),
                placesByWord(places),
                lexicon.compoundEndings.getOrDefault(code, lexicon.compoundEndings.getOrDefault(LatinLexicon.ANY, List.of())),
                lexicon.headEndings.getOrDefault(code, List.of()));
    }

    /**
     * The place cues a word may take part in, by position in {@code places}: a cue before a name
     * under "&lt;" and its last word (the word before the name, or its elided article), a cue after
     * under "&gt;" and its first (the word after the name, or the name's last word), so a name is
     * compared with a few cues, not all.
     */
    private static Map<String, int[]> placesByWord(List<LatinLexicon.PlaceCue> places) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int c = 0; c < places.size(); c++) {
            List<String> words = places.get(c).words();
            String word = places.get(c).before() ? words.get(words.size() - 1) : words.get(0);
            byWord.computeIfAbsent((places.get(c).before() ? "<" : ">") + word, k -> new ArrayList<>()).add(c);
        }
        Map<String, int[]> out = new HashMap<>();
        byWord.forEach((word, cues) -> out.put(word, cues.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }
}
