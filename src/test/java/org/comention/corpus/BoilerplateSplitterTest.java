package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comention.common.TextSource;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateSplitterTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static BoilerplateSplitter splitter;
    private static final String ARTICLE = "قال وزير الخارجية الأمريكي أنتوني بلينكن إن بلاده تعمل على تعزيز قوة ردع الحلف.\n";

    @BeforeAll
    static void load() throws IOException {
        splitter = new BoilerplateSplitter(BoilerplateMarkers.read(
                List.of(TextSource.resource("/comention/boilerplate/markers.csv")), NORMALIZER::normalizeToString));
    }

    private static String readSeed(String id) throws IOException {
        return Files.readString(Path.of("data/articles", id + ".txt"));
    }

    /** The lengths of the seeds' main articles, as annotated by hand (the text before the first marker). */
    @ParameterizedTest(name = "{0}: main text of {1} characters")
    @CsvSource({
            "000_a68ea7083ff50adf, 1968, اخبار مرتبط",
            "001_94cdaffb194ec641, 1184, المصدر: بوابة الفجر",
            "002_bd6a47a4920bc89c, 2815, مصدر:TRT عربي - وكالات",
            "003_2274472028061bc0, 902, المصدر: البوابة نيوز",
            "004_f3cf03ad0fd9bf49, 1318, المصدر: موزاييك أف.أم",
    })
    void cutsTheSeedsAtTheirFirstMarker(String id, int mainLength, String firstCutLine) throws IOException {
        String text = readSeed(id);
        CleanedDocument cleaned = splitter.split(Document.of(id, text));
        assertEquals(mainLength, cleaned.main().text().length());
        assertTrue(text.substring(cleaned.main().text().length()).strip().startsWith(firstCutLine));
        assertEquals(text.length() - mainLength, cleaned.charactersCut());
    }

    @Test
    void keepsReadAlsoArticleAsOneTeaserAndHeadlineListsAsOneTeaserEach() throws IOException {
        CleanedDocument cleaned = splitter.split(Document.of("003", readSeed("003_2274472028061bc0")));
        List<Document> related = cleaned.related();
        assertEquals("003#2", related.get(0).id());
        assertTrue(related.get(0).text().startsWith("ترامب: أيام مقبلة مهمة للغاية"));
        assertTrue(related.get(0).text().contains("فلاديمير بوتين"));
        assertEquals(11, related.size(), "one read-also article, then ten bulleted headlines");
        assertEquals("أمين عام الناتو يختتم زيارة مهمة إلى الولايات المتحدة", related.get(1).text());
        assertEquals("003#12", related.get(10).id());
    }

    @Test
    void furnitureIsNeverATeaser() throws IOException {
        CleanedDocument cleaned = splitter.split(Document.of("000", readSeed("000_a68ea7083ff50adf")));
        assertEquals(List.of(), cleaned.related().stream().filter(d -> d.text().contains("captcha")).toList());
    }

    @Test
    void markerVariantsMatchAfterNormalisation() {
        for (String marker : List.of("اقرأ أيضا", "إقرأ أيضاً:", "اقرأ ايضاً", "Read also:", "RELATED ARTICLES", "مطالب مرتبط")) {
            CleanedDocument cleaned = splitter.split(Document.of("d", ARTICLE + marker + "\nعنوان آخر"));
            assertEquals(ARTICLE, cleaned.main().text(), marker);
            assertEquals(List.of("عنوان آخر"), cleaned.related().stream().map(Document::text).toList(), marker);
        }
    }

    @Test
    void markerFollowedByColonAndTextCuts() {
        CleanedDocument cleaned = splitter.split(Document.of("d", ARTICLE + "Source: Reuters\n"));
        assertEquals(ARTICLE, cleaned.main().text());
    }

    @Test
    void aLongSourceLineStillCuts() {
        String source = "المصدر: " + "وكالات الأنباء العالمية والمحلية، ".repeat(20) + "\n";
        assertEquals(ARTICLE, splitter.split(Document.of("d", ARTICLE + source)).main().text());
    }

    @Test
    void aLongParagraphWithAColonLateIsProse() {
        String text = ARTICLE + "وقال المتحدث ".repeat(30) + "المصدر: هذا ليس سطر مصدر\n";
        assertEquals(text, splitter.split(Document.of("d", text)).main().text());
    }

    @Test
    void markerWordInsideProseIsNotAMarker() {
        String text = ARTICLE + "اكتشف العلماء أن الحلف يحتاج إلى المزيد من الدعم في السنوات المقبلة.\n";
        assertEquals(text, splitter.split(Document.of("d", text)).main().text());
    }

    @Test
    void markerBeforeTheArticleBeginsIsNavigation() {
        String text = "اكتشف\nسياسة\n" + ARTICLE + "المصدر: وكالات";
        CleanedDocument cleaned = splitter.split(Document.of("d", text));
        assertEquals("اكتشف\nسياسة\n" + ARTICLE, cleaned.main().text());
    }

    @Test
    void textWithoutMarkersIsUntouched() {
        CleanedDocument cleaned = splitter.split(Document.of("d", ARTICLE));
        assertEquals(ARTICLE, cleaned.main().text());
        assertEquals(0, cleaned.charactersCut());
    }

    @Test
    void teasersKeepTheArticleMetadata() {
        Document page = new Document("d", ARTICLE + "مقالات مشابهة\n• عنوان\n", "2024-05-31", "src", "t", "u", "ar");
        Document teaser = splitter.split(page).related().get(0);
        assertEquals("d#2", teaser.id());
        assertEquals("2024-05-31", teaser.date());
        assertEquals("عنوان", teaser.text());
    }

    @Test
    void aLaterMarkerTableCanAddMarkers() throws IOException {
        BoilerplateSplitter custom = new BoilerplateSplitter(BoilerplateMarkers.read(List.of(
                TextSource.resource("/comention/boilerplate/markers.csv"),
                new TextSource() {
                    @Override
                    public String name() {
                        return "mine.csv";
                    }

                    @Override
                    public java.io.Reader open() {
                        return new java.io.StringReader("marker,role\nتابعوا أيضا,related\n");
                    }
                }), NORMALIZER::normalizeToString));
        assertEquals(1, custom.split(Document.of("d", ARTICLE + "تابعوا أيضا\nخبر")).related().size());
    }
}
