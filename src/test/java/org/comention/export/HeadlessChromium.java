package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report.html opened in headless Chromium (Debian's chromium package), as a reader opens it: the
 * page's script must run to its end with no error in the console. The calling test is skipped
 * where Chromium is not installed.
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern STATUS =
            Pattern.compile("<div id=\"status\"[^>]*data-nodes=\"(\\d+)\" data-edges=\"(\\d+)\" data-ready=\"yes\"");

    /** What the page drew. */
    record Drawn(int nodes, int edges) {
    }

    private HeadlessChromium() {
    }

    /** Opens {@code report}, with its profile and log in {@code scratch}, and returns what it drew. */
    static Drawn draw(Path report, Path scratch) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium package is not installed");
        Path err = scratch.resolve("chromium.log");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--virtual-time-budget=10000", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + scratch.resolve("profile"), "--dump-dom", report.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        Matcher status = STATUS.matcher(dom);
        assertTrue(status.find(), "the page script ran to the end");
        String log = Files.readString(err);
        assertFalse(log.contains("Uncaught"), log);
        assertFalse(Pattern.compile("CONSOLE.*(Error|error)").matcher(log).find(), log);
        return new Drawn(Integer.parseInt(status.group(1)), Integer.parseInt(status.group(2)));
    }
}
