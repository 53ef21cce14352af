package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comention.cli.TestRuns;
import org.comention.common.TextSource;
import org.comention.text.Segmenter;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Old Mac (lone CR) and Windows (CRLF) line ends cut an article where LF does: the same
 * paragraphs, sentences and boilerplate cut, with the text's own characters kept, so offsets
 * still point into the original.
 */
class LineEndsTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final Segmenter SEGMENTER = new Segmenter();
    private static BoilerplateSplitter splitter;

    @BeforeAll
    static void load() throws IOException {
        splitter = new BoilerplateSplitter(BoilerplateMarkers.read(
                List.of(TextSource.resource("/comention/boilerplate/markers.csv")), NORMALIZER::normalizeToString));
    }

    /** The segments' text, stripped, so CRLF and LF versions compare although their offsets differ. */
    private static List<String> segments(String text, int[] starts, String lineEnd) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            parts.add(text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length()).strip().replace(lineEnd, "\n"));
        }
        return parts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"003_2274472028061bc0", "000_a68ea7083ff50adf"})
    void loneCrAndCrlfCutLikeLf(String seed) throws IOException {
        String lf = Files.readString(Path.of("data/articles", seed + ".txt"));
        // a hard-wrapped paragraph too, so blank lines decide what a paragraph is
        lf = lf.replaceFirst("\n", "\nwrapped line one\nwrapped line two\n\n");
        for (String lineEnd : new String[] {"\r", "\r\n"}) {
            String other = lf.replace("\n", lineEnd);
            String what = seed + " with " + (lineEnd.length() == 1 ? "CR" : "CRLF");
            assertEquals(segments(lf, SEGMENTER.paragraphStarts(lf), "\n"), segments(other, SEGMENTER.paragraphStarts(other), lineEnd),
                    what + ": paragraphs");
            assertEquals(segments(lf, SEGMENTER.sentenceStarts(lf), "\n"), segments(other, SEGMENTER.sentenceStarts(other), lineEnd),
                    what + ": sentences");
            CleanedDocument a = splitter.split(Document.of(seed, lf));
            CleanedDocument b = splitter.split(Document.of(seed, other));
            assertEquals(a.main().text(), b.main().text().replace(lineEnd, "\n"), what + ": main text");
            assertEquals(a.related().stream().map(Document::text).toList(),
                    b.related().stream().map(Document::text).toList(), what + ": teasers");
            assertEquals(other, b.main().text() + other.substring(b.main().text().length()), what + ": original characters");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"003_2274472028061bc0"})
    void loneCrOffsetsAreTheLfOffsets(String seed) throws IOException {
        String lf = Files.readString(Path.of("data/articles", seed + ".txt")).replaceFirst("\n", "\nwrapped\nprose\n\n");
        String cr = lf.replace('\n', '\r');
        assertArrayEquals(SEGMENTER.paragraphStarts(lf), SEGMENTER.paragraphStarts(cr));
        assertArrayEquals(SEGMENTER.sentenceStarts(lf), SEGMENTER.sentenceStarts(cr));
        assertEquals(splitter.split(Document.of(seed, lf)).charactersCut(), splitter.split(Document.of(seed, cr)).charactersCut());
    }

    @Test
    void aBuildOfTheCrOnlySeedGivesTheSameGraphAndMentions(@TempDir Path dir) throws IOException {
        String seed = "003_2274472028061bc0.txt";
        // a hard-wrapped paragraph whose two entities share a paragraph only if the blank line is seen
        String lf = Files.readString(Path.of("data/articles", seed)).replaceFirst("\n", "\nالتقى بلينكن في بروكسل\nرئيس وزراء اليابان.\n\n");
        Files.writeString(Files.createDirectories(dir.resolve("lf")).resolve(seed), lf);
        Files.writeString(Files.createDirectories(dir.resolve("cr")).resolve(seed), lf.replace('\n', '\r'));
        Path a = TestRuns.build(dir.resolve("lf"), dir.resolve("out-lf"), "--window", "paragraph,sentence", "--keep-related");
        Path b = TestRuns.build(dir.resolve("cr"), dir.resolve("out-cr"), "--window", "paragraph,sentence", "--keep-related");
        for (String output : new String[] {"graph.graphml", "mentions.csv"}) {
            assertEquals(Files.readString(a.resolve(output)), Files.readString(b.resolve(output)), output);
        }
    }
}
