package org.comention.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.comention.common.TextSource;
import org.comention.text.ArabicProclitics;
import org.comention.text.NormalizedText;
import org.comention.text.Scripts;
import org.comention.text.TextNormalizer;

/**
 * Proposes the people, organisations and places of Arabic, Persian and Dari text (and the
 * Kurdish, Pashto and Urdu names the same lexicons serve) that the gazetteer does not know: the
 * rule-based Arabic named-entity recognition of the literature, gazetteers of name parts, cue
 * words and short grammar patterns around them (Shaalan and Raza, "NERA: Named Entity Recognition
 * for Arabic", JASIST 60(8), 2009; Mesfar, "Named Entity Recognition for Arabic Using Syntactic
 * Grammars", NLDB 2007).
 *
 * <p>Rules, over the tokens of the normalised text (a token is a run of letters and digits; two
 * tokens belong to one name only when a single space, not a line break or punctuation, separates
 * them):
 * <ul>
 *   <li>person: a given name from the lexicon followed by name tokens: more given names, nasab and
 *       kunya particles with the name they govern (بن، ابن، بنت، آل، أبو، أم، عبد), at most two
 *       tokens the lexicons do not know (none after two given names in Arabic, where the next word
 *       is mostly the verb's object), and a final definite token, the nisba or family name
 *       (محمد المصري, عبد الفتاح البرهان); compounds are looked up written together or apart
 *       (عبدالله, عبد الله; ذبیح‌الله). A given name that is also a common word (حسن, أمل, امید)
 *       starts a name only before another given name or after a title. A name the gazetteer
 *       matched ends an unknown one before it (فلاديمير زيلينسكي stays Zelensky's), except a
 *       nasab inside a longer name (بن سلمان in عبد العزيز بن سلمان), and a gazetteer mention from
 *       a name's first word explains the name;</li>
 *   <li>person after a title: a title or role (الرئيس, وزير, المتحدث باسم, رئیس‌جمهور, سخنگوی),
 *       then the words that qualify the role (الخارجية الأمريكي, امور خارجه, a country the
 *       gazetteer knows), then the name. A title alone is no person. Honorifics (الشيخ, اللواء,
 *       آقای, ملا) take the name right after them even without a known given name; Persian roles,
 *       whose ezafe complements look like names, need one;</li>
 *   <li>person before a Persian title: the name before the role (جاوید فیصل، سخنگوی ...);</li>
 *   <li>organisation: a head word with its genitive (Arabic) or ezafe (Persian) complement,
 *       bounded, stopping at verbs, function words and punctuation (وزارة الخارجية السودانية,
 *       وزارت کار و امور اجتماعی); a bare head word is no name. Descriptor heads (قناة, گروه)
 *       are left out of the span, as the annotation guidelines leave out a separate descriptor;</li>
 *   <li>place: a place cue followed by its name (محافظة عمران, بمدينة أم درمان, ولایت کابل).</li>
 * </ul>
 * Names end at stop words and verbs (Persian: also before a light verb, whose noun is no
 * surname: اضافه کرد), at punctuation and line breaks.
 * A span covers whole tokens with their proclitics (و ب ل ف ك ال, and the Persian prepositions
 * از در به با written together); the name leaves out conjunctions and prepositions and keeps the
 * article (وللبرهان: البرهان). Every list is data under {@code data/discovery/arabic-script/},
 * normalised on loading as the text is. Cost: each token is looked at a bounded number of times
 * (names have at most {@link #MAX_NAME_TOKENS} tokens, qualifiers and complements are bounded),
 * so a call is linear in the text. Immutable and thread-safe.
 */
