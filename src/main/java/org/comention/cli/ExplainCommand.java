package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.comention.common.Plural;
import org.comention.common.UserInputException;
import org.comention.entity.Entity;
import org.comention.entity.Mention;
import org.comention.text.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comention explain A B}: the evidence behind an edge. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Prints the sentences where two entities are mentioned together, with their document ids: the "
                + "evidence behind an edge; a document the input gave a date, source, title or URL is headed by a line "
                + "'# id, date, source, title, url' (tab-separated). Entities are given by id (jens-stoltenberg), label "
                + "(\"Jens Stoltenberg\") or any alias (Stoltenberg, Kiev, بلينكن). "
                + "Reads and cleans the input as build does.",
                "",
                "With the default document window an edge needs only both entities somewhere in a document; the "
                        + "documents where they never share a sentence are listed after the sentences."})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the first entity (id, label or alias)")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "the second entity (id, label or alias)")
    String second;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "print at most N sentences (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        if (limit < 0) {
            throw new UserInputException("--limit must be 0 or more, not " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        CorpusOptions.Stages stages = corpus.stages();
        int a = stages.entity(first, "");
        int b = stages.entity(second, "");
        if (a == b) {
            throw new UserInputException("explain needs two different entities, not " + first + " twice");
        }
        Segmenter segmenter = new Segmenter();
        int[] printed = {0, 0};
        Set<String> documentsOnly = new java.util.TreeSet<>();
        stages.run(spec.commandLine().getErr(), new RunSummary(), new Progress(spec.commandLine().getErr(), true),
                (part, normalized, mentions) -> {
                    boolean hasA = mentions.stream().anyMatch(m -> m.entity() == a);
                    boolean hasB = mentions.stream().anyMatch(m -> m.entity() == b);
                    if (!hasA || !hasB) {
                        return;
                    }
                    int[] starts = segmenter.sentenceStarts(part.text());
                    Set<Integer> withA = new HashSet<>();
                    Set<Integer> withB = new HashSet<>();
                    for (Mention m : mentions) {
                        int sentence = Segmenter.segmentOf(starts, m.start());
                        if (m.entity() == a) {
                            withA.add(sentence);
                        } else if (m.entity() == b) {
                            withB.add(sentence);
                        }
                    }
                    withA.retainAll(withB);
                    if (withA.isEmpty()) {
                        documentsOnly.add(part.id());
                        return;
                    }
                    String heading = DocumentHeading.of(part);
                    for (int s : new java.util.TreeSet<>(withA)) {
                        printed[1]++;
                        if (printed[0] < limit) {
                            if (heading != null) {
                                out.println(heading);
                                heading = null;
                            }
                            int end = s + 1 < starts.length ? starts[s + 1] : part.text().length();
                            out.printf(Locale.ROOT, "%s\t%s%n", part.id(), part.text().substring(starts[s], end).replaceAll("\\s+", " ").strip());
                            printed[0]++;
                        }
                    }
                });
        Entity ea = stages.gazetteer.entity(a);
        Entity eb = stages.gazetteer.entity(b);
        out.printf(Locale.ROOT, "%s with both %s and %s%s.%n", Plural.of(printed[1], "sentence", "sentences"), ea.label(),
                eb.label(), printed[1] > printed[0] ? " (" + printed[0] + " shown)" : "");
        if (!documentsOnly.isEmpty()) {
            out.printf(Locale.ROOT, "In the same document but not the same sentence: %s%n", String.join(", ", documentsOnly));
        }
        return Main.EXIT_OK;
    }
}
