package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes the bundled gazetteer was grown by (issue 18: outlets and platforms, state bodies,
 * armed groups, parties, people, football): their members are found in the forms each language
 * writes, and the words and acronyms their names resemble stay words.
 */
class BundledGazetteerClassesTest {
    static Gazetteer gazetteer;
    static EntityMatcher matcher;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = GazetteerReader.readWithBundled(List.of());
        matcher = new EntityMatcher(gazetteer, new TextNormalizer(), false);
    }

    private static Set<String> labels(String text) {
        return matcher.find(text).stream().map(m -> gazetteer.entity(m.entity()).label()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "نشر على منصة إكس | Twitter",
        "Hürriyet'e göre | Hürriyet",
        "وفق صحيفة الشرق الأوسط | Asharq Al-Awsat",
        "به گزارش خبرگزاری ایلنا | Iranian Labour News Agency",
        "selon Le Figaro | Le Figaro",
        "сообщает газета «Ведомости» | Vedomosti",
        "أعلنت وزارة الخارجية السودانية | Ministry of Foreign Affairs (Sudan)",
        "İçişleri Bakanlığı açıkladı | Ministry of Interior (Turkey)",
        "وزارت انرژی و آب | Ministry of Energy and Water (Afghanistan)",
        "l'armée soudanaise | Sudanese Armed Forces",
        "Hızlı Destek Kuvvetleri | Rapid Support Forces",
        "les Forces de soutien rapide | Rapid Support Forces",
        "Haşdi Şabi | Popular Mobilization Forces",
        "кандидат от ЛДПР | Liberal Democratic Party of Russia",
        "كتلة الوفاء للمقاومة | Loyalty to the Resistance Bloc",
        "Abdulfettah el-Burhan | Abdel Fattah al-Burhan",
        "le général Abdel Fattah al-Burhane | Abdel Fattah al-Burhan",
        "قال جبريل إبراهيم | Gibril Ibrahim",
        "İçişleri Bakanı Ali Yerlikaya | Ali Yerlikaya",
        "Fenerbahçe'nin | Fenerbahçe S.K. (football)",
        "لاعب نادي الهلال | Al Hilal SFC",
        "à El-Facher | El Fasher",
        "à Kaboul | Kabul",
    })
    void findsClassMembersAsEachLanguageWritesThem(String text, String label) {
        assertEquals(Set.of(label), labels(text.strip()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sabah saatlerinde", "Cumhuriyet Başsavcılığı", "Kan bağışı", "İHA ile vuruldu",   // Turkish words
        "الهلال الأحمر", "السلم الأهلي", "الأهرام", "وفا", "مهر", "چالش‌های فرارو",           // Arabic and Persian words
        "الاقتصاد المصري اليوم", "في اليوم السابع",                                         // phrases that are outlets' names
        "le monde entier", "the independent commission", "500 BCE", "атомная АПЛ",
        "les FDS burkinabè",                                                               // the Sahel's own forces, not the SDF
        "Mit dem Zug", "Tip: read it", "in Ibb", "Medine Hanım", "Dera Ismail Khan", // Turkish acronyms with İ, given names, places
        "Le monde entier",
    })
    void wordsAndForeignAcronymsStayWords(String text) {
        assertEquals(Set.of(), labels(text), text);
    }

    @Test
    void aRussianRoleNamesTheCountryNotTheMinistry() {
        assertEquals(Set.of("Turkey"), labels("с главой МИД Турции"));
        assertEquals(Set.of("Ministry of Foreign Affairs (Turkey)"), labels("министерство иностранных дел Турции"));
    }

    @Test
    void theMiddleEastIsNotTheNewspaper() {
        assertFalse(labels("في الشرق الأوسط").contains("Asharq Al-Awsat"));
    }

    /** Companies, universities and think tanks, international bodies and NGOs, sport bodies (issue 18, second round). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلنت شركة سوناطراك | Sonatrach",
        "Sonatrach a annoncé | Sonatrach",
        "وقعت مؤسسة البترول الكويتية | Kuwait Petroleum Corporation",
        "TPAO'nun sondaj gemisi | Turkish Petroleum Corporation",
        "Aselsan'ın yeni radarı | Aselsan",
        "شركة أسيلسان التركية | Aselsan",
        "پرواز هواپیمایی ماهان | Mahan Air",
        "рейс «Аэрофлота» | Aeroflot",
        "طلبت شركة أبل | Apple Inc.",
        "a déclaré Google | Google",
        "تقرير لمعهد واشنطن لسياسة الشرق الأدنى | Washington Institute for Near East Policy",
        "according to the Institute for the Study of War | Institute for the Study of War",
        "по данным СИПРИ | Stockholm International Peace Research Institute",
        "دانشجویان دانشگاه صنعتی شریف | Sharif University of Technology",
        "طلاب الجامعة الإسلامية في غزة | Islamic University of Gaza",
        "Boğaziçi Üniversitesi öğrencileri | Boğaziçi University",
        "برنامج الأمم المتحدة الإنمائي | United Nations Development Programme",
        "selon le PNUD | United Nations Development Programme",
        "Sınır Tanımayan Gazeteciler raporu | Reporters Without Borders",
        "گزارش سازمان گزارشگران بدون مرز | Reporters Without Borders",
        "طواقم الهلال الأحمر الفلسطيني | Palestine Red Crescent Society",
        "Европейский суд по правам человека | European Court of Human Rights",
        "la Cour européenne des droits de l'homme | European Court of Human Rights",
        "قمة الهيئة الحكومية الدولية للتنمية إيغاد | Intergovernmental Authority on Development",
        "اللجنة الأولمبية الدولية | International Olympic Committee",
        "решение МОК | International Olympic Committee",
        "الاتحاد الجزائري لكرة القدم | Algerian Football Federation",
        "Cezayir Futbol Federasyonu | Algerian Football Federation",
        "مباريات الدوري المصري الممتاز | Egyptian Premier League",
        "Tüpraş Stadyumu'nda oynanan maç | Tüpraş Stadium",
        "Tüpraş'ın rafinerisi | Tüpraş",
        "على ستاد القاهرة الدولي | Cairo International Stadium",
        "بيان نادي الأسير الفلسطيني | Palestinian Prisoners' Society",
        "according to the Sudan Doctors Network | Sudan Doctors Network",
        "BOTAŞ ile imzalanan anlaşma | BOTAŞ",
        "مقاطعة ستاربكس | Starbucks",
        "طلاب جامعة السلطان قابوس | Sultan Qaboos University",
        "انقطاع خدمات شركة الاتصالات الفلسطينية | Paltel",
        "أعلنت مؤسسة كهرباء لبنان | Électricité du Liban",
        "dans le Conseil de paix de Donald | Board of Peace",
        "اجتماع مجلس السلم والأمن الأفريقي | Peace and Security Council",
    })
    void findsCompaniesUniversitiesBodiesAndSportBodies(String text, String label) {
        assertEquals(Set.of(label), labels(text.strip()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "صفقة مبادلة الأسرى", "شل حركة المرور", "قطيع من الإبل", "مصارعة السومو", "زين", "هاتف جوال", "بالتل",  // words and names, not Mubadala, Shell, Apple, SOMO, Zain
        "a new development bank", "to save the children", "the total amount", "Au total", "un conseil de paix",        // lowercase phrases and words
        "أفضل أطباء العالم", "قوة الشرطة الدولية", "الهلال الأحمر", "جامعة",           // generic phrases
        "foreign FTF fighters", "the CIO of the company",
    })
    void companyAndBodyNamesLeaveWordsAlone(String text) {
        assertEquals(Set.of(), labels(text), text);
    }

    @Test
    void sudansRsfIsNotReportersWithoutBorders() {
        assertFalse(labels("les RSF du général Hemedti").contains("Reporters Without Borders"));
    }
    /** Office holders 2020-2026, Africa's state bodies and armed groups, the region's places. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "قال رياك مشار | Riek Machar",
        "Riek Machar a déclaré | Riek Machar",
        "заявил Раила Одинга | Raila Odinga",
        "Kenyan opposition leader Raila Odinga | Raila Odinga",
        "أعلن أيمن الظواهري | Ayman al-Zawahiri",
        "Eymen ez-Zevahiri'nin | Ayman al-Zawahiri",
        "گفت فرانچسکا آلبانزه | Francesca Albanese",
        "la rapporteuse Francesca Albanese | Francesca Albanese",
        "le procureur Karim Khan | Karim Khan (lawyer)",
        "المدعي العام كريم خان | Karim Khan (lawyer)",
        "في إقليم تيغراي | Tigray Region",
        "Tigray'da çatışmalar | Tigray Region",
        "سد النهضة الإثيوبي | Grand Ethiopian Renaissance Dam",
        "à Tombouctou | Timbuktu",
        "dans le gouvernorat de Sfax | Sfax Governorate",
        "une marche à Sfax | Sfax",
        "в Шарм-эш-Шейхе | Sharm El Sheikh",
        "در ولایت پکتیکا | Paktika Province",
        "Paktika'da | Paktika Province",
        "في مخيم الهول | Al-Hol refugee camp",
        "le camp d'al-Hol | Al-Hol refugee camp",
        "Konya'da | Konya",
        "в Нахичевани | Nakhchivan Autonomous Republic",
        "ممر زنغزور | Zangezur corridor",
        "أعلنت جبهة تحرير شعب تيغراي | Tigray People's Liberation Front",
        "selon le TPLF | Tigray People's Liberation Front",
        "اشتباكات مع ميليشيات فانو | Fano (militia)",
        "Fano milisleri | Fano (militia)",
        "المجلس الوطني لحماية الوطن | National Council for the Safeguard of the Homeland",
        "la centrale syndicale UGTT | Tunisian General Labour Union",
        "قال الشيخ حكمت الهجري | Hikmat al-Hijri",
        "Сурен Папикян заявил | Suren Papikyan",
        "selon Audrey Azoulay | Audrey Azoulay",
        "در لشکرگاه | Lashkar Gah",
        "les FDLR | Democratic Forces for the Liberation of Rwanda",
        "أمير منطقة القصيم | Al-Qassim Province",
        "à Tizi Ouzou | Tizi Ouzou",
    })
    void findsOfficeHoldersBodiesAndPlaces(String text, String label) {
        assertEquals(Set.of(label), labels(text.strip()), text);
    }

    /** Place names that are words keep their descriptor: these are words, not Sudan's or Libya's towns. */
    @ParameterizedTest
    @ValueSource(strings = {"لا أدري", "فترة طويلة", "كانو يقولون", "في الزاوية اليمنى", "شرارة الحرب", "أقصر الطرق", "العيون الساهرة", "لم يزد عددهم", "حائل دون", "اتفاق الطائف", "في باحة المسجد", "حبة الفولة", "Hadise yerinde", "Sus artık", "Oran yüzde beşe çıktı", "Lağman yedik", "Zaviye açısı",
        "Salif Keïta a chanté", "Qassim Ali spoke", "в бане", "много моха", "وجده ميتا", "Bane of my life"})
    void placesThatAreWordsNeedTheirDescriptor(String text) {
        assertEquals(Set.of(), labels(text), text);
    }
}