public final class ArabicScriptNames implements NameRules {
    /** The longest name proposed, in tokens. */
    static final int MAX_NAME_TOKENS = 6;
    /** Words of a role between a title and the name (وزير الخارجية الأمريكي الأسبق). */
    private static final int MAX_QUALIFIERS = 6;
    /** Words of an organisation's complement after its head. */
    private static final int MAX_COMPLEMENT = 4;
    /** Tokens in one person's name that no lexicon knows (family names). */
    private static final int MAX_UNKNOWN = 2;
    /** The longest run of proclitics before a lexicon word, in normalised characters (وبال, وللـ). */
    private static final int MAX_PROCLITICS = 5;
    private static final String RESOURCES = "/comention/discovery/arabic-script/";
    private static final String[] STOP_CLASSES = {"function", "verb", "light-verb", "time", "direction", "apposition"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    /** Persian prepositions written together with the next word (ازکابل, دربروکسل). */
    private static final List<String> PERSIAN_PREFIXES = List.of("از", "در", "به", "با", "بر", "ب");
    private static final String ARTICLE = "ال";
    /** The second half of theophoric compounds (عبدالله, ذبیح‌الله), normalised. */
    private static final String ALLAH = "الله";
    /**
     * The present of the light verbs کردن, شدن, گرفتن, دادن and پذیرفتن, normalised (می‌شود, نمی‌کنند, صورت
     * می‌پذیرد): the word before it is a compound verb's noun.
     */
    private static final java.util.regex.Pattern PRESENT_LIGHT_VERB = java.util.regex.Pattern.compile("ن?مي(شو|شد|كن|كرد|گير|ده|پذير)");
    /**
     * The past and perfect of the same light verbs with their person endings, normalised (مواجه شدیم, هشدار
     * داده‌اند written دادهاند, اعلام کردیم): the word before it is a compound verb's noun too. Not کردی
     * (Kurdish) nor شدید (severe): a bare ی or ید is no ending here.
     */
    private static final java.util.regex.Pattern PAST_LIGHT_VERB = java.util.regex.Pattern.compile(
            "ن?(شد|كرد|داد|گرفت|نمود|پذيرفت)(م|يم|ند|ه|ه?اند|ه?ايم|ه?ايد|ه?است|ه?ام|هبود|هبودند)?");
    /** ى, alef maqsura: علي written with it is the preposition على. */
    private static final char ALEF_MAQSURA = '\u0649';
    /** Tanween, the marks of an indefinite word: ً ٌ ٍ. */
    private static final char FATHATAN = '\u064B';
    private static final char KASRATAN = '\u064D';
    /** Where the article-absorbing prefixes start in a proclitic mask. */
    private static final int ABSORBS_SHIFT = 8;
    /** The letters a proclitic run can start with (و ف ب ك ل, ا of the article; د of Persian در). */
    private static final String PROCLITIC_LETTERS = "وفبكلاد";

    private final ArabicProclitics proclitics = new ArabicProclitics();
    private final Lexicons arabic;
    private final Lexicons persian;

    /** Persian-like languages: Persian, Dari, Pashto, Urdu, Kurdish; ezafe and verb-final clauses. */
    private static final Set<String> PERSIAN_LANGUAGES = Set.of("fa", "prs", "pes", "ps", "pus", "ur", "urd", "ku",
            "ckb", "kmr", "tg", "fas", "per");

    /** Rules with the bundled lists. */
    public ArabicScriptNames(TextNormalizer normalizer) {
        this(normalizer, RESOURCES);
    }

    /** Rules with the lists in class-path folder {@code resources} (tests try malformed lists). */
    ArabicScriptNames(TextNormalizer normalizer, String resources) {
        this.arabic = new Lexicons(normalizer, "ar", resources);
        this.persian = new Lexicons(normalizer, "fa", resources);
    }

    // ---------------------------------------------------------------- lexicons

    /** What a title or role is. */
    /**
     * {@code needsGiven}: a title that is also a common noun (الفريق "the team", اللواء "the
     * brigade"), after which only a name that begins with a given name is a person.
     */
    private record Title(boolean before, boolean after, boolean honorific, boolean needsGiven, double strength) {
    }

    /**
     * What a head word or a place cue is; {@code sameAsKnown}: before a name the gazetteer knows, the
     * head only describes it (حركة طالبان is the Taliban), where other heads make a new organisation
     * of it (جامعة دمشق is not Damascus); {@code countryAdjective}: a country's adjective after the
     * complement is part of the name (وزارة الخارجية السودانية, one ministry among many) rather than a
     * mention of the country beside it (مجلس السيادة, السوداني), as the annotation guidelines read it.
     */
    private record Head(EntityType type, boolean descriptor, boolean definite, boolean sameAsKnown,
                        boolean countryAdjective) {
    }

    /** A given name: whether it is also a common word, and whether its lexicon form ends in ي rather than ى. */
    private record Given(boolean alsoWord, boolean endsInYa) {
    }

    /** The lexicons of one script's languages (Arabic; Persian and its neighbours), in normalised form. */
    private static final class Lexicons {
        final Map<String, Given> given = new HashMap<>();
        final Map<String, Title> titles = new HashMap<>();
        final Map<String, Head> heads = new HashMap<>();
        final Map<String, Head> places = new HashMap<>();
        final Set<String> qualifiers = new HashSet<>();
        /** A head and the complement every organisation or court has (هیئت مدیره, مجلس إدارة): no name. */
        final Set<String> genericBodies = new HashSet<>();
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

        Lexicons(TextNormalizer normalizer, String lang, String resources) {
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
            for (Object word : lang.equals("fa") ? PersianAnalyzer.getDefaultStopSet() : ArabicAnalyzer.getDefaultStopSet()) {
                addStop(normalizer, word instanceof char[] chars ? new String(chars) : word.toString());
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

    // ---------------------------------------------------------------- finding

    private record Token(int begin, int end, String text) {
    }

    /** Where a proposal is and what it is: one proposal per key, the strongest. */
    private record Key(int start, int end, EntityType type) {
    }

    /** A lexicon form found at the start of a token after {@code prefix} normalised characters of proclitics. */
    private record Hit(int prefix, boolean absorbedArticle, String form) {
    }

    @Override
    public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
        if (!hasArabicLetter(normalized.text())) {
            // most of a multilingual corpus: no tokens to look up, no tables to fill
            return List.of();
        }
        Lexicons lexicons = isPersian(text, lang) ? persian : arabic;
        Document d = new Document(text, normalized, lexicons, lexicons == persian, known);
        return d.run();
    }

    /** Whether t[0, p) is a Persian preposition written together with the next word. */
    private static boolean isPersianPrefix(String t, int p) {
        for (String prefix : PERSIAN_PREFIXES) {
            if (prefix.length() == p && t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersian(String text, String lang) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.toLowerCase(Locale.ROOT);
            int dash = code.indexOf('-');
            return PERSIAN_LANGUAGES.contains(dash > 0 ? code.substring(0, dash) : code);
        }
        // letters Arabic does not write: پ چ ژ گ ک ی
        int persian = 0;
        int arabicOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ک' || c == 'ی') {
                persian++;
            } else if (c == 'ة' || c == 'ى' || c == 'ي' || c == 'ك') {
                arabicOnly++;
            }
        }
        return persian > arabicOnly;
    }

    /** The work on one text: its tokens, and the names found so far by span and type. */
    private final class Document {
        private final String text;
        private final NormalizedText n;
        private final Lexicons lex;
        private final boolean persianMode;
        private final List<Token> tokens;
        /** Per token: the gazetteer mention covering its start, or null. */
        private final Mention[] known;
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

        Document(String text, NormalizedText n, Lexicons lex, boolean persianMode, List<Mention> mentions) {
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
                        proclitic = isPersianPrefix(t, p)
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

        List<DiscoveredName> run() {
            int personEnd = 0;
            int organisationEnd = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (!isArabicWord(tokens.get(i).text())) {
                    continue;
                }
                // a name found after a title is not looked for again from its second word (مرهف أبو كسرة)
                personEnd = Math.max(personEnd, titled(i));
                titledAfter(i);
                if (i >= organisationEnd) {
                    organisationEnd = Math.max(organisationEnd, organisation(i));
                }
                place(i);
                if (i >= personEnd) {
                    personEnd = Math.max(personEnd, person(i));
                }
            }
            return List.copyOf(found.values());
        }

        // ------------------------------------------------------------ rules

        /** A given name and the name tokens after it; returns the end of what it took, or i. */
        private int person(int i) {
            if (known[i] != null && known[i].kind() == AliasKind.NAME) {
                return tokenAfter(known[i], i);
            }
            Chain chain = chain(i, false, false);
            if (chain == null) {
                return i;
            }
            if (explained(i, chain.end)) {
                return chain.end;
            }
            if (chain.end - i >= 2 && !(chain.compoundOnly)) {
                double strength = chain.particle ? 0.85 : 0.8;
                emit(i, chain.firstHit, chain.end, EntityType.PERSON, strength, "given-name");
            } else if (chain.compoundOnly) {
                // a compound given name alone (عبد الملك): a name, but whose?
                emit(i, chain.firstHit, chain.end, EntityType.PERSON, 0.45, "given-name-alone");
            }
            return chain.end;
        }

        /** A title or role, its qualifiers, then a name; returns the end of the name, or 0. */
        private int titled(int i) {
            TitleHit cue = title(i);
            if (cue == null || !cue.title.before() || afterParticle(i)) {
                return 0;
            }
            int j = cue.end;
            int skipped = 0;
            // after the body of the role (لسوناطراك) only a given name starts the name, not any word
            boolean afterBody = false;
            while (j < tokens.size() && adjacent(j) && skipped < MAX_QUALIFIERS) {
                Mention m = known[j];
                if (m != null) {
                    int after = tokenAfter(m, j);
                    boolean nameFollows = after < tokens.size() && adjacent(after) && chain(after, true, false) != null
                            && givenAt(after, false) != null;
                    if (m.kind() == AliasKind.ADJECTIVAL || nameFollows) {
                        j = after;
                        skipped++;
                        continue;
                    }
                    return 0;
                }
                String t = tokens.get(j).text();
                if (title(j) != null || isQualifier(t) || headAt(j, lex.heads, true) != null
                        || !persianMode && isDefinite(t) && givenAt(j, false) == null
                        || !persianMode && isLamComplement(j)) {
                    afterBody |= !persianMode && isLamComplement(j);
                    j += title(j) != null ? title(j).end - j : 1;
                    skipped++;
                    continue;
                }
                break;
            }
            if (j < tokens.size() && adjacent(j)) {
                boolean bare = (cue.title.honorific() || !persianMode) && !cue.title.needsGiven() && !afterBody;
                Chain chain = chain(j, true, bare);
                if (chain != null && explained(j, chain.end)) {
                    return 0;
                }
                if (chain != null && chain.given && chain.end - j == 1 && chain.end < tokens.size() && adjacent(chain.end)
                        && (known[chain.end] != null && known[chain.end].kind() == AliasKind.NAME
                        || !persianMode && isDefinite(tokens.get(chain.end).text()))) {
                    // a lone given name before a name the gazetteer knows, or before a definite word the name did not
                    // take, is half a longer name (الشيخ أحمد نواف الأحمد, أحمد السعدون), not a person of its own
                    return 0;
                }
                if (chain != null) {
                    double strength = cue.title.strength();
                    if (!chain.given) {
                        strength = cue.title.honorific() ? 0.75 : chain.end - j >= 2 ? 0.7 : 0.6;
                    }
                    emit(j, chain.firstHit, chain.end, EntityType.PERSON, strength, "title:" + cue.form);
                    return chain.end;
                }
            }
            return 0;
        }

        /** Persian puts the name before the role too: جاوید فیصل، سخنگوی شورای امنیت ملی. */
        private void titledAfter(int i) {
            if (!persianMode) {
                return;
            }
            TitleHit cue = title(i);
            if (cue == null || !cue.title.after() || i == 0) {
                return;
            }
            // a comma may stand between the name and the role, nothing else
            if (!adjacent(i) && !commaBetween(i - 1, i)) {
                return;
            }
            int first = i;
            while (first > 0 && i - first < 3 && (first == i || adjacent(first))
                    && (isNameWord(first - 1) || "suffix".equals(lex.particles.get(tokens.get(first - 1).text())))
                    && known[first - 1] == null) {
                first--;
            }
            if (first == i) {
                return;
            }
            int given = -1;
            for (int k = first; k < i; k++) {
                if (givenAt(k, false) != null) {
                    given = k;
                    break;
                }
            }
            // without a given name the words before a role are as often an ezafe phrase as a surname, and a
            // given name alone (جمال، معین ...) may be a surname or half a compound
            if (given >= 0 && i - given >= 2) {
                emit(given, null, i, EntityType.PERSON, cue.title.strength(), "title-after:" + cue.form);
            }
        }

        /** A head word and its genitive or ezafe complement; returns the end of what it took, or i. */
        private int organisation(int i) {
            Hit head = headAt(i, lex.heads, false);
            if (head == null) {
                return i;
            }
            Head h = lex.heads.get(head.form());
            if (afterNumber(i)) {
                // a counted head is a common noun: 160 شركة دفاع, "160 defence companies"
                return i;
            }
            boolean definiteHead = head.prefix() > 0 && hasArticle(i, head);
            if (definiteHead && !h.definite()) {
                return i;
            }
            int j = i + 1;
            int taken = 0;
            int knownEnd = i;
            if (known[i] != null && known[i].end() > n.originalEnd(tokens.get(i).end() - 1)) {
                if (!persianMode) {
                    // the gazetteer knows the name this head begins (حزب الله): what follows is another phrase
                    return tokenAfter(known[i], i);
                }
                // an ezafe chain may go on past a known name: شورای امنیت ملی افغانستان is not شورای امنیت
                j = tokenAfter(known[i], i);
                taken = j - i - 1;
                knownEnd = j;
            }
            boolean onlyKnown = true;
            // the army or forces of a country (الجيش الروسي) is a description, not a name
            boolean onlyAdjectives = true;
            // an outlet's or a club's name after its descriptor is short (قناة الجزيرة, نادي الهلال)
            int limit = h.descriptor() ? 2 : MAX_COMPLEMENT;
            while (j < tokens.size() && adjacent(j) && taken < limit) {
                String t = tokens.get(j).text();
                boolean and = persianMode && t.equals("و") && taken > 0 && j + 1 < tokens.size() && adjacent(j + 1)
                        && (isNameWord(j + 1) || lex.qualifiers.contains(tokens.get(j + 1).text()))
                        && known[j + 1] == null && !beforeVerb(j + 1) && givenAt(j + 1, false) == null;
                if (!and && (isStop(j) || title(j) != null || persianMode && beforeVerb(j))) {
                    break;
                }
                if (known[j] != null) {
                    // a name the gazetteer knows completes an indefinite head (حكومة لبنان, شورای امنیت ملی افغانستان)
                    boolean adjective = known[j].kind() == AliasKind.ADJECTIVAL;
                    // in Arabic an indefinite adjective after the head describes it (قوات كورية شمالية)
                    if (definiteHead && !adjective || !persianMode && taken > 0 && !adjective && !isDefinite(t)
                            || !persianMode && taken == 0 && adjective && !isDefinite(t)
                            || !persianMode && taken > 0 && adjective && !h.countryAdjective() && !nameGoesOn(j)) {
                        break;
                    }
                    int after = tokenAfter(known[j], j);
                    taken += after - j;
                    j = after;
                    onlyKnown &= !adjective;
                    onlyAdjectives &= adjective;
                    continue;
                }
                if (persianMode) {
                    if (!(isNameWord(j) || and || lex.qualifiers.contains(t) || headAt(j, lex.heads, false) != null)) {
                        break;
                    }
                } else if (taken == 0) {
                    // a bare first word is a name (حركة أمل), unless it starts a person's name (برئاسة نواف سلام)
                    // nor a noun written with ة (مجلس إدارة, "board of directors")
                    boolean bare = isNameWord(j) && !definiteHead && !startsPerson(j) && !looksLikeNisba(t)
                            && !looksLikeAdjective(t) && !endsInTaMarbuta(j) && !givenBeforeFamilyName(j)
                            && !(t.length() >= 5 && t.endsWith("ات"));
                    if (!(isDefinite(t) && !startsWithConjunction(t) || bare)) {
                        break;
                    }
                } else if (!isDefinite(t) || definiteHead && startsWithConjunction(t)) {
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
                    || definiteHead && h.countryAdjective() && taken == 1 && looksLikeNisba(tokens.get(j - 1).text());
            if (taken == 0 || onlyKnown && h.sameAsKnown() || j <= knownEnd || described || generic(i, head, j)) {
                // a bare head word is no name; حركة before a name the gazetteer knows adds nothing to it
                return i;
            }
            double strength = taken >= 2 ? 0.9 : persianMode ? 0.7 : 0.85;
            if (h.descriptor() && !(persianMode && taken >= 2 && relationalAdjective(i + 1))) {
                emit(i + 1, null, j, EntityType.ORG, strength - 0.05, "org-descriptor:" + head.form());
            } else {
                emit(i, head, j, EntityType.ORG, strength, "org-head:" + head.form());
            }
            return j;
        }

        /**
         * Whether the organisation [i, end) is a body every organisation has (کمیته فنی, هیئت مدیره انتخاب ...,
         * هیأت مدیره قبلی و فعلی), unless a name it belongs to follows it (a head word or a name the gazetteer
         * knows).
         */
        private boolean generic(int i, Hit head, int end) {
            if (i + 1 >= end || !lex.genericBodies.contains(head.form() + " " + tokens.get(i + 1).text())) {
                return false;
            }
            for (int k = i + 2; k < end; k++) {
                if (known[k] != null || headAt(k, lex.heads, true) != null) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A Persian relational adjective right after a descriptor head (شرکت ملی نفت, شرکت دولتی ...): the
         * head is then part of the name, which is no brand after a descriptor but a description.
         */
        private boolean relationalAdjective(int j) {
            String t = tokens.get(j).text();
            return t.length() >= 3 && t.endsWith("ي") && known[j] == null && givenAt(j, false) == null;
        }

        /** Whether a numeral stands right before token i (160 شركة): i is then counted, a common noun. */
        private boolean afterNumber(int i) {
            if (i == 0 || !adjacent(i)) {
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
            return givenAt(j, false) != null && j + 1 < tokens.size() && adjacent(j + 1)
                    && isDefinite(tokens.get(j + 1).text()) && isDefiniteNameWord(j + 1);
        }

        /** A place cue and the name after it. */
        private void place(int i) {
            Hit cue = headAt(i, lex.places, false);
            int j = i + 1;
            if (cue == null && j < tokens.size() && lex.placeFirstWords.contains(tokens.get(i).text()) && adjacent(j)) {
                // a cue of two words: نماینده مردم دهلران
                String pair = tokens.get(i).text() + " " + tokens.get(j).text();
                cue = lex.places.containsKey(pair) ? new Hit(0, false, pair) : null;
                j++;
            }
            if (cue == null || cue.prefix() > 0 && hasArticle(i, cue)) {
                return;
            }
            Head h = lex.places.get(cue.form());
            if (j >= tokens.size() || !adjacent(j) || known[j] != null && known[j].kind() == AliasKind.ADJECTIVAL) {
                return;
            }
            String t = tokens.get(j).text();
            int end;
            if ("kunya".equals(lex.particles.get(t)) && j + 1 < tokens.size() && adjacent(j + 1) && isNameWord(j + 1)) {
                end = j + 2;
            } else if (isNameWord(j) && !(persianMode ? beforeVerb(j) || isPlural(t) : looksLikeAdjective(t))) {
                end = j + 1;
            } else if (!persianMode && isDefinite(t) && !isStop(j) && !lex.qualifiers.contains(t)) {
                end = j + 1;
                while (end < tokens.size() && end - j < 3 && adjacent(end) && isDefinite(tokens.get(end).text())
                        && !startsWithConjunction(tokens.get(end).text()) && !isStop(end)
                        && !lex.qualifiers.contains(tokens.get(end).text())) {
                    end++;
                }
            } else {
                return;
            }
            if (h.descriptor()) {
                emit(j, null, end, h.type(), 0.85, "place-descriptor:" + cue.form());
            } else if (j == i + 1) {
                emit(i, cue, end, h.type(), 0.9, "place:" + cue.form());
            }
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

        /**
         * The person's name that starts at token {@code i}, or null.
         *
         * @param afterTitle whether a title precedes (a given name that is also a word may then start a name)
         * @param bareStart  whether a name may start with a token no lexicon knows (after an honorific)
         */
        private Chain chain(int i, boolean afterTitle, boolean bareStart) {
            Chain c = new Chain();
            int j;
            Hit first = givenAt(i, true);
            int unknown = 0;
            int givenNames = 0;
            if (first != null) {
                c.given = true;
                givenNames = 1;
                c.firstHit = first;
                j = i + compoundLength(i, first);
                // a compound the lexicon lacks (محمدرحیم) is no common word
                Given g = lex.given.getOrDefault(first.form(), new Given(false, false));
                // عبد الملك is one given name in two words; محمد ابراهيم, two given names, is a full name
                c.compoundOnly = j - i == 2 && !(lex.given.containsKey(tokens.get(i).text().substring(first.prefix()))
                        && lex.given.containsKey(tokens.get(i + 1).text()));
                // the next word must be a name for certain: a given name that is no common word, or a listed
                // definite name (عمر البشير), or a particle (حسن بن علي); not any name (زیبا دنیا, "beautiful world")
                boolean nameFollows = j < tokens.size() && adjacent(j) && (startsPerson(j)
                        || isDefinite(tokens.get(j).text()) && givenAt(j, false) != null
                        || nisbaFamilyName(j)
                        || isParticle(j) && !"suffix".equals(lex.particles.get(tokens.get(j).text())));
                if (g.alsoWord() && !afterTitle && !nameFollows) {
                    return null;
                }
            } else if (kunyaAt(i) && i + 1 < tokens.size() && adjacent(i + 1) && nameOrDefinite(i + 1)) {
                c.particle = true;
                j = i + 2;
            } else if (bareStart && !isDefinite(tokens.get(i).text()) && isNameWord(i) && known[i] == null
                    && !endsInTaMarbuta(i) && !(tokens.get(i).text().charAt(0) == 'و' && !persianMode) && !(persianMode && (beforeVerb(i) || isPlural(tokens.get(i).text())))) {
                j = i + 1;
                unknown = 1;
            } else {
                return null;
            }
            while (j < tokens.size() && j - i < MAX_NAME_TOKENS && adjacent(j)) {
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
                if (role != null && !role.equals("suffix") && j + 1 < tokens.size() && adjacent(j + 1)
                        && j + 2 - i <= MAX_NAME_TOKENS
                        && nameOrDefinite(j + 1)) {
                    c.particle |= !role.equals("compound");
                    c.compoundOnly = false;
                    // عبد and the next word are one given name (هانى عبد الفتاح)
                    givenNames += role.equals("compound") ? 1 : 0;
                    boolean definite = isDefinite(tokens.get(j + 1).text());
                    j += 2;
                    // the family (آل ثاني) ends a name, and so does a definite word after بن (بن الخطاب)
                    if (role.equals("family") || definite && !role.equals("compound") && !role.equals("kunya")) {
                        break;
                    }
                    continue;
                }
                Hit g = givenAt(j, false);
                if (g != null) {
                    int length = compoundLength(j, g);
                    if (j + length - i > MAX_NAME_TOKENS) {
                        break;
                    }
                    j += length;
                    c.given = true;
                    c.compoundOnly = false;
                    givenNames++;
                    continue;
                }
                if (isDefinite(t)) {
                    // after a word no lexicon knows, a definite word is as often the object of the verb
                    // before the name (حضر علي خامنئي الاجتماع) as a family name; a nisba is a name
                    boolean mayEnd = unknown == 0 || looksLikeNisba(t);
                    if (mayEnd && looksLikeDefiniteName(t) && isDefiniteNameWord(j)
                            || known[j] != null && known[j].kind() == AliasKind.ADJECTIVAL && !persianMode) {
                        // the nisba or family name ends the name: محمد المصري
                        j++;
                        c.compoundOnly = false;
                        if (j < tokens.size() && adjacent(j) && "suffix".equals(lex.particles.get(tokens.get(j).text()))) {
                            // a family name in two words: أحمد العبد الله
                            j++;
                        } else if (!persianMode && t.startsWith(ARTICLE) && lex.given.containsKey(t.substring(ARTICLE.length()))
                                && j < tokens.size() && j - i < MAX_NAME_TOKENS && adjacent(j)
                                && isDefinite(tokens.get(j).text()) && looksLikeDefiniteName(tokens.get(j).text())
                                && isDefiniteNameWord(j)) {
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
                        && givenAt(j, false) == null;
                // a second unknown word written with ة is a noun after the name (داودي قامة), seldom a family name
                boolean noun = unknown > 0 && endsInTaMarbuta(j);
                if (isNameWord(j) && unknown < allowed && !conjunction && !noun
                        && !(persianMode && (beforeVerb(j) || isPlural(t)))) {
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
            if (c.particle && j - i < 2) {
                return null;
            }
            c.end = j;
            return c;
        }

        /** 2 when token i and the next, written apart, form a compound given name (عبد الفتاح, ذبیح الله). */
        private int compoundLength(int i, Hit hit) {
            return hit.form().length() > tokens.get(i).text().length() - hit.prefix() ? 2 : 1;
        }

        /**
         * A definite word shaped like a nisba that may end a name (الناصيري, الركراكي): after a given
         * name that is also a common word (سعيد, وليد) it is a family name, as adjectives of that shape
         * after such a word are the countries' the gazetteer knows (سعيد المصري is left alone).
         */
        private boolean nisbaFamilyName(int j) {
            String t = tokens.get(j).text();
            return !persianMode && isDefinite(t) && t.startsWith(ARTICLE) && looksLikeNisba(t) && looksLikeDefiniteName(t)
                    && t.length() >= 6 && isDefiniteNameWord(j) && givenAt(j, false) == null;
        }

        /** A given name at token i (after proclitics; written together with the next token for a compound). */
        private Hit givenAt(int i, boolean allowPrefix) {
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
        private boolean writtenAsName(int i, Given g, String form) {
            if (!g.endsInYa()) {
                return true;
            }
            int lastOriginal = n.originalStart(tokens.get(i).end() - 1);
            // Egypt writes every final ي as ى (سامى, هانى): only a stop word so written is not the name
            return text.charAt(lastOriginal) != ALEF_MAQSURA || !lex.maqsuraStops.contains(form);
        }

        private boolean kunyaAt(int i) {
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
        private boolean explained(int from, int to) {
            Mention m = known[from];
            return m != null && m.start() <= n.originalStart(tokens.get(from).begin())
                    && m.end() >= n.originalEnd(tokens.get(to - 1).end() - 1);
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
            return t.length() >= 5 && t.charAt(0) == 'ل' && !t.startsWith("لل") && proclitic(j, 1)
                    && givenAt(j, true) == null && isNameWord(j);
        }

        /** Whether a definite word follows the mention at token j: the adjective is inside a longer name then. */
        private boolean nameGoesOn(int j) {
            int after = tokenAfter(known[j], j);
            return after < tokens.size() && adjacent(after) && isDefinite(tokens.get(after).text()) && !isStop(after)
                    && known[after] == null && !startsWithConjunction(tokens.get(after).text());
        }

        /** Whether token i follows a name particle (عبد الملك: الملك is no title there). */
        private boolean afterParticle(int i) {
            return i > 0 && adjacent(i) && "compound".equals(lex.particles.get(tokens.get(i - 1).text()));
        }

        private boolean isParticle(int i) {
            return lex.particles.containsKey(tokens.get(i).text());
        }

        /** Whether a person's name starts at token i with a given name that is not also a common word. */
        private boolean startsPerson(int i) {
            Hit g = givenAt(i, false);
            return g != null && !lex.given.getOrDefault(g.form(), new Given(false, false)).alsoWord();
        }

        /** Whether a light verb follows token i: in Persian, i is then the noun of a compound verb (اضافه کرد). */
        private boolean beforeVerb(int i) {
            if (i + 1 >= tokens.size() || !adjacent(i + 1)) {
                return false;
            }
            String next = tokens.get(i + 1).text();
            // and the present of کردن and شدن: استیضاح نمی‌شوند, اعلام می‌کند
            return lex.lightVerbs.contains(next) || persianMode && (PRESENT_LIGHT_VERB.matcher(next).lookingAt()
                    || PAST_LIGHT_VERB.matcher(next).matches());
        }

        /**
         * A Persian plural (چهره‌ها, چهره‌های), or an Arabic broken plural in ا with the ezafe ی (اعضای,
         * وزرای, روسای "the members, ministers, heads of"): a noun, not a name. Not ه‌ای, the ending of
         * surnames such as خامنه‌ای.
         */
        private boolean isPlural(String t) {
            return persianMode && (t.length() > 4 && (t.endsWith("ها") || t.endsWith("هاي"))
                    || t.length() >= 4 && t.endsWith("اي") && t.charAt(t.length() - 3) != 'ه');
        }

        /** A definite word that may end a name: not a stop word, title, head, place cue or role word. */
        private boolean isDefiniteNameWord(int i) {
            String t = tokens.get(i).text();
            return isArabicWord(t) && !isStop(i) && !lex.qualifiers.contains(t) && title(i) == null
                    && headAt(i, lex.heads, true) == null && headAt(i, lex.places, true) == null
                    && known[i] == null && !startsWithConjunction(t) && !t.startsWith("لل");
        }

        /** An Arabic word written with tanween (تقدماً, "progress"): indefinite, a common word, never a name. */
        private boolean hasTanween(int i) {
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
        private boolean endsInTaMarbuta(int i) {
            return !persianMode && text.charAt(n.originalStart(tokens.get(i).end() - 1)) == 'ة';
        }

        /** What a particle may govern: a name, or any word that is not a stop word or cue (آل ثاني, بن الخطاب). */
        private boolean nameOrDefinite(int i) {
            String t = tokens.get(i).text();
            return givenAt(i, false) != null || isNameWord(i) || isArabicWord(t) && t.length() >= 2 && !isStop(i)
                    && title(i) == null && headAt(i, lex.heads, true) == null;
        }

        // ------------------------------------------------------------ cues

        private record TitleHit(Title title, String form, int end) {
        }

        /** A title starting at token i (its first word may carry proclitics: وقائد, للرئيس). */
        private TitleHit title(int i) {
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
        private String[] cores(int i) {
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
        private Hit headAt(int i, Map<String, Head> table, boolean anyArticle) {
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

        private boolean hasArticle(int i, Hit hit) {
            String t = tokens.get(i).text();
            return hit.absorbedArticle() || t.substring(0, hit.prefix()).endsWith(ARTICLE);
        }

        /** Whether t[0, p) is a run of proclitics (Arabic) or a glued preposition (Persian). */
        private boolean isPrefix(int i, int p, boolean withArticle) {
            String t = tokens.get(i).text();
            if (persianMode) {
                return proclitic(i, p);
            }
            if (!proclitic(i, p)) {
                return false;
            }
            return withArticle || !t.startsWith(ARTICLE, p - ARTICLE.length()) && !absorbsArticle(i, p);
        }

        private boolean absorbsArticle(int i, int p) {
            return !persianMode && (clitics[i] & (1 << (ABSORBS_SHIFT + p))) != 0;
        }

        /** Whether the first p characters of token i are a run of Arabic proclitics. */
        private boolean proclitic(int i, int p) {
            return (clitics[i] & (1 << p)) != 0;
        }

        // ------------------------------------------------------------ words

        /** A word that may be part of a name: Arabic letters, not a stop word, cue, head word or role word. */
        private boolean isNameWord(int i) {
            return nameWord.get(i, this::findNameWord);
        }

        private boolean findNameWord(int i) {
            String t = tokens.get(i).text();
            return t.length() >= 2 && isArabicWord(t) && !isStop(i) && !lex.qualifiers.contains(t) && title(i) == null
                    && !(persianMode ? false : hasPronounSuffix(t) || hasTanween(i))
                    && headAt(i, lex.heads, false) == null && headAt(i, lex.places, false) == null
                    && !lex.particles.containsKey(t) && !(persianMode ? false : isDefinite(t));
        }

        private boolean isStop(int i) {
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
            return persianVerbForm(t) && !lex.given.containsKey(t);
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

        /** Persian present and continuous verbs: می‌گوید, نمی‌شود (the joiner is gone after normalising). */
        private boolean persianVerbForm(String t) {
            return persianMode && t.length() >= 5 && (t.startsWith("مي") || t.startsWith("نمي") || t.endsWith("هاند")
                    || t.endsWith("هايم") || t.endsWith("هايد") || t.endsWith("هاست"));
        }

        private static boolean startsWithConjunction(String t) {
            return t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف') && (t.startsWith(ARTICLE, 1)
                    || t.startsWith("لل", 1) || t.startsWith("ب" + ARTICLE, 1));
        }

        /** An Arabic word with the article, after proclitics or fused with ل: الجيش, والجيش, بالجيش, للجيش. */
        private boolean isDefinite(String t) {
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
        private boolean looksLikeDefiniteName(String t) {
            return !lex.qualifiers.contains(t) && !t.endsWith("ات") && !t.endsWith("ين") && !t.endsWith("ون")
                    && t.length() >= 4;
        }

        /** After a title, a lone definite word ending like a nisba (الأمريكي, السودانية) qualifies the role. */
        private boolean looksLikeNisba(String t) {
            return t.endsWith("ي") || t.endsWith("يه");
        }

        /**
         * An Arabic noun with a preposition before it and a possessive pronoun after it (بحذره, لقواتها,
         * مواقفهم): never a name the lexicons do not know.
         */
        private static boolean hasPronounSuffix(String t) {
            boolean preposition = "بلكوف".indexOf(t.charAt(0)) >= 0;
            return t.length() >= 4 && preposition && t.endsWith("ه")
                    || t.length() >= 5 && (t.endsWith("ها") || t.endsWith("هم") || t.endsWith("هما") || t.endsWith("كم"));
        }

        /** An indefinite Arabic adjective after a place cue (منطقة عسكرية): not a place name. */
        private static boolean looksLikeAdjective(String t) {
            return t.length() >= 5 && t.endsWith("يه");
        }

        private boolean adjacent(int j) {
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

        private boolean commaBetween(int a, int b) {
            String between = n.text().substring(tokens.get(a).end(), tokens.get(b).begin()).strip();
            return between.equals("،") || between.equals(",");
        }

        /** The first token at or after j that starts after mention {@code m} ends. */
        private int tokenAfter(Mention m, int j) {
            int k = j + 1;
            while (k < tokens.size() && n.originalStart(tokens.get(k).begin()) < m.end()) {
                k++;
            }
            return k;
        }

        // ------------------------------------------------------------ output

        /**
         * Proposes tokens {@code [from, to)}; {@code lead} is the lexicon hit of the first token when
         * its proclitics are to be left out of the name.
         */
        private void emit(int from, Hit lead, int to, EntityType type, double strength, String rule) {
            if (to <= from || to - from > MAX_NAME_TOKENS + MAX_COMPLEMENT) {
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
        private int leadingClitics(String t) {
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
    }

    /** Answers per token, computed on first asking. */
    private static final class Memo<T> {
        private static final Object NONE = new Object();
        private final Object[] values;

        Memo(int size) {
            values = new Object[size];
        }

        @SuppressWarnings("unchecked")
        T get(int i, java.util.function.IntFunction<T> compute) {
            Object value = values[i];
            if (value == null) {
                T computed = compute.apply(i);
                values[i] = computed == null ? NONE : computed;
                return computed;
            }
            return value == NONE ? null : (T) value;
        }
    }

    private static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArabicWord(String t) {
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
