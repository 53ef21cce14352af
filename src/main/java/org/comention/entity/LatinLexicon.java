package org.comention.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.CharArraySet;
import org.comention.text.StopWords;
import org.comention.text.TextNormalizer;

/**
 * The word lists that {@link LatinCyrillicNames} reads, loaded once from
 * {@code /comention/discovery/latin/} (the repository's {@code data/discovery/latin/}, whose
 * README describes every column). Words are kept in the matcher's form
 * ({@link TextNormalizer#forMatchingToString}: case folded, accents dropped, Cyrillic case ending
 * stripped), so a word in the text and a word in a list meet whatever their case or declension.
 * Lists that depend on the language are kept per language code; {@link #ANY} holds the union,
 * for text whose language is not known.
 */
final class LatinLexicon {
    static final String FOLDER = "/comention/discovery/latin/";
    /** The key under which every per-language map also holds the union of all languages. */
    static final String ANY = "*";
    /** The class of the given names that are also places' names, in {@code given-names.csv}. */
    static final String PLACE_NAMED = "english-place";
    /** The given names, read here and by the matcher ({@link MatchingLists}): one list of one knowledge. */
    static final String GIVEN_NAMES = "/comention/discovery/latin/given-names.csv";
    /** The gazetteer matcher's list of ordinary words ({@code data/matching/common-words.csv}). */
    static final String MATCHING_COMMON_WORDS = "/comention/matching/common-words.csv";

    /** What a common word is, and so where it stops being a name. */
    enum WordClass {
        /** An article (The, Le, El): a stop word, but capitalised inside a sentence it opens a name (Le Monde, The Hague). */
        ARTICLE,
        /** A function word: never part of a name. */
        STOP,
        /** A word that opens sentences (However, Selon, Однако): not a name at a sentence start. */
        SENTENCE_START,
        /** A capitalised word that is not a name on its own (Egyptian, Islamic, TV, May, Monday). */
        NOT_ALONE
    }

    /**
     * How a connector joins the words around it: inside any name (bin), only inside an
     * organisation's (of), either (de), or as a conjunction inside an organisation's name that
     * does not join two names the gazetteer knows (ve in Eşitlik ve Demokrasi Partisi, not in
     * NATO ve Avrupa Birliği).
     */
    enum ConnectorKind { NAME, ORG, BOTH, AND }

    /**
     * A place cue: the words of the cue, whether it stands before or after the name, the type it
     * gives, and whether it is part of the name (mer Rouge, Курской области) or not (ville de).
     */
    record PlaceCue(List<String> words, boolean before, EntityType type, boolean inName) {
    }

    /** A case ending of a Russian or Ukrainian name and what replaces it after one of the given stems. */
    record Ending(String ending, String replacement, List<String> after) {
    }

    /**
     * A cue that opens a photo credit or byline: its words in matching form (none for a symbol
     * such as the copyright sign, kept in {@code symbol}), and whether a colon must follow it.
     */
    record CreditCue(List<String> words, String symbol, boolean colon) {
    }

    final Map<String, Map<String, WordClass>> common;
    /** Nationality words (Libyan, égyptien), in every language: they make a body's generic name specific. */
    final Set<String> demonyms;
    final Map<String, Map<String, Double>> titles;
    final Map<String, Set<String>> orgHeads;
    final Map<String, List<PlaceCue>> placeCues;
    final Set<String> givenNames;
    final Map<String, ConnectorKind> connectors;
    /** Connectors written before a hyphen and the name (al-, el-, аль-), in matching form with the hyphen. */
    final Set<String> prefixes;
    final List<Ending> endings;
    /** Endings of adjectives that may follow an organisation's head word (Parti démocratique), per language. */
    final Map<String, List<String>> adjectiveEndings;
    /** Endings that make a word an organisation's name on its own (Alanyaspor), per language. */
    final Map<String, List<String>> headEndings;
    /** Endings that mark a word as the head of a noun compound (Enerji Verimliliği, Nüfus Planlaması), per language. */
    final Map<String, List<String>> compoundEndings;
    /** The longest title, in words, so that title matching looks no further. */
    final int longestTitle;
    /** The first words of every title of several words (foreign, prime, eş genel), so a lookahead stops early. */
    final Set<String> titlePrefixes;
    /** Credit cues of words, by their first word; and the symbols that open a credit. */
    final Map<String, List<CreditCue>> creditCues;
    final List<String> creditSymbols;
    /** The first characters of the credit symbols, so that a gap without one is passed over cheaply. */
    final String creditSymbolInitials;
    /** The first letters of the credit cues that need no colon after their first word, to pass over other words cheaply. */
    final String creditInitials;

