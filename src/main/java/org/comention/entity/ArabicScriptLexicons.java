package org.comention.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.TextSource;
import org.comention.text.StopWords;
import org.comention.text.TextNormalizer;

/**
 * The lexicons of one script's languages (Arabic; Persian and its neighbours), in normalised form,
 * read from the lists under {@code data/discovery/arabic-script/}: given names, titles, head words,
 * place cues, generic bodies, role qualifiers, stop words and name particles.
 */
final class ArabicScriptLexicons {
    /** The Arabic article, normalised. */
    static final String ARTICLE = "ال";
    /** ى, alef maqsura: علي written with it is the preposition على. */
    static final char ALEF_MAQSURA = '\u0649';
    private static final String[] STOP_CLASSES = {"function", "verb", "light-verb", "time", "direction", "apposition"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    /**
     * What a title or role is; {@code needsGiven}: a title that is also a common noun (الفريق "the
     * team", اللواء "the brigade"), after which only a name that begins with a given name is a person.
     */
    record Title(boolean before, boolean after, boolean honorific, boolean needsGiven, double strength) {
    }

    /**
     * What a head word or a place cue is; {@code sameAsKnown}: before a name the gazetteer knows, the
     * head only describes it (حركة طالبان is the Taliban), where other heads make a new organisation
     * of it (جامعة دمشق is not Damascus); {@code countryAdjective}: a country's adjective after the
     * complement is part of the name (وزارة الخارجية السودانية, one ministry among many) rather than a
     * mention of the country beside it (مجلس السيادة, السوداني), as the annotation guidelines read it.
     */
    record Head(EntityType type, boolean descriptor, boolean definite, boolean sameAsKnown,
                boolean countryAdjective) {
    }

    /** A given name: whether it is also a common word, and whether its lexicon form ends in ي rather than ى. */
    record Given(boolean alsoWord, boolean endsInYa) {
        /** What a word the lexicon lacks says: no common word, no spelling in ي. */
        static final Given NONE = new Given(false, false);
    }

    final Map<String, Given> given = new HashMap<>();
    final Map<String, Title> titles = new HashMap<>();
    final Map<String, Head> heads = new HashMap<>();
    final Map<String, Head> places = new HashMap<>();
    final Set<String> qualifiers = new HashSet<>();
    /** A head and the complement every organisation or court has (هیئت مدیره, مجلس إدارة): no name. */
    final Set<String> genericBodies = new HashSet<>();
    /** A word and a head word after it that are an idiom, not an organisation (تحت لواء, "under the banner of"). */
    final Set<String> headIdioms = new HashSet<>();
    /** Common nouns that start the object or predicate after a name (یحیی X سکان هدایت ...): never a surname. */
    final Set<String> commonNouns = new HashSet<>();
    final Set<String> stops = new HashSet<>();
    /** Light verbs: in Persian the word before one is the noun of a compound verb (اضافه کرد), not a name. */
    final Set<String> lightVerbs = new HashSet<>();
    /** Stop words written with a final ى whose form with ي is a given name: على is a stop word, علي a name. */
    final Set<String> maqsuraStops = new HashSet<>();
    final Map<String, String> particles = new HashMap<>();
    /** First halves of given names that may be written in two words (عبد of عبدالله, ذبیح of ذبیح‌الله). */
    final Set<String> compoundFirstHalves = new HashSet<>();
    /** First words of place cues of two words. */
    final Set<String> placeFirstWords = new HashSet<>();
    int longestTitle = 1;
    /** The first words of titles: most tokens start none, and need no longer lookups. */
    final Set<String> titleFirstWords = new HashSet<>();
    private final String resources;

    ArabicScriptLexicons(TextNormalizer normalizer, String lang, String resources) {
        this.resources = resources;
        read("given-names.csv", List.of("name", "origin", "also_word"), r -> {
            String raw = r.get("name");
            // only an Arabic spelling in ي says the name is not written with ى (علي, not على); Persian
            // writes both as ی (موسی is موسى); spellings that fold together pool what they say
            String word = oneOf(r, "also_word", "yes", "no", "ar", "fa");
            Given name = new Given(yes(word) || word.equals(lang), raw.charAt(raw.length() - 1) == 'ي');
            given.merge(normalizer.normalizeToString(raw), name,
                    (a, b) -> new Given(a.alsoWord() || b.alsoWord(), a.endsInYa() || b.endsInYa()));
        });
        read("titles.csv", List.of("cue", "position", "kind", "strength", "lang"), r -> {
            if (!forLanguage(r.get("lang"), lang)) {
                return;
            }
            String cue = normalizer.normalizeToString(r.get("cue"));
            String position = oneOf(r, "position", "before", "after", "both");
            String kind = oneOf(r, "kind", "role", "honorific", "honorific-word");
            titles.put(cue, new Title(!position.equals("after"), !position.equals("before"),
                    !kind.equals("role"), kind.equals("honorific-word"), strength(r)));
            longestTitle = Math.max(longestTitle, cue.split(" ").length);
            titleFirstWords.add(cue.split(" ")[0]);
        });
        read("org-heads.csv", List.of("head", "lang", "span", "definite", "known_complement", "country_adjective"),
                r -> {
            if (forLanguage(r.get("lang"), lang)) {
                heads.put(normalizer.normalizeToString(r.get("head")), new Head(EntityType.ORG,
                        oneOf(r, "span", "name", "descriptor").equals("descriptor"),
                        yes(oneOf(r, "definite", "yes", "no")),
                        oneOf(r, "known_complement", "same", "new").equals("same"),
                        oneOf(r, "country_adjective", "in", "out").equals("in")));
            }
        });
        read("place-cues.csv", List.of("cue", "type", "lang", "span"), r -> {
            if (forLanguage(r.get("lang"), lang)) {
                places.put(normalizer.normalizeToString(r.get("cue")),
                        new Head(EntityType.valueOf(oneOf(r, "type", "GPE", "LOC")),
                                oneOf(r, "span", "name", "descriptor").equals("descriptor"), false, true, false));
            }
        });
        read("generic-bodies.csv", List.of("body", "lang"), r -> {
            if (forLanguage(r.get("lang"), lang)) {
                genericBodies.add(normalizer.normalizeToString(r.get("body")));
            }
        });
        read("head-idioms.csv", List.of("idiom", "lang"), r -> {
            if (forLanguage(r.get("lang"), lang)) {
                headIdioms.add(normalizer.normalizeToString(r.get("idiom")));
            }
        });
        read("common-nouns.csv", List.of("word", "lang", "class"), r -> {
            if (forLanguage(r.get("lang"), lang)) {
                oneOf(r, "class", "frequent", "office", "event");
                commonNouns.add(normalizer.normalizeToString(r.get("word")));
            }
        });
        read("qualifiers.csv", List.of("word", "lang"), r -> {
            if (forLanguage(r.get("lang"), lang)) {
                qualifiers.add(normalizer.normalizeToString(r.get("word")));
            }
        });
        read("stop-words.csv", List.of("word", "lang", "class"), r -> {
            if (forLanguage(r.get("lang"), lang)) {
                String word = addStop(normalizer, r.get("word"));
                if (oneOf(r, "class", STOP_CLASSES).equals("light-verb")) {
                    lightVerbs.add(word);
                }
            }
        });
        // the function words of Lucene's stop set of the language, kept by its maintainers, end a
        // name as ours do (Persian: بسیاری, دیگران, همچنین; Arabic: فإن, أيضا)
        for (String word : StopWords.words(StopWords.of(lang.equals("fa") ? "fa" : "ar"))) {
            addStop(normalizer, word);
        }
        read("name-particles.csv", List.of("particle", "role"), r ->
                particles.put(normalizer.normalizeToString(r.get("particle")),
                        oneOf(r, "role", "nasab", "family", "kunya", "compound", "suffix")));
        for (String name : given.keySet()) {
            for (int k = 2; k <= name.length() - 2; k++) {
                String second = name.substring(k);
                if (second.startsWith(ARTICLE) || given.containsKey(second)) {
                    compoundFirstHalves.add(name.substring(0, k));
                }
            }
        }
        for (String cue : places.keySet()) {
            if (cue.indexOf(' ') > 0) {
                placeFirstWords.add(cue.substring(0, cue.indexOf(' ')));
            }
        }
        // a word that ends a name is not the start of one: stop words win over given names (جمعه, the day)
        given.keySet().removeAll(stops);
        given.keySet().removeAll(titles.keySet());
        given.keySet().removeAll(qualifiers);
        given.keySet().removeAll(heads.keySet());
        given.keySet().removeAll(places.keySet());
    }

    /** A stop word, normalised; one written with ى whose form with ي is a given name stops only so written. */
    private String addStop(TextNormalizer normalizer, String raw) {
        String word = normalizer.normalizeToString(raw);
        Given name = given.get(word);
        if (raw.charAt(raw.length() - 1) == ALEF_MAQSURA && name != null && name.endsInYa()) {
            maqsuraStops.add(word);
        } else {
            stops.add(word);
        }
        return word;
    }

    private static boolean forLanguage(String rowLang, String lang) {
        if (!List.of("ar", "fa", "any").contains(rowLang)) {
            throw new IllegalArgumentException("lang must be ar, fa or any, not '" + rowLang + "'");
        }
        return rowLang.equals("any") || rowLang.equals(lang);
    }

    private static String oneOf(CSVRecord r, String column, String... allowed) {
        String value = r.get(column);
        if (!List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(column + " must be one of " + List.of(allowed) + ", not '" + value + "'");
        }
        return value;
    }

    private static double strength(CSVRecord r) {
        double strength = Double.parseDouble(r.get("strength"));
        if (!(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in (0, 1], not " + strength);
        }
        return strength;
    }

    private static boolean yes(String value) {
        return value.equalsIgnoreCase("yes");
    }

    /** Bundled data: a malformed file is a broken jar, not bad user input. */
    private void read(String file, List<String> columns, Consumer<CSVRecord> row) {
        TextSource source = TextSource.resource(resources + file);
        try (Reader reader = source.open(); CSVParser parser = FORMAT.parse(reader)) {
            if (parser.getHeaderMap() == null || !parser.getHeaderMap().keySet().containsAll(columns)) {
                throw new IllegalStateException(source.name() + ":1: the header must name " + columns);
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent() || record.get(0).isEmpty()) {
                    throw new IllegalStateException(source.name() + ":" + parser.getCurrentLineNumber()
                            + ": expected " + columns.size() + " values");
                }
                try {
                    row.accept(record);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(source.name() + ":" + parser.getCurrentLineNumber() + ": "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source.name() + ": " + e.getMessage(), e);
        }
    }
}
