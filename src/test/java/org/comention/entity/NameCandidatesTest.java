package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCandidatesTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final NameCandidates finder = new NameCandidates();

    private List<String> names(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        return finder.find(text, normalized, List.of()).stream().map(NameCandidates.Candidate::surface).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "قال وزير الخارجية الأرميني أرارات ميرزويان إن بلاده | أرارات ميرزويان",      // qualifiers with ال skipped
        "أعلن وزير الدفاع الباكستاني خواجة آصف رفع حالة التأهب | خواجة آصف",         // two words, not the verb after
        "وقال الرئيس محمد بن سلمان إن | محمد بن سلمان",                               // a particle lets a name run to three
        "للرئيس الكيني وليام روتو نظيره | وليام روتو",                                // the cue behind a proclitic
        "وزیر نیرو عباس علی‌آبادی گزارش داد | عباس علی‌آبادی",                         // Persian office words skipped
        "که فاطمه مهاجرانی سخنگوی دولت گفت | فاطمه مهاجرانی",                         // Persian name before the title
        "Prime Minister Kristrun Frostadottir of Iceland | Kristrun Frostadottir",
        "министр обороны Андрей Белоусов провел | Андрей Белоусов",
    })
    void findsTheNameAfterOrBeforeATitle(String text, String name) {
        assertEquals(List.of(name), names(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"قال إن الحرب \"مسألة وقت\" | ", "On Monday the talks ended | ", "The Talks | "})
    void quotesAndSentenceStartsAreNotNames(String text, String none) {
        assertEquals(List.of(), names(text));
    }

    @org.junit.jupiter.api.Test
    void textLinkedToAnEntityIsSkipped() {
        String text = "وقال الرئيس فلاديمير بوتين";
        NormalizedText normalized = normalizer.normalize(text);
        Mention putin = new Mention(0, AliasKind.NAME, text.indexOf("فلاديمير"), text.length(), 0);
        assertEquals(List.of(), finder.find(text, normalized, List.of(putin)));
    }
}
