package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.comention.common.UserInputException;
import org.comention.entity.NameCandidates;
import org.comention.export.AtomicOutput;
import org.comention.export.CsvOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.comention.text.Scripts;

/** {@code comention suggest}: frequent names the gazetteer does not know, ready to add to it. */
@Command(name = "suggest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Lists frequent names in the input that no gazetteer entity covers, with counts and an "
                + "example context, as a CSV laid out like an alias table: fill in the entity column (and add the "
                + "entity to an entities table) and pass the files to build --gazetteer.",
                "",
                "Candidates come from titles in Arabic and Persian (الرئيس, وزير الخارجية, المتحدث باسم, رئیس جمهور, "
                        + "سخنگوی, ...), from sequences of capitalised Latin or Cyrillic words, and from short quoted "
                        + "names. Text already linked to an entity is skipped."})
public final class SuggestCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "output/suggestions.csv",
            description = "where to write the suggestions (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "keep names seen at least N times (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "how many suggestions to print (all go to the file) (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    /** The running tally of one candidate name. */
    private static final class Tally {
        final String surface;
        final String cue;
        final String example;
        int count;
        final Set<String> documents = new HashSet<>();

        Tally(String surface, String cue, String example) {
            this.surface = surface;
            this.cue = cue;
            this.example = example;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (minCount < 1 || top < 0) {
            throw new UserInputException("--min-count must be 1 or more and --top 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        CorpusOptions.Stages stages = corpus.stages();
        NameCandidates finder = new NameCandidates();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        RunSummary summary = new RunSummary();
        stages.run(spec.commandLine().getErr(), summary, new Progress(spec.commandLine().getErr(), true),
                (part, normalized, mentions) -> {
                    for (NameCandidates.Candidate c : finder.find(part.text(), normalized, mentions)) {
                        Tally tally = tallies.computeIfAbsent(c.key(), k -> new Tally(c.surface(), c.cue(),
                                part.id() + ": " + context(part.text(), c.start(), c.end())));
                        tally.count++;
                        tally.documents.add(part.id());
                    }
                });
        List<Tally> ranked = new ArrayList<>();
        for (Tally t : tallies.values()) {
            // a quoted phrase is a name only if the corpus has it more than once
            if (t.count >= minCount && !(t.cue.equals("quoted") && t.count < 2)) {
                ranked.add(t);
            }
        }
        ranked.sort((a, b) -> a.count != b.count ? b.count - a.count
                : a.documents.size() != b.documents.size() ? b.documents.size() - a.documents.size()
                : a.surface.compareTo(b.surface));
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicOutput.write(output, writer -> {
            CsvOut printer = CsvOut.open(writer, "entity", "lang", "alias", "kind", "count", "documents", "cue", "example");
            for (Tally t : ranked) {
                printer.record(null, language(t.surface), t.surface, "name", t.count, t.documents.size(), t.cue, t.example);
            }
            printer.flush();
        });
        out.printf("%6s %5s  %-30s %-16s %s%n", "count", "docs", "name", "cue", "example");
        for (Tally t : ranked.subList(0, Math.min(top, ranked.size()))) {
            out.printf(Locale.ROOT, "%6d %5d  %-30s %-16s %s%n", t.count, t.documents.size(), t.surface, t.cue, t.example);
        }
        out.printf(Locale.ROOT, "%,d candidate names in %,d documents; wrote %s%n", ranked.size(), summary.documents(), output);
        return Main.EXIT_OK;
    }

    private static String context(String text, int start, int end) {
        String s = text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30));
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The script's language, as a first guess for the lang column: Persian letters mean fa. */
    private static String language(String surface) {
        boolean arabic = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if ("پچژگکی".indexOf(c) >= 0) {
                return "fa";
            }
            byte script = Scripts.of(c);
            if (script == Scripts.CYRILLIC) {
                return "ru";
            }
            arabic |= script == Scripts.ARABIC;
        }
        return arabic ? "ar" : "en";
    }
}
