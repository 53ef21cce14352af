package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisations: a head word and its bounded genitive or ezafe complement. */
class ArabicScriptOrganisationsTest {
    @Test
    void organisationHeadWithItsComplement() {
        ArabicScriptProposals.assertProposes("وقالت وزارة الخارجية الليبية في بيان", "ar",
                "ORG وزارة الخارجية الليبية = وزارة الخارجية الليبية");
        ArabicScriptProposals.assertProposes("هاجمت قوات الدعم السريع مدينة", "ar", "ORG قوات الدعم السريع = قوات الدعم السريع");
        ArabicScriptProposals.assertProposes("سخنگوی وزارت کار و امور اجتماعی گفت", "fa",
                "ORG وزارت کار و امور اجتماعی = وزارت کار و امور اجتماعی");
    }

    @Test
    void aBareHeadWordIsNoName() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقال إن المجلس سيجتمع غدا", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("ووافق مجلس على القرار", "ar"));
    }

    @Test
    void aCountrysArmyOrACountedHeadIsADescription() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقال الجيش الروسي إن", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقالت القوات الروسية إن", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("بممثلين عن أكثر من 160 شركة دفاع و26 دولة", "ar"));
        ArabicScriptProposals.assertProposes("وقال البنك الأهلي إن", "ar", "ORG البنك الأهلي = البنك الأهلي");
    }

    @Test
    void aHeadWithACommonNounOrAPersonAfterItIsNoName() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وهو عضو مجلس إدارة مؤسسة", "ar").stream().filter(p -> p.contains("إدارة")).toList());
        assertEquals(List.of(), ArabicScriptProposals.proposals("وضم قطاع التجارة لها بقيادة حسن الخطيب، وعودة", "ar").stream()
                .filter(p -> p.startsWith("ORG")).toList());
    }

    @Test
    void aBodyEveryOrganisationHasIsNoName() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("سرمربی را به کمیته فنی سپرد.", "fa"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("هشت شعبه دادگاه خانواده در شهرستان", "fa").stream()
                .filter(p -> p.startsWith("ORG")).toList());
        ArabicScriptProposals.assertProposes("سخنگوی وزارت کار و امور اجتماعی گفت", "fa",
                "ORG وزارت کار و امور اجتماعی = وزارت کار و امور اجتماعی");
    }

    @Test
    void descriptorHeadIsLeftOutOfTheSpan() {
        ArabicScriptProposals.assertProposes("وقالت قناة الميادين إن", "ar", "ORG الميادين = الميادين");
    }

    @Test
    void aDefiniteGenericBodyIsNoOrganisation() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("لتحصين الجبهة الداخلية من الاختراق", "ar"));
        ArabicScriptProposals.assertProposes("أعلن الحرس الثوري الإيراني أن", "ar", "ORG الحرس الثوري الإيراني = الحرس الثوري الإيراني");
    }

    @Test
    void aPersianMinistryStopsBeforeAPersonsName() {
        ArabicScriptProposals.assertProposes("معین وزارت زراعت و عبدالله کریمی گفت", "fa", "ORG وزارت زراعت = وزارت زراعت");
    }

    @Test
    void anOutletsNameAfterItsDescriptorIsShort() {
        ArabicScriptProposals.assertProposes("وذكرت قناة المسيرة التابعة للجماعة أن", "ar", "ORG المسيرة = المسيرة");
    }

    @Test
    void aHeadBeforeAKnownNameDescribesItOrMakesANewOrganisation() {
        String taliban = "وقال متحدث حركة طالبان إن";
        int at = taliban.indexOf("طالبان");
        Mention known = new Mention(0, AliasKind.NAME, at, at + "طالبان".length(), 0);
        assertEquals(List.of(), ArabicScriptProposals.find(taliban, "ar", List.of(known)));
        String university = "وتخرج في جامعة دمشق عام 2009";
        at = university.indexOf("دمشق");
        known = new Mention(0, AliasKind.NAME, at, at + "دمشق".length(), 0);
        assertEquals(List.of("جامعة دمشق"), ArabicScriptProposals.find(university, "ar", List.of(known)).stream().map(DiscoveredName::name).toList());
    }

    /** The organisations proposed when the gazetteer reads {@code adjective} as a country's adjective. */
    private static List<String> orgNames(String text, String adjective) {
        int at = text.indexOf(adjective);
        Mention known = new Mention(0, AliasKind.ADJECTIVAL, at, at + adjective.length(), 0);
        return ArabicScriptProposals.find(text, "ar", List.of(known)).stream().filter(d -> d.type() == EntityType.ORG)
                .map(DiscoveredName::name).toList();
    }

    @Test
    void aCountrysAdjectiveEndsAnOrganisationOrBelongsToItByHead() {
        assertEquals(List.of("مجلس السيادة"), orgNames("أعلن مجلس السيادة السوداني أمس", "السوداني"));
        assertEquals(List.of("وزارة الخارجية السودانية"), orgNames("قالت وزارة الخارجية السودانية إن", "السودانية"));
        // inside a longer name it stays: the Lebanese Cultural Association
        assertEquals(List.of("جمعية الرابطة اللبنانية الثقافية"),
                orgNames("أقامته جمعية الرابطة اللبنانية الثقافية في", "اللبنانية"));
    }

    @Test
    void aPluralIsNoBareComplementOfAHead() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("كامل الثقة في قيادة مسارات التطور وتعزيز جاهزيتها", "ar"));
    }

    @Test
    void aGenericBodyStaysGenericWithItsAdjectives() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("از حمایت اعضای هیات مدیره قبلی و فعلی تشکر کرد", "fa"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("اعضای شورای تأمین و همکاری جامعه اطلاعاتی", "fa"));
    }

    @Test
    void aPersianDescriptorBeforeARelationalAdjectiveIsPartOfTheName() {
        List<String> found = ArabicScriptProposals.proposals("مدیر عامل شرکت ملی نفت را از این سمت کنار گذاشت", "fa");
        assertTrue(found.contains("ORG شرکت ملی نفت = شرکت ملی نفت"), found.toString());
    }

    @Test
    void localGovernmentIsAMinistrysComplementAndAMunicipalityAHead() {
        ArabicScriptProposals.assertProposes("تحت إشراف ورقابة وزارة الحكم المحلي حتى يتم", "ar", "ORG وزارة الحكم المحلي = وزارة الحكم المحلي");
        List<String> found = ArabicScriptProposals.proposals("وأعلنت بلدية دورا أمس", "ar");
        assertEquals(List.of("ORG بلدية دورا = بلدية دورا"), found);
    }

    @Test
    void formerAndMannerAdverbsEndOrganisations() {
        List<String> ar = ArabicScriptProposals.proposals("وقال مدرب منتخب الشباب السابق إن", "ar");
        assertFalse(ar.stream().anyMatch(p -> p.contains("السابق")), ar.toString());
        List<String> fa = ArabicScriptProposals.proposals("زنگنه از سوی محافظه کاران در مجلس شورا بشدت مورد انتقاد قرار گرفته است", "fa");
        assertFalse(fa.stream().anyMatch(p -> p.contains("بشدت")), fa.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقررت الهيئة العليا للانتخابات تأجيل | ORG الهيئة العليا للانتخابات = الهيئة العليا للانتخابات",
        "وأعلن المجلس الأعلى للقضاء أمس | ORG المجلس الأعلى للقضاء = المجلس الأعلى للقضاء",
        "ترأس الوكالة الوطنية لمكافحة الفساد، وأضاف | ORG الوكالة الوطنية لمكافحة الفساد = الوكالة الوطنية لمكافحة الفساد",
    })
    void aDefiniteHeadWithAdjectivesAndAComplementWithLamIsOneBody(String text, String expected) {
        assertEquals(List.of(expected), ArabicScriptProposals.proposals(text, "ar"));
    }

    @Test
    void aDefiniteHeadWithoutItsOwnComplementStaysADescription() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("في المركز الرئيسي للشركة في الرياض", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("وأعلن الجهاز الفني للمنتخب عن", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقالت الوزارة الجديدة إن", "ar"));
        String text = "وقال المكتب السياسي لحماس إن";
        int at = text.indexOf("لحماس");
        Mention hamas = new Mention(0, AliasKind.NAME, at, at + "لحماس".length(), 0);
        assertEquals(List.of(), ArabicScriptProposals.find(text, "ar", List.of(hamas)));
    }

    @Test
    void underTheBannerOfIsNoOrganisation() {
        List<String> found = ArabicScriptProposals.proposals("الأندية المنضوية تحت لواء البطولة الوطنية", "ar");
        assertFalse(found.stream().anyMatch(p -> p.contains("لواء")), found.toString());
    }

    @Test
    void aCentralBankWithoutItsStateIsGeneric() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقال البنك المركزي إن", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("بانک مرکزی اعلام کرد", "fa"));
    }

    @Test
    void aPersianBodyTakesTheCityOrProvinceItServes() {
        ArabicScriptProposals.assertProposes("در جلسه علنی شورای شهر اصفهان خبر داد", "fa", "ORG شورای شهر اصفهان = شورای شهر اصفهان");
        ArabicScriptProposals.assertProposes("رئیس کل دادگستری استان فارس و معاونان وی", "fa",
                "ORG دادگستری استان فارس = دادگستری استان فارس");
        ArabicScriptProposals.assertProposes("مدیر اداره کل ورزش و جوانان استان فارس گفت", "fa",
                "ORG اداره کل ورزش و جوانان استان فارس = اداره کل ورزش و جوانان استان فارس");
        List<String> verb = ArabicScriptProposals.proposals("شورای شهر تصمیم گرفت", "fa");
        assertFalse(verb.stream().anyMatch(p -> p.startsWith("ORG")), verb.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fa | فرمانداری شهرستان دماوند اعلام کرد | ORG فرمانداری شهرستان دماوند = فرمانداری شهرستان دماوند",
        "fa | صندوق توسعه ملی اعلام کرد | ORG صندوق توسعه ملی = صندوق توسعه ملی",
        "fa | بورد کریکت پاکستان از تعیین ۹ تن خبر داد | ORG بورد کریکت پاکستان = بورد کریکت پاکستان",
        "ar | وكشف تقرير ديوان المحاسبة عن | ORG ديوان المحاسبة = ديوان المحاسبة",
        "ar | وأعلنت مصلحة الضرائب أمس | ORG مصلحة الضرائب = مصلحة الضرائب",
    })
    void headsByClassJudiciariesGovernoratesFundsBoardsAndAuthorities(String lang, String text, String expected) {
        ArabicScriptProposals.assertProposes(text, lang, expected);
    }

    @Test
    void aBroadcasterNamedAfterAPlaceIsANewOrganisation() {
        String text = "وقال تلفزيون الكويت إن";
        int at = text.indexOf("الكويت");
        Mention kuwait = new Mention(0, AliasKind.NAME, at, at + "الكويت".length(), 0);
        assertEquals(List.of("تلفزيون الكويت"),
                ArabicScriptProposals.find(text, "ar", List.of(kuwait)).stream().map(DiscoveredName::name).toList());
    }
}
