package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.comention.common.UserInputException;
import org.comention.entity.Entity;
import org.comention.entity.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code comention mentions}: every mention in its context, to audit what was linked and how. */
@Command(name = "mentions",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Prints every mention the gazetteer finds, in context (keyword in context), with how it "
                + "matched: exact, normalised, proclitic, variant or adjectival. Reads and cleans the input as "
                + "build does; writes nothing.",
                "",
                "Each line: document id, entity label, match kind, then the context with the mention between "
                        + "\u00AB and \u00BB. Line breaks in the context are shown as spaces. A document the input gave a "
                        + "date, source, title or URL is headed by a line '# id, date, source, title, url' (tab-separated)."})
public final class MentionsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--entity", paramLabel = "NAME", arity = "1..*",
            description = "show only these entities, by id (nato), label (NATO), case ignored, or any alias as the "
                    + "matcher reads it (Stoltenberg, Kiev, بلينكن)")
    List<String> entities = new ArrayList<>();

    @Option(names = "--context", paramLabel = "N", defaultValue = "40",
            description = "characters of context on each side (default: ${DEFAULT-VALUE})")
    int context;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        if (context < 0) {
            throw new UserInputException("--context must be 0 or more, not " + context);
        }
        PrintWriter out = spec.commandLine().getOut();
        CorpusOptions.Stages stages = corpus.stages();
        Set<Integer> wanted = new HashSet<>();
        for (String name : entities) {
            wanted.add(stages.entity(name, "--entity "));
        }
        RunSummary summary = new RunSummary();
        stages.run(spec.commandLine().getErr(), summary, new Progress(spec.commandLine().getErr(), true),
                (part, normalized, mentions) -> {
                    String heading = DocumentHeading.of(part);
                    for (Mention m : mentions) {
                        if (wanted.isEmpty() || wanted.contains(m.entity())) {
                            if (heading != null) {
                                out.println(heading);
                                heading = null;
                            }
                            out.println(line(part.id(), stages.gazetteer.entity(m.entity()), m, part.text()));
                        }
                    }
                });
        out.flush();
        return Main.EXIT_OK;
    }

    private String line(String documentId, Entity entity, Mention m, String text) {
        String left = text.substring(Math.max(0, m.start() - context), m.start());
        String right = text.substring(m.end(), (int) Math.min(text.length(), (long) m.end() + context));
        return String.format(Locale.ROOT, "%s\t%s\t%s\t%s\u00AB%s\u00BB%s", documentId, entity.label(), m.how().code(),
                flat(left), flat(text.substring(m.start(), m.end())), flat(right));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
