package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.comention.text.NormalizedText;
import org.comention.text.RandomText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule per test: the span as written, the bare name, and the type each rule gives. */
class LatinCyrillicNamesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final LatinCyrillicNames RULES = new LatinCyrillicNames(NORMALIZER);

    private static List<DiscoveredName> find(String text, String lang, List<Mention> known) {
        NormalizedText normalized = NORMALIZER.forMatching(text);
        return RULES.find(text, normalized, lang, known);
    }

    private static List<DiscoveredName> find(String text, String lang) {
        return find(text, lang, List.of());
    }

    /** Every proposal as "span|name|TYPE". */
    private static List<String> spans(String text, String lang) {
        return find(text, lang).stream()
                .map(d -> text.substring(d.start(), d.end()) + "|" + d.name() + "|" + d.type()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Foreign Minister Badr Abdelatty said the talks would resume.;en;Badr Abdelatty|Badr Abdelatty|PERSON",
        "A statement from le président Joseph Aoun followed.;fr;Joseph Aoun|Joseph Aoun|PERSON",
        "Заявил министр Сергей Шойгу вчера.;ru;Сергей Шойгу|Сергей Шойгу|PERSON",
        "Açıklamayı Cumhurbaşkanı Yardımcısı Cevdet Yılmaz yaptı.;tr;Cevdet Yılmaz|Cevdet Yılmaz|PERSON",
        "Meeting with Emir Sheikh Tamim bin Hamad was held.;en;Tamim bin Hamad|Tamim bin Hamad|PERSON",
    })
    void aTitleMakesTheNameAfterItAPerson(String text, String lang, String expected) {
        List<String> found = spans(text, lang);
        assertTrue(found.contains(expected), found.toString());
        DiscoveredName name = find(text, lang).stream()
                .filter(d -> d.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertTrue(name.strength() >= 0.8, "a title is a strong cue: " + name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "He was backed by the Libyan National Army last year.;en;Libyan National Army",
        "Officials at the Bank of England declined.;en;Bank of England",
        "Meclis'te Halkların Eşitlik ve Demokrasi Partisi milletvekilleri vardı.;tr;Halkların Eşitlik ve Demokrasi Partisi",
        "Gözaltına alınarak İstanbul Emniyet Müdürlüğüne götürüldü.;tr;İstanbul Emniyet Müdürlüğüne",
        "Le groupe des Forces de soutien rapide (FSR) a pris la ville.;fr;Forces de soutien rapide",
        "Об этом сообщили в Минобороны вечером.;ru;Минобороны",
        "Dosya dün Mersin Cumhuriyet Başsavcılığı'na gönderildi.;tr;Mersin Cumhuriyet Başsavcılığı'na",
        "Karar dün Mersin Valiliği tarafından açıklandı.;tr;Mersin Valiliği",
        "Tutuklama talebiyle Sulh Ceza Hakimliği'ne sevk edildi.;tr;Sulh Ceza Hakimliği'ne",
    })
    void anOrganisationsHeadWordMakesItAnOrg(String text, String lang, String surface) {
        assertTrue(spans(text, lang).stream().anyMatch(s -> s.startsWith(surface + "|") && s.endsWith("|ORG")),
                spans(text, lang).toString());
    }

    @Test
    void aPlaceCueMakesItAPlace() {
        assertTrue(spans("Fighting spread to the city of Kassala overnight.", "en").contains("Kassala|Kassala|GPE"));
        assertTrue(spans("Clashes continued in Idlib Province on Monday.", "en").contains("Idlib Province|Idlib Province|GPE"));
        assertTrue(spans("Ils ont pris la ville d'El-Facher hier.", "fr").contains("El-Facher|El-Facher|GPE"));
    }

    @Test
    void commonWordsOpeningASentenceAreNotNames() {
        assertEquals(List.of(), spans("However the talks ended. On Monday they resumed. Selon lui, rien.", "en"));
        assertEquals(List.of(), spans("Однако переговоры продолжились.", "ru"));
        assertEquals(List.of(), spans("Ancak görüşmeler sürdü.", "tr"));
    }

    @Test
    void aLoneWordOpeningASentenceNeedsSupport() {
        // nothing else says "Negotiators" is a name; "Wagner" is capitalised mid-sentence too
        assertEquals(List.of(), spans("Negotiators met in the morning.", "en"));
        List<String> found = spans("Wagner arrived in April. Later the Wagner convoy left.", "en");
        assertEquals(2, found.stream().filter(s -> s.startsWith("Wagner|")).count(), found.toString());
    }

    @Test
    void monthsWeekdaysAndStopWordsBreakNames() {
        assertEquals(List.of(), spans("the talks on Tuesday October 7 ended", "en"));
        assertEquals(List.of("Khalifa Haftar|Khalifa Haftar|PERSON"), spans("In 2014 Khalifa Haftar launched it", "en"));
        assertEquals(List.of("Theresa May|Theresa May|PERSON"), spans("a speech by Theresa May in June", "en"));
        assertEquals(List.of("Putin|Putin|PERSON"), spans("said on Tuesday Putin would", "en"));
    }

    @Test
    void connectorsStayInsideNames() {
        assertTrue(spans("a visit by Mohammed bin Abdulrahman Al Thani to Cairo", "en")
                .contains("Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani|PERSON"));
        assertTrue(spans("the legacy of Charles de Gaulle endures", "en").stream().anyMatch(s -> s.startsWith("Charles de Gaulle|")));
        assertTrue(spans("the Egyptian President Abdel-Fattah el-Sissi spoke", "en")
                .contains("Abdel-Fattah el-Sissi|Abdel-Fattah el-Sissi|PERSON"));
        assertTrue(spans("в интервью Мухаммад Гази аль-Джалали заявил", "ru").stream()
                .anyMatch(s -> s.startsWith("Мухаммад Гази аль-Джалали|")));
    }

    @Test
    void ofJoinsOnlyAnOrganisationsWords() {
        List<String> found = spans("said Shehbaz Sharif of Pakistan today", "en");
        assertTrue(found.contains("Shehbaz Sharif|Shehbaz Sharif|PERSON"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith("Shehbaz Sharif of")), found.toString());
    }

    @Test
    void initialsAndHyphenatedTails() {
        assertTrue(spans("a book by J. Robert Oppenheimer appeared", "en").stream()
                .anyMatch(s -> s.startsWith("J. Robert Oppenheimer|J. Robert Oppenheimer|")), spans("a book by J. Robert Oppenheimer appeared", "en").toString());
        // the lowercase tail of Iran-backed is not part of the name the annotator copies
        assertTrue(spans("the Tehran and Iran-backed militias", "en").contains("Iran|Iran|PERSON"));
    }

    @Test
    void acronymsAreOrganisationsButNotRomanNumeralsOrHeadlines() {
        List<String> found = spans("Fighting between the RSF and the SAF went on, said ОПЕК.", "en");
        assertTrue(found.contains("RSF|RSF|ORG") && found.contains("SAF|SAF|ORG") && found.contains("ОПЕК|ОПЕК|ORG"), found.toString());
        assertEquals(List.of(), spans("the reign of Pope Leo XIV began", "en").stream().filter(s -> s.startsWith("XIV")).toList());
        assertEquals(List.of(), spans("sabah\nEVİNE POLİS BASKINI YAPILDI\nakşam", "tr"));
        assertEquals(List.of("JOHN SMITH|JOHN SMITH|PERSON"), spans("a report by JOHN SMITH here", "en"));
    }

    @Test
    void turkishSuffixAfterAnApostropheIsInTheSpanNotTheName() {
        String text = "Bu sabah Bakırhan, Erdoğan'ın çağrısına yanıt verdi.";
        List<String> found = spans(text, "tr");
        assertTrue(found.contains("Erdoğan'ın|Erdoğan|PERSON"), found.toString());
        assertTrue(spans("dedi ki Ekrem İmamoğlu’nun avukatı", "tr").contains("Ekrem İmamoğlu’nun|Ekrem İmamoğlu|PERSON"));
    }

    @Test
    void russianCaseEndingsLeaveTheName() {
        assertTrue(spans("встретился с Сергеем Лавровым вчера", "ru").stream()
                .anyMatch(s -> s.startsWith("Сергеем Лавровым|Сергей Лавров|")), spans("встретился с Сергеем Лавровым вчера", "ru").toString());
        assertEquals("Зеленский", RULES.withoutCaseEnding("Зеленского"));
        assertEquals("Лавров", RULES.withoutCaseEnding("Лавровым"));
        assertEquals("Песков", RULES.withoutCaseEnding("Песков"));
        assertEquals("Дмитрий", RULES.withoutCaseEnding("Дмитрий"));
    }

    @Test
    void frenchElisionIsOutsideTheSpanAndTheName() {
        String text = "les forces d'Haftar et l'Armée nationale libyenne";
        List<DiscoveredName> found = find(text, "fr");
        DiscoveredName haftar = found.stream().filter(d -> d.name().equals("Haftar")).findFirst().orElseThrow();
        assertEquals("Haftar", text.substring(haftar.start(), haftar.end()));
        assertTrue(found.stream().anyMatch(d -> text.substring(d.start(), d.end()).startsWith("Armée")
                && d.type() == EntityType.ORG), found.toString());
        // a capital L' inside a sentence belongs to the name
        assertTrue(spans("au quotidien L'Orient-Le Jour hier", "fr").stream().anyMatch(s -> s.startsWith("L'Orient-Le Jour|")));
    }

    @Test
    void demonymsAloneAreNotNames() {
        assertEquals(List.of(), spans("The talks with Egyptian and Qatari mediators went on", "en"));
        assertEquals(List.of(), spans("le retrait des Israéliens reste exigé", "fr"));
    }

    @Test
    void whatTheGazetteerCoversIsLeftToIt() {
        String text = "a call from Qatar’s leader and from Ali Mahmoud Abbas";
        int qatar = text.indexOf("Qatar");
        int mahmoud = text.indexOf("Mahmoud");
        List<Mention> known = List.of(new Mention(0, AliasKind.NAME, qatar, qatar + 5, qatar),
                new Mention(1, AliasKind.NAME, mahmoud, text.length(), mahmoud));
        List<String> found = find(text, "en", known).stream().map(d -> text.substring(d.start(), d.end())).toList();
        // Qatar’s is the gazetteer's; the longer name around Mahmoud Abbas is proposed, for the stage after to weigh
        assertEquals(List.of("Ali Mahmoud Abbas"), found);
    }

    @Test
    void spansAreOffsetsIntoTheOriginalAndTheNormalisedText() {
        String text = "Hier, à Paris,   le général Mohamed Hamdane Daglo a parlé.";
        NormalizedText normalized = NORMALIZER.forMatching(text);
        DiscoveredName name = RULES.find(text, normalized, "fr", List.of()).stream()
                .filter(d -> d.name().startsWith("Mohamed")).findFirst().orElseThrow();
        assertEquals("Mohamed Hamdane Daglo", text.substring(name.start(), name.end()));
        assertEquals("mohamed", normalized.text().substring(name.normalizedStart(), name.normalizedStart() + 7));
    }

    @Test
    void aLongCapitalisedRunIsSkippedWholeAndCostsLinearTime() {
        StringBuilder text = new StringBuilder("said ");
        for (int i = 0; i < 100_000; i++) {
            text.append("Abc").append(i % 26 == 0 ? "" : Character.toString('a' + i % 26)).append(' ');
        }
        List<DiscoveredName> found = find(text.toString(), "en");
        assertEquals(List.of(), found, "a run longer than " + LatinCyrillicNames.MAX_TOKENS + " words is not a name");
        // a name at most MAX_TOKENS words long is still found after a long run
        String tail = text + ". Later Vladimir Putin spoke.";
        assertTrue(find(tail, "en").stream().anyMatch(d -> d.name().equals("Vladimir Putin")));
    }

    @Test
    void unknownLanguageUsesEveryList() {
        assertTrue(spans("Заявил министр Сергей Шойгу вчера.", null).contains("Сергей Шойгу|Сергей Шойгу|PERSON"));
        assertTrue(spans("Officials at the Bank of England declined.", "xx").contains("Bank of England|Bank of England|ORG"));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"''", "President", "Mr.", "'", "-", "A", "İmamoğlu'", "d'A", "l'", "Ali bin",
        "Bank of", "Emir Sheikh", "США.", "X. Y. Z.", "al-", "Al-", "MINISTRY OF DEFENCE", "Forces de"})
    void edgesOfTheTextBreakNothing(String text) {
        for (DiscoveredName d : find(text, null)) {
            assertTrue(d.start() >= 0 && d.end() <= text.length(), d.toString());
        }
    }

    @Test
    void randomTextKeepsEveryInvariant() {
        Random random = new Random(18);
        String[] words = {"President", "Mr.", "bin", "of", "de", "l'Armée", "Erdoğan'ın", "ООН", "Лавровым", "Bank", "Parti",
            "ile", "AND", "Al-", "-", "'", ". ", "\n", "  ", "İ", "XIV", "J."};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int k = 0; k < pieces; k++) {
                text.append(random.nextBoolean() ? words[random.nextInt(words.length)] : RandomText.any(random, 6));
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            NormalizedText normalized = NORMALIZER.forMatching(s);
            for (DiscoveredName d : RULES.find(s, normalized, random.nextBoolean() ? "en" : null, List.of())) {
                assertTrue(d.start() >= 0 && d.start() < d.end() && d.end() <= s.length(), d + " in " + s);
                assertTrue(d.normalizedStart() <= normalized.length(), d + " in " + s);
            }
        }
    }

    @Test
    void germanNounsAreCapitalisedAndSoNoNames() {
        assertEquals(List.of(), spans("Der Kreml wies die Vorwürfe zurück und lobte die Gespräche.", "de"));
        assertTrue(spans("Er traf Außenminister Johann Wadephul gestern.", "de").contains("Johann Wadephul|Johann Wadephul|PERSON"));
    }

    @Test
    void aConjunctionBetweenKnownNamesSplitsTheRun() {
        String text = "Türkiye, NATO ve Avrupa Birliği ile görüştü.";
        int nato = text.indexOf("NATO");
        int eu = text.indexOf("Avrupa");
        List<Mention> known = List.of(new Mention(0, AliasKind.NAME, nato, nato + 4, nato),
                new Mention(1, AliasKind.NAME, eu, eu + "Avrupa Birliği".length(), eu));
        assertEquals(List.of(), find(text, "tr", known));
        List<String> party = spans("Meclis'te Halkların Eşitlik ve Demokrasi Partisi vardı.", "tr");
        assertTrue(party.contains("Halkların Eşitlik ve Demokrasi Partisi|Halkların Eşitlik ve Demokrasi Partisi|ORG"), party.toString());
    }

    @Test
    void aPossessiveEndsANameUnlessAnOrganisationsNameRunsOn() {
        List<String> found = spans("The Tigray People's Liberation Front rejected it.", "en");
        assertTrue(found.contains("Tigray People's Liberation Front|Tigray People's Liberation Front|ORG"), found.toString());
        found = spans("He met Witkoff's Deputy Envoy Morgan Ortagus.", "en");
        assertTrue(found.contains("Witkoff's|Witkoff|PERSON"), found.toString());
    }

    @Test
    void aFrenchHeadTakesAnAdjectiveButNotAVerb() {
        assertTrue(spans("À Dakar, le Parti démocratique sénégalais a appelé au calme.", "fr")
                .contains("Parti démocratique sénégalais|Parti démocratique sénégalais|ORG"));
        assertTrue(spans("À Dakar, le Parti dément les accusations.", "fr").stream().noneMatch(s -> s.startsWith("Parti dément")));
    }

    @Test
    void aGenitiveGivenNameIsNamedInTheNominative() {
        assertTrue(spans("по данным губернатора Алексея Смирнова", "ru").contains("Алексея Смирнова|Алексей Смирнов|PERSON"));
    }

    @Test
    void aCapitalisedArticleInsideASentenceOpensAName() {
        assertTrue(spans("Selon Le Monde, le chef de l'État hésite.", "fr").contains("Le Monde|Le Monde|PERSON"));
        assertTrue(spans("an interview with The Washington Post on Sunday", "en").stream()
                .anyMatch(s -> s.startsWith("The Washington Post|") && s.endsWith("|ORG")));
        assertEquals(List.of(), spans("The talks ended. Le texte est prêt.", null));
    }

    @Test
    void anEnglishHeadInsideALongerWordIsNoHead() {
        assertTrue(spans("Pep Guardiola said his team deserved more.", "en").contains("Pep Guardiola|Pep Guardiola|PERSON"));
    }

    @Test
    void aQuotedNameAfterAHeadWordIsThatOrganisation() {
        assertTrue(spans("Как сообщает агентство «Интерфакс», стороны договорились.", "ru").contains("Интерфакс|Интерфакс|ORG"));
        assertTrue(spans("глава компании «Роснефть» Игорь Сечин", "ru").contains("Роснефть|Роснефть|ORG"));
    }

    @Test
    void aHeadWordBeforeANameMakesItThatBody() {
        assertTrue(spans("D'après l'agence Saba, le navire a coulé.", "fr").contains("Saba|Saba|ORG"));
        assertTrue(spans("Победу одержала Национальная партия Ганы вчера.", "ru").stream()
                .anyMatch(s -> s.startsWith("Национальная партия Ганы|") && s.endsWith("|ORG")));
    }

    @Test
    void aPlaceCueThatIsPartOfTheNameIsInTheSpan() {
        assertTrue(spans("le navire a coulé en mer Rouge hier", "fr").contains("mer Rouge|mer Rouge|LOC"));
        assertTrue(spans("жители Курской области эвакуированы", "ru").stream().anyMatch(s -> s.startsWith("Курской области|")));
        assertTrue(spans("clashes in the city of Kassala", "en").contains("Kassala|Kassala|GPE"));
    }

    @Test
    void aKnownPlaceInItsCaseAfterAPersonIsNotThePersons() {
        String text = "Bakan Yaşar Kemal Güler Şam'a gitti.";
        int sam = text.indexOf("Şam");
        List<Mention> known = List.of(new Mention(0, AliasKind.NAME, sam, sam + 3, sam));
        assertEquals(List.of("Yaşar Kemal Güler"), find(text, "tr", known).stream().map(d -> text.substring(d.start(), d.end())).toList());
    }

    @Test
    void nothingIsProposedInAPhotoCredit() {
        // an agency or photographer in a credit is no participant of the story (guidelines, rule 8)
        assertEquals(List.of(), spans("قصف على المدينة\nصورة: AA / AA\nوقال المسؤول", "ar"));
        assertEquals(List.of(), spans("The talks ended.\nPhoto: Reuters / Jane Doe\n", "en"));
        assertEquals(List.of(), spans("Les discussions ont repris. © AFP Photo", "fr"));
        assertEquals(List.of(), spans("Фото: ТАСС\n", "ru"));
        // a cue that needs a colon is an ordinary word without one; the credit ends with its line
        List<String> found = spans("Photo shows Khalifa Haftar.\nFotoğraf: AA\nKhalifa Haftar spoke.", "en");
        assertEquals(2, found.stream().filter(s -> s.startsWith("Khalifa Haftar|")).count(), found.toString());
    }

    @Test
    void ordinaryNounsOfGovernmentAndTheMatchersCommonWordsAreNoNamesAlone() {
        // Kanun and Belediye from discovery's list, Город from the matcher's common-words.csv
        assertEquals(List.of(), spans("5393 sayılı Belediye Kanunu’nun 47. maddesi uyarınca alındı.", "tr"));
        assertTrue(spans("Все знают, что он прав. Город на Неве достойно принял гостей.", "ru").stream()
                .noneMatch(s -> s.startsWith("Город")));
        assertEquals(List.of(), spans("They saw opportunities in the Kingdom and the State did too.", "en"));
    }

    @Test
    void aGivenNameThatIsAlsoACommonWordStillOpensAName() {
        // umut is "hope" in the matcher's list of Turkish nouns
        assertTrue(spans("Ancak CHP Milletvekili Umut Akdoğan konuştu.", "tr").contains("Umut Akdoğan|Umut Akdoğan|PERSON"),
                spans("Ancak CHP Milletvekili Umut Akdoğan konuştu.", "tr").toString());
    }

    @Test
    void aPlaceCueAfterTheWordsOutweighsATitleBeforeThem() {
        List<String> found = spans("Губернатор Вологодской области указал на это.", "ru");
        assertTrue(found.stream().noneMatch(s -> s.endsWith("|PERSON")), found.toString());
    }

    @Test
    void aTitleCaseHeadingGivesOnlyStrongNames() {
        // a line without a sentence's end whose words are capitalised is a heading: capitals there say nothing
        assertEquals(List.of(), spans("Sel bölgede etkili oldu.\nValilik Yetkilileri Sahada Çalışıyor\nEkipler köylere ulaştı.", "tr"));
        assertEquals(List.of(), spans("The talks ended.\nLocal Councillors Respond To Flooding\nCrews arrived.", "en"));
        List<String> found = spans("Giriş yapıldı.\nMustafa Koç Sahada İnceleme Yaptı\nKoç açıkladı.", "tr");
        assertTrue(found.contains("Mustafa Koç|Mustafa Koç|PERSON"), found.toString());
        // a capitalised line that ends a sentence is a sentence
        assertTrue(spans("Valilik Yetkilileri Sahada Çalışıyor.", "tr").size() > 0);
    }

    @Test
    void anAbbreviatedHeadWordWithItsCountryIsADescription() {
        NormalizedText normalized = NORMALIZER.forMatching("переговоры с главой МИД Турции Хаканом Фиданом.");
        String text = "переговоры с главой МИД Турции Хаканом Фиданом.";
        int at = text.indexOf("Турции");
        List<Mention> known = List.of(new Mention(0, AliasKind.NAME, at, at + "Турции".length(), at));
        assertTrue(RULES.find(text, normalized, "ru", known).stream()
                .noneMatch(d -> text.substring(d.start(), d.end()).startsWith("МИД")));
    }

    @Test
    void aPartWithoutACapitalOfItsScriptsIsPassedOverAndOneWithAnAcronymIsNot() {
        assertEquals(List.of(), find("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل", "ar"));
        assertEquals(List.of(), find("the talks will resume next week, said a spokesman", "en"));
        // one Latin capital in Arabic text is enough for the rules to read it
        List<String> found = spans("وقالت وكالة الأنباء AFP إن المحادثات ستستأنف", "ar");
        assertTrue(found.stream().anyMatch(s -> s.startsWith("AFP|")), found.toString());
    }

    /** The strength of the proposal whose span is {@code surface}, or -1 when there is none. */
    private static double strengthOf(String text, String lang, String surface) {
        return find(text, lang).stream().filter(d -> text.substring(d.start(), d.end()).equals(surface))
                .mapToDouble(DiscoveredName::strength).findFirst().orElse(-1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Kadroda ise Tammy Abraham ve Wilfred Ndidi de vardı.;tr;Tammy Abraham",
        "Kadroda Tammy Abraham ve Wilfred Ndidi de vardı.;tr;Wilfred Ndidi",
        "Le texte a été signé par Koffi Tene Birahima hier.;fr;Koffi Tene Birahima",
        "Встречу провёл Станислав Гребенщиков вчера.;ru;Станислав Гребенщиков",
        "The party said Sharmeen Murshid would attend.;en;Sharmeen Murshid",
    })
    void aRunOfCapitalisedWordsInsideASentenceIsANameOnItsOwn(String text, String lang, String surface) {
        assertTrue(strengthOf(text, lang, surface) >= NameDiscovery.STRONG_CUE, find(text, lang).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // a sentence start, a colon, quotes: the capital may be the sentence's, not the name's
        "Sharmeen Murshid would attend, the party said.;en;Sharmeen Murshid",
        "The party said: Sharmeen Murshid would attend.;en;Sharmeen Murshid",
        "The theme was \u201cGrand Canyon Stories\u201d this year.;en;Grand Canyon Stories",
        // a title-case phrase of common words (portfolios) is no person
        "He will serve as the Minister for Rural Development and Human Rights.;en;Rural Development",
        "He will serve as the Minister for Rural Development and Human Rights.;en;Human Rights",
        // a single word stays weak
        "The party said Murshid would attend.;en;Murshid",
        // a run in single quotes is a title as often as a name
        "Bakan 'Karadeniz Bölgesi Sel Toplantısı' düzenledi.;tr;Karadeniz Bölgesi Sel Toplantısı",
        // a Turkish noun compound in title case (its head carries the compound ending)
        "Bakanlar yeni Enerji Verimliliği planını açıkladı.;tr;Enerji Verimliliği",
        "Toplantıda Nüfus Planlaması konuşuldu.;tr;Nüfus Planlaması",
        // German capitalises every noun
        "Die Regierung hat Neue Gesetze beschlossen.;de;Neue Gesetze",
    })
    void otherCapitalisedRunsStillNeedRepetition(String text, String lang, String surface) {
        assertTrue(strengthOf(text, lang, surface) < NameDiscovery.STRONG_CUE, find(text, lang).toString());
    }

    @Test
    void anOrdinaryWordOpeningASentenceBeforeABodysPlaceIsNotTheBodys() {
        String text = "Karar Mersin Valiliği tarafından açıklandı.";
        int at = text.indexOf("Mersin");
        List<Mention> known = List.of(new Mention(0, AliasKind.NAME, at, at + "Mersin".length(), at));
        List<String> found = find(text, "tr", known).stream()
                .map(d -> text.substring(d.start(), d.end()) + "|" + d.type()).toList();
        assertEquals(List.of("Mersin Valiliği|ORG"), found);
    }

    @Test
    void aClubsEndingOrAnAbbreviatedHeadBeforeAQuotedNameMakesAnOrganisation() {
        // -spor: a Turkish club, a name on its own, even opening a sentence after an ordinary word
        assertEquals(List.of("Alanyaspor|Alanyaspor|ORG", "Göztepe SK|Göztepe SK|ORG"),
                spans("Maçta Alanyaspor ile Göztepe SK karşılaştı.", "tr"));
        assertTrue(strengthOf("Dün Alanyaspor kazandı.", "tr", "Alanyaspor") >= NameDiscovery.STRONG_CUE);
        // the ending makes no name of a lowercase word
        assertEquals(List.of(), spans("Yarın yeni spor salonu açılacak.", "tr"));
        // ФК «Краснодар», ПАО «Аэрофлот»: the quoted name is the body, the abbreviation is no name of its own
        assertEquals(List.of("Краснодар|Краснодар|ORG"), spans("В матче ФК «Краснодар» победил.", "ru"));
        assertEquals(List.of("Аэрофлот|Аэрофлот|ORG"), spans("Акции ПАО «Аэрофлот» выросли.", "ru"));
    }
}
