package org.comention.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.comention.entity.LatinTokens.Gap;
import org.comention.entity.LatinTokens.Token;
import org.comention.text.LanguageCodes;
import org.comention.text.NormalizedText;
import org.comention.text.Scripts;
import org.comention.text.TextNormalizer;

/**
 * Discovery rules for Latin and Cyrillic script (English, French, Turkish, Russian; German,
 * Spanish and Ukrainian where the same rules serve): names are runs of capitalised words that
 * sentence starts do not explain, typed by the cue before them or the words inside them.
 *
 * <ul>
 *   <li>A run is capitalised words joined by single spaces, with connectors inside (bin, ibn, de,
 *       van, al, аль; "of", "and", ve, et only in an organisation's name) and hyphenated prefixes
 *       (al-Arabi, аль-Джалали); at most {@value #MAX_TOKENS} words: a longer run is a list or
 *       a title in capitals, and is skipped whole.</li>
 *   <li>A capitalised word opening a sentence is a name only when it is not a common word of
 *       the language (Lucene's snowball stop lists, months, weekdays, frequent openers), and, when
 *       it stands alone, only with other support: it is capitalised mid-sentence elsewhere in the
 *       text, it is a given name, an acronym, or carries a suffix after an apostrophe.</li>
 *   <li>A title or role (President, ministre, Cumhurbaşkanı, министр) ends the run before it and
 *       makes the run after it a PERSON; an organisation's head word (Ministry, Parti, Bakanlığı,
 *       министерство) anywhere in a run makes it an ORG, and a given name after the head starts
 *       a person (глава Минобороны Али Аббас); a place cue (city of, province, ili, область)
 *       makes it a GPE or LOC; a name right after a lowercase head word is that body
 *       (агентство «Интерфакс», l'agence Saba); a run that opens with a given name is a PERSON;
 *       otherwise the type is a low-strength guess, for the stage after to keep only on
 *       repetition.</li>
 *   <li>A capitalised article inside a sentence opens a name (selon Le Monde); an English
 *       possessive ends a name unless an organisation's name runs on (Tigray People's Liberation
 *       Front); a conjunction between two names the gazetteer knows splits them.</li>
 *   <li>Acronyms of 2 to {@value #MAX_ACRONYM} capitals (PKK, ОПЕК) are ORGs, but not Roman
 *       numerals, and not the words of a headline ({@value LatinTokens#HEADLINE_RUN} or more words in
 *       capitals).</li>
 *   <li>Spans cover whole tokens, with a Turkish case suffix or English possessive after an
 *       apostrophe (İmamoğlu'nun, Haftar's), and without a French elided article or preposition
 *       (l'Armée, d'Haftar) or a hyphenated lowercase tail (Iran-backed). The name drops the
 *       suffix, and a Russian case ending by the table in {@code cyrillic-endings.csv}
 *       (Лавровым to Лавров, Зеленского to Зеленский).</li>
 * </ul>
 *
 * <p>A name that lies inside one gazetteer mention of {@code known} is not proposed: it is the
 * gazetteer's. One that contains a mention is (Ali Mahmoud Abbas around Mahmoud Abbas), for the
 * stage after to weigh.
 *
 * <p>All lists are data ({@link LatinLexicon}). Words are compared in the matcher's form, read
 * out of the {@code normalized} text the caller passes, which must therefore be
 * {@link TextNormalizer#forMatching}'s (Cyrillic case endings stripped), as the matcher's is.
 * Cost is linear in the text: each token is read a bounded number of times (title lookahead is at
 * most the longest title's length, a run at most {@value #MAX_TOKENS} words before it is skipped).
 */
public final class LatinCyrillicNames implements NameRules {
    /** The most words a name can have; a longer capitalised run is not proposed. */
    static final int MAX_TOKENS = 6;
    /** The most letters an acronym can have. */
    static final int MAX_ACRONYM = 6;
    /** The most connectors in a row inside a name (of the, de la). */
    private static final int MAX_CONNECTORS = 2;
    /** Lowercase words a French or Spanish organisation's name may run on after its head (Forces de soutien rapide). */
    private static final int MAX_LOWER_TAIL = 3;
    /** A head word matches a longer word when what is left is this short (Müdürlüğüne, Partisi). */
    private static final int MAX_HEAD_TAIL = 4;
    private static final int MIN_HEAD_FOR_PREFIX = 5;

    static final double TITLE_FALLBACK = 0.8;
    static final double ORG_HEAD = 0.85;
    static final double PLACE_CUE = 0.8;
    static final double HEAD_BEFORE = 0.7;
    static final double GIVEN_NAME = 0.75;
    static final double ACRONYM = 0.6;
    static final double GUESS_SEVERAL = 0.5;
    /**
     * A run of {@value #MIN_MID_RUN} to {@value #MAX_MID_RUN} capitalised words inside a sentence, none of
     * them a common word: a writer capitalises such a run only for a name, so it needs no repetition
     * (at least {@link NameDiscovery#STRONG_CUE}).
     */
    static final double MID_SENTENCE_RUN = 0.75;
    static final int MIN_MID_RUN = 2;
    static final int MAX_MID_RUN = 4;
    /** Marks that quote a run; a single quote right after a word (Cerny'i) is the tokens' apostrophe, not seen here. */
    private static final String QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a";
    static final double GUESS_ONE = 0.4;

