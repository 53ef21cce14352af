package org.comention.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.comention.text.StopWords;
import org.comention.text.TextNormalizer;

/**
 * The word lists the matcher reads besides the gazetteer, so that a growing gazetteer stays
 * precise: the common words of each language (Lucene's stop sets plus the lists by class in
 * {@code data/matching/common-words.csv}), the Persian prepositions written glued to the next
 * word, the Turkish case suffixes written without an apostrophe, Latin given names that are also
 * place names, the United States' states and cities, and the qualifiers (national, ملی) that
 * make an organisation's name another's. Everything is kept in the matcher's
 * folded form ({@link TextNormalizer#forMatchingToString}), as the keys are. The columns of each
 * file are described in {@code data/matching/README.md}. Immutable.
 */
final class MatchingLists {
    /** Where the build puts {@code data/matching}. */
    static final String RESOURCES = "/comention/matching/";
    /** The given names' file, by the name {@link #read} asks for it. */
    static final String GIVEN_NAMES = "given-names.csv";
    /** The classes of {@link #GIVEN_NAMES} that tell a person from a place (see {@link #read}). */
    private static final Set<String> WESTERN_GIVEN_NAMES = Set.of("english", "english-place", "french", "iberian-italian", "german");
    /** The languages whose Lucene stop words are common words here (English: the analyser's 33). */
    private static final List<String> STOP_SET_LANGUAGES = List.of("ar", "fa", "tr", "ru", "fr", "en", "de");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    /** Dari is written with Persian's words; its documents read Persian's list. */
    private static final Map<String, String> SAME_WORDS_AS = Map.of("prs", "fa");

    /** Per language, its common words; true where the language writes the word capitalised (Monday, État). */
    private final Map<String, Map<String, Boolean>> common;
    /** The same by word: the matcher asks once for each of its keys, and a large gazetteer has millions. */
    private final Map<String, Map<String, Boolean>> commonByWord;
    private final Map<String, Set<String>> gluedPrepositions;
    private final Map<String, Set<String>> suffixes;
    private final Set<String> givenNames;
    private final Set<String> usStates;
    private final Set<String> usCities;
    private final Set<String> qualifiersBefore;
    private final Set<String> qualifiersAfter;
    /** The lengths of the folded city names, longest first, for looking back from a state name. */
    private final int[] usCityLengths;
    /** The longest folded common word, given name or state name: a longer key is none of them. */
    private final int longestWord;

    private MatchingLists(Map<String, Map<String, Boolean>> common, Map<String, Set<String>> gluedPrepositions,
                          Map<String, Set<String>> suffixes, Set<String> givenNames, Set<String> usStates,
                          Set<String> usCities, Set<String> qualifiersBefore, Set<String> qualifiersAfter) {
        this.common = common;
        Map<String, Map<String, Boolean>> byWord = new HashMap<>();
        common.forEach((lang, words) -> words.forEach((word, capitalised) ->
                byWord.computeIfAbsent(word, k -> new HashMap<>()).put(lang, capitalised)));
        this.commonByWord = Frozen.maps(byWord);
        this.gluedPrepositions = gluedPrepositions;
        this.suffixes = suffixes;
        this.givenNames = givenNames;
        this.usStates = usStates;
        this.usCities = usCities;
        this.qualifiersBefore = qualifiersBefore;
        this.qualifiersAfter = qualifiersAfter;
        this.usCityLengths = usCities.stream().map(String::length).collect(java.util.stream.Collectors.toCollection(
                () -> new TreeSet<Integer>(java.util.Comparator.reverseOrder()))).stream().mapToInt(Integer::intValue).toArray();
        this.longestWord = java.util.stream.Stream.of(commonByWord.keySet(), givenNames, usStates)
                .flatMap(Set::stream).mapToInt(String::length).max().orElse(0);
    }

    /** The bundled lists, folded by {@code normalizer}. */
    static MatchingLists bundled(TextNormalizer normalizer) {
        // the given names are discovery's list, one file for both
        return read(normalizer, file -> TextSource.resource(file.equals(GIVEN_NAMES) ? LatinLexicon.GIVEN_NAMES : RESOURCES + file));
    }

