package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian's chromium package is not installed");
        Path err = dir.resolve("chromium.log");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--virtual-time-budget=10000", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", report.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        Matcher status = Pattern.compile("<div id=\"status\"[^>]*data-nodes=\"(\\d+)\" data-edges=\"(\\d+)\" data-ready=\"yes\"")
                .matcher(dom);
        assertTrue(status.find(), "the page script ran to the end");
        assertEquals("36", status.group(1));
        assertEquals("357", status.group(2));
        String log = Files.readString(err);
        assertFalse(log.contains("Uncaught"), log);
        assertFalse(Pattern.compile("CONSOLE.*(Error|error)").matcher(log).find(), log);
    }
}