    /** Roman numerals in capitals (II, XIV, MMXX) read like acronyms but are not names. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private final LatinLexicon lexicon;
    private final LatinTokens reader;
    private final LatinLayout layout;
    /** The lists of every language with lists of its own, and of {@link LatinLexicon#ANY}. */
    private final Map<String, LatinLists> byLanguage;
    /** Declared languages read once each: ICU's reading of a tag costs microseconds a part. */
    private final LanguageCodes languages = new LanguageCodes();

    /** Loads the bundled lists, folded by {@code normalizer} as the matcher folds text. */
    public LatinCyrillicNames(TextNormalizer normalizer) {
        this.lexicon = LatinLexicon.bundled(normalizer);
        this.reader = new LatinTokens(lexicon);
        this.layout = new LatinLayout(lexicon);
        this.byLanguage = LatinLists.byLanguage(lexicon);
    }

    @Override
    public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
        if (!hasCapital(text)) {
            // every proposal starts at a capitalised Latin or Cyrillic word: an Arabic-script part has
            // none to offer, and would be tokenised for nothing
            return List.of();
        }
        LatinLists lists = LatinLists.forLanguage(byLanguage, languages.code(lang));
        List<Token> tokens = reader.read(text, normalized, lists.titles());
        boolean[] headline = LatinTokens.headlines(tokens);
        layout.markCredits(text, normalized, tokens, headline);
        boolean[] heading = layout.headings(text, normalized, tokens, lists.common());
        Map<String, Integer> capitalisedMidSentence = new HashMap<>();
        Run run = new Run(text, normalized, lists, tokens, headline, heading, capitalisedMidSentence, known);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.capitalised() && !t.sentenceStart() && !headline[k] && !heading[k]) {
                // through the run's cache of keys, which the scan reads again
                capitalisedMidSentence.merge(run.key(k), 1, Integer::sum);
            }
        }
        run.scan();
        return run.out;
    }

    /** Whether {@code text} has a capital a token could be capitalised by ({@link LatinTokens#isUpper}). */
    private static boolean hasCapital(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LatinTokens.isUpper(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- one call

    /** The state of one call: the tokens, the lists for the language, and what has been found. */
    private final class Run {
        final String text;
        final NormalizedText normalized;
        final LatinLists lists;
        final List<Token> tokens;
        final boolean[] headline;
        /** Words of Title Case headings, where only an acronym or a given name and surname is proposed. */
        final boolean[] heading;
        /** How often each word is capitalised away from a sentence start: a name's own evidence. */
        final Map<String, Integer> capitalisedMidSentence;
        final int[] knownStarts;
        final int[] knownMaxEnds;
        final List<DiscoveredName> out = new ArrayList<>();
        /** Where the title starting at each token ends (the token itself when none does), -1 until asked. */
        final int[] titleEnds;
        final String[] keys;
        /** The index of the next capitalised token after each token (a large number when none follows). */
        final int[] nextCapitalised;
        /** Per token, read once: whether it is a head word (0 not yet known, 1 no, 2 yes), and its common-word class. */
        final byte[] heads;
        final LatinLexicon.WordClass[] classes;
        final boolean[] classRead;

        Run(String text, NormalizedText normalized, LatinLists lists, List<Token> tokens, boolean[] headline, boolean[] heading,
            Map<String, Integer> capitalisedMidSentence, List<Mention> known) {
            this.heading = heading;
            this.text = text;
            this.normalized = normalized;
            this.lists = lists;
            this.tokens = tokens;
            this.headline = headline;
            this.capitalisedMidSentence = capitalisedMidSentence;
            this.titleEnds = new int[tokens.size()];
            this.keys = new String[tokens.size()];
            java.util.Arrays.fill(titleEnds, -1);
            this.nextCapitalised = new int[tokens.size()];
            int next = Integer.MAX_VALUE / 2;
            for (int k = tokens.size() - 1; k >= 0; k--) {
                nextCapitalised[k] = next;
                if (tokens.get(k).capitalised()) {
                    next = k;
                }
            }
            this.heads = new byte[tokens.size()];
            this.classes = new LatinLexicon.WordClass[tokens.size()];
            this.classRead = new boolean[tokens.size()];
            List<Mention> sorted = new ArrayList<>(known);
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
            knownStarts = new int[sorted.size()];
            knownMaxEnds = new int[sorted.size()];
            int maxEnd = -1;
            for (int k = 0; k < sorted.size(); k++) {
                knownStarts[k] = sorted.get(k).start();
                maxEnd = Math.max(maxEnd, sorted.get(k).end());
                knownMaxEnds[k] = maxEnd;
            }
        }

        void scan() {
            int n = tokens.size();
            int i = 0;
            while (i < n) {
                if (headline[i]) {
                    i++;
                    continue;
                }
                if (heading[i]) {
                    if (isNameWord(i) && isAcronym(i)) {
                        propose(i, i + 1, 0);
                    } else if (isNameWord(i) && isGivenName(i) && i + 1 < n && heading[i + 1] && joinable(i + 1)
                            && isNameWord(i + 1) && commonClass(i + 1) == null && titleEnd(i + 1) == i + 1) {
                        propose(i, i + 2, 0);
                        i += 2;
                        continue;
                    }
                    i++;
                    continue;
                }
                // a title matters before a name, or when capitalised itself (else it would be taken for one)
                int titleEnd = tokens.get(i).capitalised() || nextCapitalised[i] - i <= lexicon.longestTitle ? titleEnd(i) : i;
                if (titleEnd > i) {
                    double strength = lists.titles().getOrDefault(titleKey(i, titleEnd), TITLE_FALLBACK);
                    // titles in a row qualify one name: Emir Sheikh Tamim, CHP Genel Başkanı Özgür Özel
                    while (titleEnd < n && joinable(titleEnd) && titleEnd(titleEnd) > titleEnd) {
                        int next = titleEnd(titleEnd);
                        strength = Math.max(strength, lists.titles().getOrDefault(titleKey(titleEnd, next), TITLE_FALLBACK));
                        titleEnd = next;
                    }
                    if (titleEnd < n && joinable(titleEnd) && isNameWord(titleEnd) && !tokens.get(titleEnd - 1).suffix()) {
                        int end = extend(titleEnd);
                        if (end > 0) {
                            propose(titleEnd, end, strength);
                        }
                        i = Math.abs(end);
                        continue;
                    }
                    i = titleEnd;
                    continue;
                }
                if (isArticleOfAName(i)) {
                    // selon Le Monde, in The Hague: the capital says the article is the name's
                    int end = extend(i + 1);
                    if (end > 0) {
                        propose(i, end, 0);
                    }
                    i = Math.abs(end);
                    continue;
                }
                if (!isNameWord(i) || tokens.get(i).sentenceStart() && commonClass(i) == LatinLexicon.WordClass.SENTENCE_START) {
                    i++;
                    continue;
                }
                int end = extend(i);
                if (end > 0) {
                    propose(i, end, 0);
                }
                i = Math.abs(end);
            }
        }

        /**
         * The end of the name that starts at {@code i}, or minus the end of the run when the run is
         * longer than {@value #MAX_TOKENS} words up to its last capitalised word (then nothing in it is proposed).
         */
        int extend(int i) {
            int n = tokens.size();
            int lastName = i;
            int j = i + 1;
            int connectorsInRow = 0;
            boolean tooLong = false;
            if (!tokens.get(i).suffix() || tokens.get(i).possessive()) {
                while (j < n && joinable(j) && !headline[j]) {
                    if (isNameWord(j) && titleEnd(j) == j && (tokens.get(j).elided() == null || isComplement(j - 1))) {
                        lastName = j;
                        connectorsInRow = 0;
                    } else if (isConnector(j) && connectorsInRow < MAX_CONNECTORS
                            || isInnerHead(j) && connectorsInRow == 0) {
                        connectorsInRow++;
                    } else {
                        break;
                    }
                    j++;
                    // connectors after the last name word are not the name's (Tammy Abraham ve Wilfred Ndidi de vardı)
                    if (lastName - i + 1 > MAX_TOKENS) {
                        tooLong = true;
                    }
                    if (tokens.get(lastName).suffix() && !tokens.get(lastName).possessive() && lastName == j - 1) {
                        break;
                    }
                }
            }
            if (tooLong) {
                // read to the end of the run, so that none of its tails is taken for a name
                while (j < n && joinable(j) && (isNameWord(j) || isConnector(j))) {
                    j++;
                }
                return -j;
            }
            return lastName + 1;
        }

        /** Types the run {@code [from, to)} and adds it, split where its words say two names meet. */
        void propose(int from, int to, double titleStrength) {
            Token last = tokens.get(to - 1);
            if (to - from > 2 && last.suffix() && !last.possessive() && isKnown(to - 1) && isGivenName(from)) {
                // Yaşar Güler Şam'a: a known place in its case after a person's full name is not the person's
                add(from, to - 1, titleStrength);
                return;
            }
            int head = headIndex(from, to);
            if (head < 0 && to - from > 1 && isAcronym(from) && titleStrength == 0) {
                // CHP İstanbul, RSF leader: an acronym and a name beside it are two names
                add(from, from + 1, 0);
                propose(from + 1, to, 0);
                return;
            }
            for (int p = from; p < to - 1; p++) {
                if (tokens.get(p).possessive() && (head < 0 || head <= p || allKnown(from, p + 1))) {
                    // Egypt's Al Qahera News TV, Trump's envoy: a possessive ends a name unless an organisation's name runs on
                    add(from, p + 1, titleStrength);
                    propose(p + 1, to, 0);
                    return;
                }
            }
            for (int k = from + 1; k < to - 1; k++) {
                if (isConnector(k) && lexicon.connectors.get(key(k)) == LatinLexicon.ConnectorKind.AND
                        && (allKnown(from, k) || allKnown(k + 1, to))) {
                    // NATO ve Avrupa Birliği: a conjunction between names the gazetteer knows joins two names
                    add(from, trimConnectors(from, k), titleStrength);
                    propose(k + 1, to, 0);
                    return;
                }
            }
            if (head < 0) {
                int cut = firstOrgConnector(from, to);
                if (cut > 0) {
                    // Shehbaz Sharif of Pakistan: "of" joins only an organisation's words
                    add(from, trimConnectors(from, cut), titleStrength);
                    int next = cut;
                    while (next < to && isConnector(next)) {
                        next++;
                    }
                    if (next < to) {
                        propose(next, to, 0);
                    }
                    return;
                }
            }
            if (head < 0 && titleStrength == 0) {
                for (int g = from + 1; g < to; g++) {
                    if (isGivenName(g) && !isConnector(g - 1) && g < to - 1) {
                        boolean givenBefore = false;
                        boolean initials = true;
                        for (int k = from; k < g; k++) {
                            givenBefore |= isGivenName(k);
                            initials &= tokens.get(k).coreEnd() - tokens.get(k).coreStart() == 1;
                        }
                        givenBefore |= initials;
                        if (!givenBefore) {
                            // Кабуле Дмитрий Жирнов, Саудовской Аравии Абдель Азиз: a person starts at the given name
                            add(from, trimConnectors(from, g), 0);
                            propose(g, to, 0);
                            return;
                        }
                        break;
                    }
                }
            }
            if (head >= 0) {
                for (int g = head + 1; g < to; g++) {
                    if (isGivenName(g)) {
                        // глава Минобороны Али Махмуд Аббас: the body, then its head
                        add(from, trimConnectors(from, g), 0);
                        propose(g, to, 0);
                        return;
                    }
                }
            }
            add(from, to, titleStrength);
        }

        void add(int from, int to, double titleStrength) {
            // a known word inside a person's name is the gazetteer's mistake (Махмуд Аббас in Али Махмуд Аббас), not a place
            while (to - from > 1 && isCyrillic(from) && isKnown(from) && !isGivenName(from)) {
                // в Афганистане Жирнов, Минэнерго России: a known place beside a Russian name is not part of it
                from++;
            }
            int runEnd = to;
            while (to - from > 1 && isCyrillic(to - 1) && isKnown(to - 1) && !isGivenName(from)) {
                to--;
            }
            if (to == from + 1 && runEnd > to && tokens.get(from).allCaps() && isHead(from)) {
                // МИД Турции: an abbreviated common noun (foreign ministry) with its country describes that country's body
                return;
            }
            if (to <= from) {
                return;
            }
            if (tokens.get(to - 1).allCaps() && isHead(to - 1) && quotedNameAfter(to - 1)) {
                // ФК «Краснодар», ПАО «Аэрофлот»: the abbreviated head says what the quoted name is, and is not a name itself
                if (to - 1 > from) {
                    add(from, to - 1, titleStrength);
                }
                return;
            }
            if (headIndex(from, to) < 0) {
                // Israéliens du Liban, Egyptian Badr: a demonym before a name that is not an organisation's
                int k = from;
                // a given name that is also a common word (Umut, "hope") still opens a person's name
                while (k < to - 1 && (commonClass(k) == LatinLexicon.WordClass.NOT_ALONE && !isGivenName(k)
                        || isConnector(k))) {
                    k++;
                }
                if (k > from) {
                    add(k, to, titleStrength);
                    return;
                }
            }
            Token first = tokens.get(from);
            Token last = tokens.get(to - 1);
            int words = to - from;
            boolean allNotAlone = true;
            for (int k = from; k < to; k++) {
                // Libyan National Army: a nationality makes a body's words of common nouns one body's name
                allNotAlone &= isConnector(k) || commonClass(k) == LatinLexicon.WordClass.NOT_ALONE
                        && !(words > 1 && lexicon.demonyms.contains(key(k)) && headIndex(from, to) >= 0);
            }
            if (allNotAlone || key(from).length() < 2 && words == 1) {
                return;
            }
            int head = headIndex(from, to);
            if ((head > from + 1 && isKnown(from + 1) || head == from + 1 && hasHeadEnding(key(head)))
                    && first.sentenceStart() && !isKnown(from) && !isGivenName(from)
                    && !isHead(from) && !capitalisedMidSentence.containsKey(key(from))) {
                // Karar Mersin Valiliği tarafından: a body's name opens with its place, and an ordinary
                // word before the place at a sentence start is the sentence's
                add(from + 1, to, titleStrength);
                return;
            }
            boolean lowerTail = head >= 0 && lists.lowerTail();
            int tailEnd = lowerTail ? lowerTail(to) : to;
            EntityType type;
            double strength;
            String rule;
            LatinLexicon.PlaceCue place = placeCue(from, to);
            if (head >= 0 && words == 1 && tailEnd == to && !isAcronym(from)) {
                // a head word alone (Police, Meclis'te, Минобороны) is a name only where a common noun would not be capitalised;
                // a word whose ending is a body's (Alanyaspor) is a name
                boolean ending = hasHeadEnding(key(from));
                if (!ending && !supported(from)) {
                    return;
                }
                type = EntityType.ORG;
                strength = ending ? ORG_HEAD : GUESS_SEVERAL;
                rule = (ending ? "org-ending:" : "org-head-alone:") + key(from);
            } else if (head >= 0) {
                type = EntityType.ORG;
                strength = ORG_HEAD;
                rule = "org-head:" + key(head);
            } else if (from > 0 && (!isCapitalisedWord(from - 1) || quotedNameAfter(from - 1) && tokens.get(from - 1).allCaps())
                    && isHead(from - 1) && (first.quoted() || joinable(from))) {
                // агентство «Интерфакс», l'agence Saba: the head word before a name says what it names
                type = EntityType.ORG;
                strength = first.quoted() ? ORG_HEAD : HEAD_BEFORE;
                rule = "after-head:" + key(from - 1);
            } else if (place != null && !place.before() && place.inName()) {
                // Губернатор Вологодской области: a place cue after the words outweighs the title before them
                type = place.type();
                strength = PLACE_CUE;
                rule = "place-cue:" + String.join(" ", place.words());
            } else if (titleStrength > 0) {
                type = EntityType.PERSON;
                strength = titleStrength;
                rule = "title";
            } else if (place != null) {
                type = place.type();
                strength = PLACE_CUE;
                rule = "place-cue:" + String.join(" ", place.words());
            } else if (isGivenName(from) && words >= 2 && words <= 4) {
                type = EntityType.PERSON;
                strength = GIVEN_NAME;
                rule = "given-name";
            } else if (words == 1 && isAcronym(from)) {
                type = EntityType.ORG;
                strength = ACRONYM;
                rule = "acronym";
            } else if (words == 1) {
                if (first.allCaps() || !supported(from)) {
                    return;
                }
                type = EntityType.PERSON;
                strength = GUESS_ONE;
                rule = isGivenName(from) ? "given-name" : "capitalised";
            } else {
                if (first.sentenceStart() && !isGivenName(from) && (commonClass(from) != null
                        || !supported(from) && capitalisedMidSentence.getOrDefault(key(from + 1), 0) > 1)) {
                    // Polisler İmamoğlu'nun: an ordinary word opens the sentence before a name
                    add(from + 1, to, 0);
                    return;
                }
                type = EntityType.PERSON;
                boolean mid = midSentenceRun(from, to);
                strength = mid ? MID_SENTENCE_RUN : GUESS_SEVERAL;
                rule = mid ? "capitalised-mid" : "capitalised";
            }
            int nameFrom = from;
            if (place != null && place.inName() && type == place.type()) {
                // mer Rouge, Курской области: the cue is part of the name
                if (place.before()) {
                    int cueWords = place.words().size() - (first.elided() != null ? 1 : 0);
                    nameFrom = Math.max(0, from - cueWords);
                } else if (!key(to - 1).equals(place.words().get(place.words().size() - 1))) {
                    tailEnd = Math.min(tokens.size(), to + place.words().size());
                    to = tailEnd;
                    last = tokens.get(to - 1);
                }
            }
            int start = tokens.get(nameFrom).coreStart();
            Token end = tokens.get(tailEnd - 1);
            int stop = tailEnd > to ? end.spanEnd() : last.suffix() ? last.end() : last.spanEnd();
            // the gazetteer's mention of İstanbul'da ends at the apostrophe: compare the words, not the suffix
            if (insideKnown(start, Math.min(stop, last.coreEnd()))) {
                return;
            }
            out.add(new DiscoveredName(start, stop, tokens.get(nameFrom).normalizedStart(), name(nameFrom, tailEnd), type, strength,
                    rule));
        }

        /**
         * Whether {@code [from, to)} is a run of {@value #MIN_MID_RUN} to {@value #MAX_MID_RUN} capitalised words that
         * nothing but a name explains: not at a sentence start (nor after a colon, a bullet or a line
         * break, which open one), not in quotes, not in a language that capitalises every noun, and with
         * no common word, word the gazetteer knows or noun compound's head in it (a title-case phrase of
         * common words, Foreign Ministry, is a head's or a title's to type).
         */
        boolean midSentenceRun(int from, int to) {
            int capitalised = 0;
            for (int k = from; k < to; k++) {
                if (isConnector(k)) {
                    continue;
                }
                // a word the gazetteer knows (a place, a body) makes the run a description or an event
                // named after it (Texhibition İstanbul Fuarı) as often as an unknown person's name
                if (!tokens.get(k).capitalised() || commonClass(k) != null || tokens.get(k).allCaps() || isKnown(k)) {
                    return false;
                }
                capitalised++;
            }
            Token first = tokens.get(from);
            Token last = tokens.get(to - 1);
            return capitalised >= MIN_MID_RUN && capitalised <= MAX_MID_RUN && !first.sentenceStart() && !first.quoted()
                    && !isQuote(first.start() - 1) && !isQuote(last.end()) && !lists.nounsCapitalised()
                    && !isCompoundHead(to - 1);
        }

        /**
         * Whether token {@code k} ends as the head of a noun compound of its language (Turkish
         * Verimliliği, Planlaması, Toplantısı): a capitalised run that ends in one is a title-case
         * phrase of nouns (Enerji Verimliliği) as often as a name, and a person's name rarely ends so.
         */
        boolean isCompoundHead(int k) {
            String word = key(k);
            for (String ending : lists.compoundEndings()) {
                if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@code text[at]} is a quotation mark, single ones included: a run quoted is a title
         * (of a meeting, a book, a slogan) as often as a name.
         */
        boolean isQuote(int at) {
            return at >= 0 && at < text.length() && QUOTE_MARKS.indexOf(text.charAt(at)) >= 0;
        }

        /** A lone capitalised word is proposed only when something besides its capital says it is a name. */
        boolean supported(int k) {
            Token t = tokens.get(k);
            if (commonClass(k) == LatinLexicon.WordClass.NOT_ALONE) {
                return false;
            }
            if (!t.sentenceStart() && !lists.nounsCapitalised()) {
                return true;
            }
            if (lists.nounsCapitalised()) {
                return t.prefixed() || isGivenName(k);
            }
            return t.suffix() || t.prefixed() || isGivenName(k) || capitalisedMidSentence.containsKey(key(k));
        }

        /** The token after which lowercase words of a French organisation's name end (Forces de soutien rapide). */
        int lowerTail(int to) {
            int j = to;
            int lower = 0;
            int lastWord = to;
            while (j < tokens.size() && joinable(j) && lower < MAX_LOWER_TAIL && !tokens.get(j - 1).suffix()) {
                Token t = tokens.get(j);
                if (t.capitalised() || titleEnd(j) > j || commonClass(j) == LatinLexicon.WordClass.STOP && !isConnector(j)) {
                    break;
                }
                if (isKnown(j)) {
                    break;
                }
                if (isConnector(j)) {
                    if (j > to) {
                        break;
                    }
                } else if (j == to && tokens.get(to - 1).suffix()) {
                    break;
                } else if (j == to && isHead(to - 1) && !isAdjective(j)) {
                    // a head takes a complement (Forces de soutien) or an adjective (Parti démocratique), not a verb (l'Armée dément)
                    break;
                } else if (j == to && isHead(to - 1)) {
                    lower++;
                    lastWord = j + 1;
                } else if (j == to) {
                    // an adjective after the name's last capitalised word: Alliance des États sahéliens
                    if (isAdjective(j)) {
                        lastWord = j + 1;
                    }
                    break;
                } else {
                    lower++;
                    lastWord = j + 1;
                }
                j++;
            }
            return lower == 0 ? to : lastWord;
        }

        String name(int from, int to) {
            StringBuilder name = new StringBuilder();
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (k > from) {
                    Token before = tokens.get(k - 1);
                    name.append(t.gap() == Gap.ABBREVIATION ? ". " : " ");
                    if (before.coreEnd() < before.end() && !before.suffix() && before.spanEnd() == before.coreEnd()) {
                        // the lowercase tail of a hyphenated word inside a name is the name's
                        name.setLength(name.length() - 1);
                        name.append(text, before.coreEnd(), before.end()).append(' ');
                    }
                }
                String word = text.substring(t.coreStart(), t.possessive() && k < to - 1 ? t.end() : t.coreEnd());
                name.append(isCyrillic(k) ? withoutCaseEnding(word) : word);
            }
            return name.toString();
        }

        int titleEnd(int i) {
            if (titleEnds[i] < 0) {
                titleEnds[i] = findTitleEnd(i);
            }
            return titleEnds[i];
        }

        private int findTitleEnd(int i) {
            int n = tokens.size();
            String word = key(i);
            int best = lists.titles().containsKey(word) ? i + 1 : i;
            // most words open no title of several words: no string is built for them
            if (i + 1 >= n || tokens.get(i).suffix() || !lexicon.titlePrefixes.contains(word) || !joinable(i + 1)) {
                return best;
            }
            StringBuilder phrase = new StringBuilder(word);
            for (int j = i + 1; j < n && j - i < lexicon.longestTitle; j++) {
                if (!joinable(j)) {
                    break;
                }
                phrase.append(' ').append(key(j));
                String words = phrase.toString();
                if (lists.titles().containsKey(words)) {
                    best = j + 1;
                }
                if (!lexicon.titlePrefixes.contains(words)) {
                    break;
                }
                if (tokens.get(j).suffix()) {
                    break;
                }
            }
            return best;
        }

        String titleKey(int from, int to) {
            StringBuilder phrase = new StringBuilder();
            for (int k = from; k < to; k++) {
                phrase.append(k > from ? " " : "").append(key(k));
            }
            return phrase.toString();
        }

        /** The first word of {@code [from, to)} that is an organisation's head word, or -1. */
        int headIndex(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!isConnector(k) && isHead(k)) {
                    return k;
                }
            }
            return -1;
        }

        boolean isHead(int k) {
            if (heads[k] == 0) {
                heads[k] = (byte) (isHead(key(k)) ? 2 : 1);
            }
            return heads[k] == 2;
        }

        private boolean isHead(String key) {
            if (lists.heads().contains(key) || lists.englishHeads().contains(key) || hasHeadEnding(key)) {
                return true;
            }
            // Turkish heads take case suffixes without an apostrophe (Müdürlüğüne, Bakanlığının); an
            // English head inside a longer word is no head (Guard in Guardiola)
            for (int cut = 1; cut <= MAX_HEAD_TAIL && key.length() - cut >= MIN_HEAD_FOR_PREFIX; cut++) {
                String stem = key.substring(0, key.length() - cut);
                if (lists.suffixedHeads().contains(stem)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the token after {@code k} opens a quoted name (ФК «Краснодар»). */
        boolean quotedNameAfter(int k) {
            return k + 1 < tokens.size() && tokens.get(k + 1).quoted() && isNameWord(k + 1);
        }

        /** Whether {@code key} ends as a body's name of the language does (Alanyaspor, Kasımpaşaspor). */
        private boolean hasHeadEnding(String key) {
            for (String ending : lists.headEndings()) {
                if (key.endsWith(ending) && key.length() > ending.length() + 2) {
                    return true;
                }
            }
            return false;
        }

        LatinLexicon.PlaceCue placeCue(int from, int to) {
            // only the cues that the words around the name could complete are tried, in the list's order
            Token opening = tokens.get(from);
            Map<String, int[]> byWord = lists.placesByWord();
            int[] a = opening.elided() == null ? null : byWord.get("<" + opening.elided());
            int[] b = from == 0 ? null : byWord.get("<" + key(from - 1));
            int[] c = byWord.get(">" + key(to - 1));
            int[] d = to >= tokens.size() ? null : byWord.get(">" + key(to));
            int ia = 0;
            int ib = 0;
            int ic = 0;
            int id = 0;
            while (true) {
                // each array is in the list's order: the least index left is the next cue of the list
                int next = Math.min(Math.min(at(a, ia), at(b, ib)), Math.min(at(c, ic), at(d, id)));
                if (next == Integer.MAX_VALUE) {
                    return null;
                }
                LatinLexicon.PlaceCue cue = lists.places().get(next);
                if (isPlaceCue(cue, from, to)) {
                    return cue;
                }
                ia += at(a, ia) == next ? 1 : 0;
                ib += at(b, ib) == next ? 1 : 0;
                ic += at(c, ic) == next ? 1 : 0;
                id += at(d, id) == next ? 1 : 0;
            }
        }

        private static int at(int[] cues, int i) {
            return cues == null || i >= cues.length ? Integer.MAX_VALUE : cues[i];
        }

        /** Whether place cue {@code cue} stands before or after the name {@code [from, to)}. */
        private boolean isPlaceCue(LatinLexicon.PlaceCue cue, int from, int to) {
            List<String> words = cue.words();
            if (cue.before()) {
                int k = from - 1;
                int w = words.size() - 1;
                Token first = tokens.get(from);
                if (first.elided() != null && words.get(w).equals(first.elided())) {
                    w--;
                }
                boolean ok = w < 0 || joinable(from) || first.elided() != null;
                for (; ok && w >= 0; w--, k--) {
                    ok = k >= 0 && key(k).equals(words.get(w)) && (w == 0 || joinable(k));
                }
                return ok && w < 0;
            }
            if (words.size() == 1 && key(to - 1).equals(words.get(0)) && to - from > 1) {
                return true;
            }
            boolean ok = true;
            for (int w = 0; ok && w < words.size(); w++) {
                int k = to + w;
                ok = k < tokens.size() && joinable(k) && key(k).equals(words.get(w));
            }
            return ok;
        }

        int firstOrgConnector(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                LatinLexicon.ConnectorKind kind = isConnector(k) ? lexicon.connectors.get(key(k)) : null;
                if (kind == LatinLexicon.ConnectorKind.ORG || kind == LatinLexicon.ConnectorKind.AND) {
                    return k;
                }
            }
            return -1;
        }

        int trimConnectors(int from, int to) {
            while (to > from && isConnector(to - 1)) {
                to--;
            }
            return to;
        }

        boolean isNameWord(int k) {
            Token t = tokens.get(k);
            return t.capitalised() && !headline[k] && commonClass(k) != LatinLexicon.WordClass.STOP
                    && commonClass(k) != LatinLexicon.WordClass.ARTICLE
                    && !(t.allCaps() && LatinTokens.letters(text, t.coreStart(), t.coreEnd()) > MAX_ACRONYM && !t.suffix());
        }

        /** Whether token {@code k} is "de", "du" or "la", after which an elided word stays in the name (Conseil de l'Europe). */
        boolean isComplement(int k) {
            return isConnector(k) && lexicon.connectors.get(key(k)) == LatinLexicon.ConnectorKind.BOTH;
        }

        boolean isCapitalisedWord(int k) {
            return tokens.get(k).capitalised();
        }

        /**
         * Whether token {@code k} is a lowercase Russian head word between capitalised words
         * (Национальная партия Бангладеш): Russian capitalises only a name's first word.
         */
        boolean isInnerHead(int k) {
            return !tokens.get(k).capitalised() && isCyrillic(k) && isHead(k) && k + 1 < tokens.size() && joinable(k + 1)
                    && isNameWord(k + 1);
        }

        boolean isArticleOfAName(int k) {
            Token t = tokens.get(k);
            return t.capitalised() && !t.sentenceStart() && !headline[k] && commonClass(k) == LatinLexicon.WordClass.ARTICLE
                    && k + 1 < tokens.size() && joinable(k + 1) && isNameWord(k + 1) && titleEnd(k + 1) == k + 1;
        }

        boolean isConnector(int k) {
            Token t = tokens.get(k);
            return !t.capitalised() && t.elided() == null && lexicon.connectors.containsKey(key(k));
        }

        boolean isAcronym(int k) {
            Token t = tokens.get(k);
            int letters = LatinTokens.letters(text, t.coreStart(), t.coreEnd());
            // words in capitals side by side are a name or a phrase in capitals (By JOHN SMITH), not acronyms
            boolean capsAround = k > 0 && joinable(k) && tokens.get(k - 1).allCaps()
                    || k + 1 < tokens.size() && joinable(k + 1) && tokens.get(k + 1).allCaps();
            return t.allCaps() && letters >= 2 && letters <= MAX_ACRONYM && !capsAround
                    && !ROMAN_NUMERAL.matcher(text.subSequence(t.coreStart(), t.coreEnd())).matches() && commonClass(k) == null;
        }

        boolean allKnown(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!isConnector(k) && !isKnown(k)) {
                    return false;
                }
            }
            return to > from;
        }

        /** Whether token {@code k} ends like an adjective of the language (national, sénégalais, démocratique). */
        boolean isAdjective(int k) {
            String word = key(k);
            for (String ending : lists.adjectiveEndings()) {
                if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                    return true;
                }
            }
            return false;
        }

        boolean isKnown(int k) {
            return insideKnown(tokens.get(k).coreStart(), tokens.get(k).coreEnd());
        }

        /** Token {@code k} in the matcher's form, cut out of the normalised text the first time it is asked for. */
        String key(int k) {
            if (keys[k] == null) {
                Token t = tokens.get(k);
                keys[k] = normalized.text().substring(t.normalizedStart(), t.normalizedEnd()).strip();
            }
            return keys[k];
        }

        boolean isGivenName(int k) {
            return lexicon.givenNames.contains(key(k));
        }

        LatinLexicon.WordClass commonClass(int k) {
            if (!classRead[k]) {
                classes[k] = lists.common().get(key(k));
                classRead[k] = true;
            }
            return classes[k];
        }

        boolean joinable(int k) {
            if (k == 0 || tokens.get(k).gap() == Gap.OTHER) {
                return false;
            }
            Token before = tokens.get(k - 1);
            return !before.suffix() || before.possessive();
        }

        boolean isCyrillic(int k) {
            return Scripts.of(text.charAt(tokens.get(k).coreStart())) == Scripts.CYRILLIC;
        }

        /** Whether {@code [start, end)} lies inside one gazetteer mention: the gazetteer's, not ours. */
        boolean insideKnown(int start, int end) {
            int lo = 0;
            int hi = knownStarts.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (knownStarts[mid] <= start) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && knownMaxEnds[last] >= end;
        }
    }

    /** {@code word} without a Russian or Ukrainian case ending, by the table in {@code cyrillic-endings.csv}. */
    String withoutCaseEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (LatinLexicon.Ending ending : lexicon.endings) {
            if (!lower.endsWith(ending.ending())) {
                continue;
            }
            String stem = lower.substring(0, lower.length() - ending.ending().length());
            for (String after : ending.after()) {
                if (stem.endsWith(after) && stem.length() >= 3) {
                    return word.substring(0, stem.length()) + ending.replacement();
                }
            }
        }
        return word;
    }

}
