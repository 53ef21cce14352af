package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.comention.common.Plural;
import org.comention.common.UserInputException;
import org.comention.entity.DiscoveredEntities;
import org.comention.entity.DiscoveredName;
import org.comention.entity.DocumentMatching;
import org.comention.entity.NameDiscovery;
import org.comention.export.AtomicOutput;
import org.comention.export.CsvOut;
import org.comention.export.DiscoveredLayerWriter;
import org.comention.export.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code comention suggest}: the names discovery proposes, ready to add to a gazetteer. A view of
 * the same {@link NameDiscovery} that {@code build} runs, not a second algorithm: every proposal
 * that survives the overlap rules is listed, with how often and in how many documents, the
 * confidence build would give it, and whether build makes it a node ({@code node} = yes) or it
 * lacks the evidence (no).
 */
@Command(name = "suggest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Lists the names in the input that no gazetteer entity covers, as build's discovery proposes "
                + "them, with counts, confidence, whether build makes them nodes, and an example context, as a CSV laid "
                + "out like an alias table: fill in the entity column (and add the entity to an entities table) and pass "
                + "the files to build --gazetteer.",
                "",
                "Names below build's evidence threshold (a strong cue, or two mentions in a document) are listed too, "
                        + "with node = no."})
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

    /** The running tally of one proposed name (normalised) and type. */
    private static final class Tally {
        final String name;
        final String type;
        final String rule;
        final String example;
        int count;
        boolean node;
        final Set<String> documents = new HashSet<>();
        /** Per document, the strongest proposal: confidence as build computes it. */
        final Map<String, Double> strongest = new HashMap<>();

        Tally(String name, String type, String rule, String example) {
            this.name = name;
            this.type = type;
            this.rule = rule;
            this.example = example;
        }

        double confidence() {
            double unsure = 1;
            for (double s : strongest.values()) {
                unsure *= 1 - Math.min(s, DiscoveredEntities.MAX_CONFIDENCE);
            }
            return Math.min(DiscoveredEntities.MAX_CONFIDENCE, 1 - unsure);
        }
    }

    /** What a worker keeps of a part: its id, text and judged proposals. */
    private record Proposed(String id, String text, List<NameDiscovery.Proposal> proposals) {
    }

    @Override
    public Integer call() throws IOException {
        if (minCount < 1 || top < 0) {
            throw new UserInputException("--min-count must be 1 or more and --top 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        corpus.discover = true;
        CorpusOptions.Stages stages = corpus.stages();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        RunSummary summary = new RunSummary();
        stages.runParts(spec.commandLine().getErr(), summary, new Progress(spec.commandLine().getErr(), true),
                (DocumentMatching.Part part) -> new Proposed(part.document().id(), part.document().text(), part.proposals()),
                proposed -> {
                    for (NameDiscovery.Proposal p : proposed.proposals()) {
                        DiscoveredName n = p.name();
                        Tally tally = tallies.computeIfAbsent(p.key() + '\u0000' + n.type(), k -> new Tally(n.name(),
                                n.type().name(), n.rule(), proposed.id() + ": " + context(proposed.text(), n.start(), n.end())));
                        tally.count++;
                        tally.node |= p.accepted();
                        tally.documents.add(proposed.id());
                        tally.strongest.merge(proposed.id(), n.strength(), Math::max);
                    }
                });
        List<Tally> ranked = new ArrayList<>();
        for (Tally t : tallies.values()) {
            if (t.count >= minCount) {
                ranked.add(t);
            }
        }
        ranked.sort((a, b) -> a.count != b.count ? b.count - a.count
                : a.documents.size() != b.documents.size() ? b.documents.size() - a.documents.size()
                : a.name.compareTo(b.name));
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicOutput.write(output, writer -> {
            CsvOut printer = CsvOut.open(writer, "entity", "lang", "alias", "kind", "count", "documents", "type", "confidence",
                    "node", "rule", "example");
            for (Tally t : ranked) {
                printer.record(null, DiscoveredLayerWriter.language(t.name), t.name, "name", t.count, t.documents.size(), t.type,
                        Numbers.format(t.confidence()), t.node ? "yes" : "no", t.rule, t.example);
            }
            printer.flush();
        });
        out.printf("%6s %5s %5s %4s  %-30s %-7s %s%n", "count", "docs", "conf", "node", "name", "type", "example");
        for (Tally t : ranked.subList(0, Math.min(top, ranked.size()))) {
            out.printf(Locale.ROOT, "%6d %5d %5.2f %4s  %-30s %-7s %s%n", t.count, t.documents.size(), t.confidence(),
                    t.node ? "yes" : "no", t.name, t.type, t.example);
        }
        long nodes = ranked.stream().filter(t -> t.node).count();
        out.printf(Locale.ROOT, "%s proposed in %s (%s); wrote %s%n", Plural.of(ranked.size(), "name", "names"),
                Plural.of(summary.documents(), "document", "documents"), Plural.of(nodes, "would-be node", "would-be nodes"), output);
        return Main.EXIT_OK;
    }

    private static String context(String text, int start, int end) {
        String s = text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30));
        return s.replaceAll("\\s+", " ").strip();
    }
}
