package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People: a given name and the name tokens after it, a name after a title or role. */
class ArabicScriptPersonsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقال وزير الخارجية المصري سامح شكري إن المفاوضات مستمرة | PERSON سامح شكري = سامح شكري",
        "أكد الرئيس التونسي قيس سعيد أن | PERSON قيس سعيد = قيس سعيد",
        "وصرح المتحدث باسم الجيش العميد يحيى سريع بأن | PERSON يحيى سريع = يحيى سريع",
        "قال اللواء خليفة حفتر أمس | PERSON خليفة حفتر = خليفة حفتر",
    })
    void personAfterATitleAndItsQualifiers(String text, String expected) {
        ArabicScriptProposals.assertProposes(text, "ar", expected);
    }

    @Test
    void aTitleAloneIsNoPerson() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقال وزير الخارجية الأمريكي إن بلاده ترفض ذلك", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("قال المتحدث باسم الحكومة في بيان", "ar"));
    }

    @Test
    void honorificTakesAnUnknownNameRightAfterIt() {
        ArabicScriptProposals.assertProposes("وأكد الشيخ عكرمة صبري أن", "ar", "PERSON عكرمة صبري = عكرمة صبري");
        ArabicScriptProposals.assertProposes("قال اللواء زغلول أمس", "ar", "PERSON زغلول = زغلول");
    }

    @Test
    void nasabRunsThroughBinAndIbn() {
        ArabicScriptProposals.assertProposes("استقبل تميم بن حمد آل ثاني الوفد", "ar", "PERSON تميم بن حمد آل ثاني = تميم بن حمد آل ثاني");
        ArabicScriptProposals.assertProposes("وصل عبد العزيز بن سلمان إلى", "ar", "PERSON عبد العزيز بن سلمان = عبد العزيز بن سلمان");
    }

    @Test
    void kunyaStartsAName() {
        ArabicScriptProposals.assertProposes("وقال أبو عبيدة في كلمة", "ar", "PERSON أبو عبيدة = أبو عبيدة");
        ArabicScriptProposals.assertProposes("ظهر أبو محمد الجولاني في", "ar", "PERSON أبو محمد الجولاني = أبو محمد الجولاني");
    }

    @Test
    void nisbaEndsTheName() {
        ArabicScriptProposals.assertProposes("التقى محمد المصري بالوفد", "ar", "PERSON محمد المصري = محمد المصري");
        ArabicScriptProposals.assertProposes("وقال عمار الحكيم إن", "ar", "PERSON عمار الحكيم = عمار الحكيم");
    }

    @Test
    void aNisbaTheGazetteerReadsAsACountryAdjectiveStillEndsTheName() {
        String text = "التقى محمد المصري بالوفد";
        int at = text.indexOf("المصري");
        Mention adjective = new Mention(0, AliasKind.ADJECTIVAL, at, at + "المصري".length(), 0);
        assertEquals(List.of("محمد المصري"), ArabicScriptProposals.find(text, "ar", List.of(adjective)).stream().map(DiscoveredName::name).toList());
    }

    @Test
    void compoundGivenNamesWrittenApartOrTogether() {
        ArabicScriptProposals.assertProposes("وأعلن عبد الرحمن السويدي أن", "ar", "PERSON عبد الرحمن السويدي = عبد الرحمن السويدي");
        ArabicScriptProposals.assertProposes("وأعلن عبدالرحمن السويدي أن", "ar", "PERSON عبدالرحمن السويدي = عبدالرحمن السويدي");
        ArabicScriptProposals.assertProposes("نعمت‌الله کریمی گفت", "fa", "PERSON نعمت‌الله کریمی = نعمت‌الله کریمی");
    }

    @Test
    void aGivenNameThatIsAlsoAWordNeedsAnotherNameOrATitle() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقال إن حسن الجوار مطلوب", "ar"));
        ArabicScriptProposals.assertProposes("وقال حسن نصر الله إن", "ar", "PERSON حسن نصر الله = حسن نصر الله");
    }

    @Test
    void theprepositionAlaIsNotTheNameAli() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وحصل على موافقة الحكومة", "ar"));
        ArabicScriptProposals.assertProposes("وحضر علي خامنئي الاجتماع", "ar", "PERSON علي خامنئي = علي خامنئي");
        // the Persian spelling موسی in the lexicon does not make موسى a preposition
        ArabicScriptProposals.assertProposes("وانضم موسى الكوني إلى", "ar", "PERSON موسى الكوني = موسى الكوني");
    }

    @Test
    void aNameThatIsAWordInOneLanguageOnlyIsAPlainNameInTheOther() {
        ArabicScriptProposals.assertProposes("سعید جلیلی گفت", "fa", "PERSON سعید جلیلی = سعید جلیلی");
        assertEquals(List.of(), ArabicScriptProposals.proposals("كان يوما سعيد جدا", "ar"));
    }

    @Test
    void aFathersNameWithTheArticleGoesOnToTheFamilyName() {
        ArabicScriptProposals.assertProposes("وذكرت الوكالة أن الشيخ طلال الخالد الصباح، أعيد تعيينه", "ar",
                "PERSON طلال الخالد الصباح = طلال الخالد الصباح");
        ArabicScriptProposals.assertProposes("برئاسة الشيخ أحمد العبد الله رئيس", "ar", "PERSON أحمد العبد الله = أحمد العبد الله");
    }

    @Test
    void aLoneGivenNameAfterATitleIsNoPerson() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("وأمس أخلى رئيس مجلس الأمة أحمد السعدون القاعة", "ar").stream()
                .filter(p -> p.startsWith("PERSON أحمد =")).toList());
    }

    @Test
    void aNameStopsAtAVerbOrAFunctionWord() {
        ArabicScriptProposals.assertProposes("وصل عمر البشير قال إن", "ar", "PERSON عمر البشير = عمر البشير");
        List<String> found = ArabicScriptProposals.proposals("وقال سلمان العودة أكد أن", "ar");
        assertTrue(found.stream().noneMatch(p -> p.contains("أكد")), found.toString());
        ArabicScriptProposals.assertProposes("محمد جواد ظریف گفت که", "fa", "PERSON محمد جواد ظریف = محمد جواد ظریف");
        assertTrue(ArabicScriptProposals.proposals("فرید اضافه کرد", "fa").stream().noneMatch(p -> p.contains("اضافه")));
    }

    @Test
    void aNameTheGazetteerMatchedFromItsFirstWordIsNotProposedAgain() {
        String text = "وقال محمد رعد إن";
        Mention known = new Mention(0, AliasKind.NAME, text.indexOf("محمد"), text.indexOf(" إن"), 0);
        assertEquals(List.of(), ArabicScriptProposals.find(text, "ar", List.of(known)).stream().map(DiscoveredName::name).toList());
    }

    @Test
    void aKnownAliasInsideALongerNameDoesNotStopIt() {
        String text = "وصل عبد العزيز بن سلمان إلى";
        int at = text.indexOf("بن سلمان");
        Mention partial = new Mention(0, AliasKind.NAME, at, at + "بن سلمان".length(), 0);
        assertTrue(ArabicScriptProposals.find(text, "ar", List.of(partial)).stream().anyMatch(d -> d.name().equals("عبد العزيز بن سلمان")));
    }

    @Test
    void aKnownNameEndsAnUnknownOneBeforeIt() {
        String text = "والتقى فلاديمير زيلينسكي بالوفد";
        int at = text.indexOf("زيلينسكي");
        Mention known = new Mention(0, AliasKind.NAME, at, at + "زيلينسكي".length(), 0);
        assertEquals(List.of(), ArabicScriptProposals.find(text, "ar", List.of(known)).stream().map(DiscoveredName::name).toList());
    }

    @Test
    void aTheophoricCompoundTheLexiconLacksStaysWhole() {
        ArabicScriptProposals.assertProposes("قال اللواء يار الله إن", "ar", "PERSON يار الله = يار الله");
    }

    @Test
    void aNameAfterATitleIsNotProposedAgainFromItsSecondWord() {
        assertEquals(List.of("PERSON مرهف أبو كسرة = مرهف أبو كسرة"), ArabicScriptProposals.proposals("التقى وزير الدفاع مرهف أبو كسرة بالوفد", "ar"));
    }

    @Test
    void anHonorificThatIsAlsoACommonNounNeedsAGivenName() {
        // الفريق is "the team" of sports news before anything but a name
        assertEquals(List.of(), ArabicScriptProposals.proposals("وقضى 16 سنة على رأس الفريق توج معه بأكثر من 70 لقبا", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("فاز به الفريق الأحمر بلقبين وأضاع النهائي", "ar"));
        ArabicScriptProposals.assertProposes("وقال الفريق أحمد خالد إن", "ar", "PERSON أحمد خالد = أحمد خالد");
    }

    @Test
    void aRoleInTheAccusativeEndsTheName() {
        List<String> found = ArabicScriptProposals.proposals("نصّب الوزير نور الدين داودي مديرا عاما جديدا", "ar");
        assertTrue(found.contains("PERSON نور الدين داودي = نور الدين داودي"), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.contains("مديرا")), found.toString());
    }

    @Test
    void theBodyOfARoleAfterLamIsNoPartOfTheName() {
        List<String> found = ArabicScriptProposals.proposals("وأشار إلى أن المدير الجديد لسوناطراك نور الدين داودي قامة", "ar");
        assertTrue(found.contains("PERSON نور الدين داودي = نور الدين داودي"), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.contains("لسوناطراك")), found.toString());
    }

    @Test
    void aGivenNameThatIsAlsoAWordStartsANameBeforeANisbaShapedFamilyName() {
        ArabicScriptProposals.assertProposes("حيث ما زال سعيد الناصيري لم يحسم", "ar", "PERSON سعيد الناصيري = سعيد الناصيري");
        ArabicScriptProposals.assertProposes("لم تجد بعد خليفة لوليد الركراكي مدرب الفريق", "ar", "PERSON لوليد الركراكي = وليد الركراكي");
        // not before a common definite word
        assertEquals(List.of(), ArabicScriptProposals.proposals("وكان سعيد الحظ في المباراة", "ar"));
    }

    @Test
    void foreignCoachesAndAfghanCompoundsAreGivenNames() {
        ArabicScriptProposals.assertProposes("پس از جدایی پاکو خمس از نیمکت تراکتور", "fa", "PERSON پاکو خمس = پاکو خمس");
        ArabicScriptProposals.assertProposes("قضیه کریس کلمن منتفی شد", "fa", "PERSON کریس کلمن = کریس کلمن");
        ArabicScriptProposals.assertProposes("و رحمت الحق فاضل عضو شدند", "fa", "PERSON رحمت الحق فاضل = رحمت الحق فاضل");
        ArabicScriptProposals.assertProposes("میرویس اشرف به عنوان رئیس تعیین شد", "fa", "PERSON میرویس اشرف = میرویس اشرف");
    }

    @Test
    void egyptianSpellingWithAlefMaqsuraIsStillTheName() {
        ArabicScriptProposals.assertProposes("وأدار المباراة هانى عبد الفتاح حكما", "ar", "PERSON هانى عبد الفتاح = هانى عبد الفتاح");
        // على stays the preposition
        assertEquals(List.of(), ArabicScriptProposals.proposals("وافق على مشروع القانون", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("تعمل بشكل مكثف على فتح معابر غزة وعلى توزيع المساعدات", "ar"));
    }

    @Test
    void aGivenNameThatIsAlsoAWordStartsANameInAListOfPeople() {
        List<String> ar = ArabicScriptProposals.proposals("وعضوية كل من محمود الخليلي وأنيس سويدان وكمال أبو شقدم", "ar");
        assertTrue(ar.contains("PERSON وأنيس سويدان = أنيس سويدان"), ar.toString());
        List<String> after = ArabicScriptProposals.proposals("حضر أنيس سويدان ومحمود الخليلي", "ar");
        assertTrue(after.contains("PERSON أنيس سويدان = أنيس سويدان"), after.toString());
        List<String> fa = ArabicScriptProposals.proposals("معاونان اکرمی مقدم، رضا زنگنه و رحیم کنارکوهی", "fa");
        assertTrue(fa.contains("PERSON رضا زنگنه = رضا زنگنه"), fa.toString());
    }

    @Test
    void withoutAPersonBesideItAGivenNameThatIsAlsoAWordStaysAWord() {
        assertEquals(List.of(), ArabicScriptProposals.proposals("ويشعر بالأمل وحسن النية", "ar"));
        assertEquals(List.of(), ArabicScriptProposals.proposals("رضا زنگنه گفت", "fa"));
        // two such names prove nothing to each other
        assertEquals(List.of(), ArabicScriptProposals.proposals("وأمل سويدان وسعيد سويدان", "ar"));
    }
}