    /**
     * The lists in the files {@code files} gives by name ({@code common-words.csv}, ...), folded by
     * {@code normalizer}; a malformed row is a {@link UserInputException} naming file and line.
     */
    static MatchingLists read(TextNormalizer normalizer, java.util.function.Function<String, TextSource> files) {
        try {
            Map<String, Map<String, Boolean>> common = new HashMap<>();
            for (String lang : STOP_SET_LANGUAGES) {
                for (String word : StopWords.words(StopWords.of(lang))) {
                    add(common, lang, normalizer.forMatchingToString(word), false);
                }
            }
            read(files, "common-words.csv", List.of("lang", "word"), (record, where) -> {
                String word = record.get("word");
                add(common, record.get("lang"), fold(normalizer, word, where),
                        !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
            });
            Map<String, Set<String>> glued = new HashMap<>();
            read(files, "glued-prepositions.csv", List.of("lang", "prefix"), (record, where) -> glued.computeIfAbsent(
                    record.get("lang"), k -> new HashSet<>()).add(fold(normalizer, record.get("prefix"), where)));
            Map<String, Set<String>> suffixes = new HashMap<>();
            read(files, "suffixes.csv", List.of("lang", "suffix"), (record, where) -> suffixes.computeIfAbsent(
                    record.get("lang"), k -> new HashSet<>()).add(fold(normalizer, record.get("suffix"), where)));
            Set<String> given = new HashSet<>();
            read(files, GIVEN_NAMES, List.of("name", "class"), (record, where) -> {
                // the names of the West, whose places' names are also people's (Jordan, Georgia, Florence):
                // the Arabic, Turkish or Persian names in Latin spelling would take the region's places for people
                if (WESTERN_GIVEN_NAMES.contains(record.get("class"))) {
                    given.add(fold(normalizer, record.get("name"), where));
                }
            });
            Set<String> states = new HashSet<>();
            Set<String> cities = new HashSet<>();
            read(files, "us-places.csv", List.of("kind", "name"), (record, where) -> {
                String kind = record.get("kind");
                Set<String> into = switch (kind) {
                    case "state" -> states;
                    case "city" -> cities;
                    default -> throw new UserInputException(where + ": kind must be state or city, not '" + kind + "'");
                };
                into.add(fold(normalizer, record.get("name"), where));
            });
            Set<String> before = new HashSet<>();
            Set<String> after = new HashSet<>();
            read(files, "qualifiers.csv", List.of("lang", "word", "position"), (record, where) -> {
                String position = record.get("position");
                Set<String> into = switch (position) {
                    case "before" -> before;
                    case "after" -> after;
                    default -> throw new UserInputException(where + ": position must be before or after, not '"
                            + position + "'");
                };
                into.add(fold(normalizer, record.get("word"), where));
            });
            return new MatchingLists(Frozen.maps(common), Frozen.sets(glued), Frozen.sets(suffixes), Set.copyOf(given),
                    Set.copyOf(states), Set.copyOf(cities), Set.copyOf(before), Set.copyOf(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Row {
        void accept(CSVRecord record, String where);
    }

    private static void read(java.util.function.Function<String, TextSource> files, String file, List<String> columns,
                             Row row) throws IOException {
        TextSource source = files.apply(file);
        try (Reader reader = source.open(); CSVParser parser = FORMAT.parse(reader)) {
            for (String column : columns) {
                if (parser.getHeaderMap() == null || !parser.getHeaderMap().containsKey(column)) {
                    throw new UserInputException(source.name() + ":1: the header must name " + String.join(", ", columns));
                }
            }
            for (CSVRecord record : parser) {
                String where = source.name() + ":" + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new UserInputException(where + ": not as many columns as the header");
                }
                row.accept(record, where);
            }
        } catch (UncheckedIOException e) {
            throw new UserInputException(source.name() + ": malformed CSV: " + e.getCause().getMessage());
        }
    }

    private static String fold(TextNormalizer normalizer, String text, String where) {
        String folded = normalizer.forMatchingToString(text);
        if (folded.isEmpty()) {
            throw new UserInputException(where + ": empty entry");
        }
        return folded;
    }

    private static void add(Map<String, Map<String, Boolean>> common, String lang, String word, boolean capitalised) {
        if (!word.isEmpty()) {
            common.computeIfAbsent(lang, k -> new HashMap<>()).merge(word, capitalised, Boolean::logicalOr);
        }
    }

    /** The list a document of language {@code lang} reads (Dari reads Persian's); null stays null. */
    static String wordsOf(String lang) {
        return lang == null ? null : SAME_WORDS_AS.getOrDefault(lang, lang);
    }

    /**
     * The languages in which {@code folded} is a common word, each with whether it writes the word
     * capitalised; null when it is common nowhere.
     */
    Map<String, Boolean> commonIn(String folded) {
        return commonByWord.get(folded);
    }

    /** Whether {@code folded} is a common word of {@code lang} (a folded language code). */
    boolean isCommon(String lang, String folded) {
        Map<String, Boolean> words = lang == null ? null : common.get(lang);
        return words != null && words.containsKey(folded);
    }

    /** Whether {@code text[from, to)} is a preposition {@code lang} writes glued to the next word. */
    boolean isGluedPreposition(String lang, String text, int from, int to) {
        Set<String> prefixes = lang == null ? null : gluedPrepositions.get(lang);
        return prefixes != null && to - from <= 4 && prefixes.contains(text.substring(from, to));
    }

    /** Whether {@code lang} has suffixes that may follow a name without an apostrophe. */
    boolean takesBareSuffixes(String lang) {
        return lang != null && suffixes.containsKey(lang);
    }

    /** Whether {@code text[from, to)} is a case suffix {@code lang} may write straight after a name. */
    boolean isSuffix(String lang, String text, int from, int to) {
        Set<String> endings = lang == null ? null : suffixes.get(lang);
        return endings != null && to - from <= 8 && endings.contains(text.substring(from, to));
    }

    /** Whether {@code folded}, right before an organisation's name, makes it another's (National Security Council). */
    boolean isQualifierBefore(String folded) {
        return qualifiersBefore.contains(folded);
    }

    /** Whether {@code folded}, right after an organisation's name, makes it another's (شورای امنیت ملی). */
    boolean isQualifierAfter(String folded) {
        return qualifiersAfter.contains(folded);
    }

    /** The length past which a key is no common word, given name or state name. */
    int longestWord() {
        return longestWord;
    }

    boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    boolean isUsState(String folded) {
        return usStates.contains(folded);
    }

    /** Whether a US city's folded name ends at {@code end} of {@code text}, starting at a word boundary. */
    boolean usCityEndsAt(String text, int end) {
        for (int length : usCityLengths) {
            int start = end - length;
            if (start >= 0 && (start == 0 || !TextNormalizer.isWordChar(text.charAt(start - 1)))
                    && usCities.contains(text.substring(start, end))) {
                return true;
            }
        }
        return false;
    }
}
