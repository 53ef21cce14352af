package org.comention.entity;

import java.util.List;
import org.comention.text.ArabicProclitics;
import org.comention.text.NormalizedText;
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
 * so a call is linear in the text. Immutable and thread-safe. The rules live in small classes, one a
 * family: {@link ArabicScriptTokens} (tokens and lexicon lookups, read from {@link ArabicScriptLexicons}),
 * {@link ArabicScriptPersons}, {@link ArabicScriptOrganisations}, {@link ArabicScriptPlaces} and
 * {@link ArabicScriptPersian}.
 */
public final class ArabicScriptNames implements NameRules {
    /** The longest name proposed, in tokens. */
    static final int MAX_NAME_TOKENS = 6;
    private static final String RESOURCES = "/comention/discovery/arabic-script/";

    private final ArabicProclitics proclitics = new ArabicProclitics();
    private final ArabicScriptLexicons arabic;
    private final ArabicScriptLexicons persian;

    /** Rules with the bundled lists. */
    public ArabicScriptNames(TextNormalizer normalizer) {
        this(normalizer, RESOURCES);
    }

    /** Rules with the lists in class-path folder {@code resources} (tests try malformed lists). */
    ArabicScriptNames(TextNormalizer normalizer, String resources) {
        this.arabic = new ArabicScriptLexicons(normalizer, "ar", resources);
        this.persian = new ArabicScriptLexicons(normalizer, "fa", resources);
    }

    @Override
    public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
        if (!ArabicScriptTokens.hasArabicLetter(normalized.text())) {
            // most of a multilingual corpus: no tokens to look up, no tables to fill
            return List.of();
        }
        ArabicScriptLexicons lexicons = ArabicScriptPersian.isPersian(text, lang) ? persian : arabic;
        ArabicScriptTokens d = new ArabicScriptTokens(proclitics, text, normalized, lexicons, lexicons == persian, known);
        ArabicScriptPersons persons = new ArabicScriptPersons(d);
        ArabicScriptPersian roleAfter = new ArabicScriptPersian(d);
        ArabicScriptOrganisations organisations = new ArabicScriptOrganisations(d);
        ArabicScriptPlaces places = new ArabicScriptPlaces(d);
        int personEnd = 0;
        int organisationEnd = 0;
        for (int i = 0; i < d.size(); i++) {
            if (!ArabicScriptTokens.isArabicWord(d.text(i))) {
                continue;
            }
            // a name found after a title is not looked for again from its second word (مرهف أبو كسرة)
            personEnd = Math.max(personEnd, persons.titled(i));
            roleAfter.titledAfter(i);
            if (i >= organisationEnd) {
                organisationEnd = Math.max(organisationEnd, organisations.organisation(i));
            }
            places.place(i);
            if (i >= personEnd) {
                personEnd = Math.max(personEnd, persons.person(i));
            }
        }
        return d.proposals();
    }
}