    private LatinLexicon(Map<String, Map<String, WordClass>> common, Map<String, Map<String, Double>> titles,
                         Map<String, Set<String>> orgHeads, Map<String, List<PlaceCue>> placeCues, Set<String> givenNames,
                         Map<String, ConnectorKind> connectors, Set<String> prefixes, List<Ending> endings,
                         Map<String, List<String>> adjectiveEndings, Map<String, List<CreditCue>> creditCues,
                         List<String> creditSymbols, Set<String> demonyms, Map<String, List<String>> compoundEndings,
                         Map<String, List<String>> headEndings) {
        this.demonyms = demonyms;
        this.headEndings = headEndings;
        this.compoundEndings = compoundEndings;
        this.creditCues = creditCues;
        this.creditSymbols = creditSymbols;
        StringBuilder symbolInitials = new StringBuilder();
        for (String symbol : creditSymbols) {
            symbolInitials.append(symbol.charAt(0));
        }
        this.creditSymbolInitials = symbolInitials.toString();
        StringBuilder initials = new StringBuilder();
        creditCues.forEach((word, cues) -> {
            if (cues.stream().anyMatch(cue -> !cue.colon() || cue.words().size() > 1)) {
                initials.append(word.charAt(0));
            }
        });
        this.creditInitials = initials.toString();
        this.common = common;
        this.titles = titles;
        this.orgHeads = orgHeads;
        this.placeCues = placeCues;
        this.givenNames = givenNames;
        this.connectors = connectors;
        this.prefixes = prefixes;
        this.endings = endings;
        this.adjectiveEndings = adjectiveEndings;
        int longest = 1;
        Set<String> openings = new HashSet<>();
        for (Map<String, Double> byLanguage : titles.values()) {
            for (String title : byLanguage.keySet()) {
                String[] words = title.split(" ");
                longest = Math.max(longest, words.length);
                for (int w = 1; w < words.length; w++) {
                    openings.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, w)));
                }
            }
        }
        this.longestTitle = longest;
        this.titlePrefixes = Set.copyOf(openings);
    }

    /**
     * The function words of each language ({@link StopWords}), in the order the lists were once copied
     * into {@code stopwords.csv}; English is the Snowball list, not the analyser's 33 words.
     */
    static Map<String, CharArraySet> stopSets() {
        Map<String, CharArraySet> sets = new java.util.LinkedHashMap<>();
        sets.put("de", StopWords.of("de"));
        sets.put("en", StopWords.snowballEnglish());
        sets.put("es", StopWords.of("es"));
        sets.put("fr", StopWords.of("fr"));
        sets.put("ru", StopWords.of("ru"));
        sets.put("tr", StopWords.of("tr"));
        return sets;
    }

    /** The bundled lists, normalised by {@code normalizer}. */
    static LatinLexicon bundled(TextNormalizer normalizer) {
        Map<String, Map<String, WordClass>> common = new HashMap<>();
        Set<String> demonyms = new HashSet<>();
        stopSets().forEach((lang, words) -> {
            for (String word : StopWords.words(words)) {
                putCommon(common, lang, normalizer.forMatchingToString(word), WordClass.STOP);
            }
        });
        for (CSVRecord row : rows("common-words.csv", "lang", "word", "class")) {
            String type = row.get("class");
            WordClass wordClass = switch (type) {
                case "sentence-start" -> WordClass.SENTENCE_START;
                case "article" -> WordClass.ARTICLE;
                // a month is no name alone, but may end one (Theresa May)
                case "month", "weekday", "demonym", "common-capitalised" -> WordClass.NOT_ALONE;
                default -> throw new IllegalStateException(FOLDER + "common-words.csv: unknown class " + type);
            };
            putCommon(common, row.get("lang"), normalizer.forMatchingToString(row.get("word")), wordClass);
            if (type.equals("demonym")) {
                demonyms.add(normalizer.forMatchingToString(row.get("word")));
            }
        }
        // the matcher's ordinary words (months, numbers, frequent nouns: city, union, город, belediye) are no
        // name alone either; one list serves both, so it is read here rather than copied
        for (CSVRecord row : rows(MATCHING_COMMON_WORDS, "lang", "word")) {
            putCommon(common, row.get("lang"), normalizer.forMatchingToString(row.get("word")), WordClass.NOT_ALONE);
        }
        Map<String, Map<String, Double>> titles = new HashMap<>();
        for (CSVRecord row : rows("titles.csv", "lang", "title", "strength")) {
            String title = normalizer.forMatchingToString(row.get("title"));
            double strength = Double.parseDouble(row.get("strength"));
            titles.computeIfAbsent(row.get("lang"), k -> new HashMap<>()).merge(title, strength, Math::max);
            titles.computeIfAbsent(ANY, k -> new HashMap<>()).merge(title, strength, Math::max);
        }
        Map<String, Set<String>> heads = new HashMap<>();
        Map<String, List<String>> headEndings = new HashMap<>();
        for (CSVRecord row : rows("org-heads.csv", "lang", "word")) {
            String word = row.get("word");
            if (word.startsWith("-")) {
                // an ending that makes a word a body's name on its own (Alanyaspor)
                String ending = normalizer.forMatchingToString(word.substring(1));
                headEndings.computeIfAbsent(row.get("lang"), k -> new ArrayList<>()).add(ending);
                headEndings.computeIfAbsent(ANY, k -> new ArrayList<>()).add(ending);
                continue;
            }
            String head = normalizer.forMatchingToString(word);
            heads.computeIfAbsent(row.get("lang"), k -> new HashSet<>()).add(head);
            heads.computeIfAbsent(ANY, k -> new HashSet<>()).add(head);
        }
        Map<String, List<PlaceCue>> cues = new HashMap<>();
        for (CSVRecord row : rows("place-cues.csv", "lang", "cue", "position", "type", "in_name")) {
            String position = row.get("position");
            if (!position.equals("before") && !position.equals("after")) {
                throw new IllegalStateException(FOLDER + "place-cues.csv: position is before or after, not " + position);
            }
            PlaceCue cue = new PlaceCue(List.of(normalizer.forMatchingToString(row.get("cue")).split(" ")),
                    position.equals("before"), EntityType.valueOf(row.get("type")), row.get("in_name").equals("yes"));
            cues.computeIfAbsent(row.get("lang"), k -> new ArrayList<>()).add(cue);
            cues.computeIfAbsent(ANY, k -> new ArrayList<>()).add(cue);
        }
        Set<String> given = new HashSet<>();
        for (CSVRecord row : rows("given-names.csv", "name", "class")) {
            // a given name that is also a place's name (Georgia, Paris) opens no person's name here: the
            // place is the likelier; the matcher reads these rows to tell Jordan Peterson from Jordan
            if (!row.get("class").equals(PLACE_NAMED)) {
                given.add(normalizer.forMatchingToString(row.get("name")));
            }
        }
        Map<String, ConnectorKind> connectors = new HashMap<>();
        Set<String> prefixes = new HashSet<>();
        for (CSVRecord row : rows("connectors.csv", "word", "kind")) {
            String word = normalizer.forMatchingToString(row.get("word"));
            String kind = row.get("kind");
            if (kind.equals("prefix")) {
                prefixes.add(word);
            } else {
                connectors.put(word, ConnectorKind.valueOf(kind.toUpperCase(Locale.ROOT)));
            }
        }
        List<Ending> endings = new ArrayList<>();
        for (CSVRecord row : rows("cyrillic-endings.csv", "ending", "replacement", "after")) {
            // endings are matched on the text as written (lower case), not on the matching form,
            // which has already stripped them
            endings.add(new Ending(row.get("ending"), row.get("replacement"), List.of(row.get("after").split("\\|"))));
        }
        Map<String, List<String>> adjectives = new HashMap<>();
        for (CSVRecord row : rows("adjective-endings.csv", "lang", "ending")) {
            String ending = normalizer.forMatchingToString(row.get("ending"));
            adjectives.computeIfAbsent(row.get("lang"), k -> new ArrayList<>()).add(ending);
            adjectives.computeIfAbsent(ANY, k -> new ArrayList<>()).add(ending);
        }
        Map<String, List<String>> compounds = new HashMap<>();
        for (CSVRecord row : rows("compound-endings.csv", "lang", "ending")) {
            String ending = normalizer.forMatchingToString(row.get("ending"));
            compounds.computeIfAbsent(row.get("lang"), k -> new ArrayList<>()).add(ending);
            compounds.computeIfAbsent(ANY, k -> new ArrayList<>()).add(ending);
        }
        Map<String, List<CreditCue>> credits = new HashMap<>();
        List<String> symbols = new ArrayList<>();
        for (CSVRecord row : rows("credit-cues.csv", "cue", "colon")) {
            String cue = normalizer.forMatchingToString(row.get("cue"));
            boolean colon = row.get("colon").equals("yes");
            if (row.get("cue").codePoints().noneMatch(Character::isLetter)) {
                symbols.add(row.get("cue"));
            } else {
                List<String> words = List.of(cue.split(" "));
                credits.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new CreditCue(words, null, colon));
            }
        }
        return new LatinLexicon(Frozen.maps(common), Frozen.maps(titles), Frozen.sets(heads), Frozen.lists(cues), Set.copyOf(given),
                Map.copyOf(connectors), Set.copyOf(prefixes), List.copyOf(endings), Frozen.lists(adjectives),
                Frozen.lists(credits), List.copyOf(symbols), Set.copyOf(demonyms), Frozen.lists(compounds),
                Frozen.lists(headEndings));
    }

    private static void putCommon(Map<String, Map<String, WordClass>> common, String lang, String word, WordClass wordClass) {
        if (word.isEmpty()) {
            return;
        }
        // a word listed in two classes keeps the first of ARTICLE, STOP, SENTENCE_START, NOT_ALONE (the article
        // "the" is also a Snowball stop word)
        common.computeIfAbsent(lang, k -> new HashMap<>()).merge(word, wordClass, LatinLexicon::stronger);
        common.computeIfAbsent(ANY, k -> new HashMap<>()).merge(word, wordClass, LatinLexicon::stronger);
    }

    private static WordClass stronger(WordClass a, WordClass b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static List<CSVRecord> rows(String file, String... columns) {
        String resource = file.startsWith("/") ? file : FOLDER + file;
        try (InputStream in = LatinLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            List<CSVRecord> rows = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
            for (CSVRecord row : rows) {
                for (String column : columns) {
                    if (!row.isMapped(column) || !row.isSet(column) || row.get(column).isEmpty()
                            && !column.equals("replacement")) {
                        throw new IllegalStateException(resource + " line " + row.getRecordNumber() + ": no " + column);
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
