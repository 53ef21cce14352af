package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.comention.cli.TestRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} of the sample run: self-contained, and in headless Chromium it loads without
 * console errors and shows every node and edge. Chromium is Debian's {@code chromium} package,
 * which {@code .ci/run} installs; without it the browser test is skipped, the others run.
 */
class ReportInChromiumTest {
    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void build() {
        report = TestRuns.buildSeeds(dir).resolve("report.html");
    }

    @Test
    void isOneFileThatNeedsNoNetwork() throws IOException {
        String html = Files.readString(report);
        assertFalse(html.contains("<script src"), "no external script");
        assertFalse(Pattern.compile("(href|src)=\"https?://").matcher(html).find(), "no external resource");
        assertTrue(html.contains("dir=\"auto\""), "right-to-left labels marked");
        assertTrue(html.contains("<td dir=\"auto\">NATO</td>"), "the ranking table");
    }

    @Test
    void loadsInHeadlessChromiumWithoutErrorsAndShowsTheGraph() throws Exception {
        assertEquals(new HeadlessChromium.Drawn(36, 357), HeadlessChromium.draw(report, dir));
    }
}
