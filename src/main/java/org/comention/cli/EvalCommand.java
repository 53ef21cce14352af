package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.comention.common.UserInputException;
import org.comention.entity.GazetteerReader;
import org.comention.evaluation.Evaluation;
import org.comention.evaluation.GoldDocument;
import org.comention.evaluation.GoldReader;
import org.comention.evaluation.LabelKey;
import org.comention.evaluation.MentionTableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comention eval}: scores a mention table against hand annotation. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Scores the mentions of a build against hand annotation: document-level precision, recall and "
                + "F1 of entities and of entity pairs (edges), per language, overall and per entity; the same "
                + "definition as score.py.",
                "",
                "GOLD.jsonl holds one document a line: {\"id\", \"lang\", \"entities\": [{\"canonical\", "
                        + "\"surfaces\", \"adjectival\", \"optional\"}]}. A canonical label may be any English name "
                        + "of a gazetteer entity (Kiev, Volodymyr Zelensky)."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "the annotation")
    Path gold;

    @Option(names = "--mentions", paramLabel = "FILE", defaultValue = "output/mentions.csv",
            description = "the mention table to score (default: ${DEFAULT-VALUE})")
    Path mentions;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "names",
            description = "names: only named mentions count; all: adjectival ones too, as build --adjectives writes them "
                    + "(default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--min-support", paramLabel = "K", defaultValue = "1",
            description = "score only entities annotated in at least K documents (default: ${DEFAULT-VALUE})")
    int minSupport;

    @Option(names = "--gazetteer", paramLabel = "FILE", arity = "1..*",
            description = "extra gazetteer tables, as for build, used to resolve gold labels")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--errors", description = "list every false positive (FP) and false negative (FN)")
    boolean listErrors;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        GoldDocument.Mode parsedMode;
        try {
            parsedMode = GoldDocument.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--mode must be names or all, not '" + mode + "'");
        }
        LabelKey key = new LabelKey(GazetteerReader.readWithBundled(gazetteers));
        Evaluation evaluation = Evaluation.of(new GoldReader().read(gold), new MentionTableReader().read(mentions),
                parsedMode, minSupport, key);
        PrintWriter out = spec.commandLine().getOut();
        if (listErrors) {
            for (Evaluation.Error error : evaluation.errors()) {
                out.printf("%s %s %s%n", error.kind(), error.document(), error.entity());
            }
            out.println();
        }
        out.printf("%-6s %9s %9s %9s %9s   %9s %9s %9s%n", "lang", "entity P", "R", "F1", "(tp/fp/fn)", "edge P", "R", "F1");
        List<String> languages = new ArrayList<>(evaluation.entitiesByLanguage().keySet());
        languages.remove("all");
        languages.add("all");
        for (String lang : languages) {
            Evaluation.Counts e = evaluation.entitiesByLanguage().get(lang);
            Evaluation.Counts g = evaluation.edgesByLanguage().get(lang);
            out.printf(Locale.ROOT, "%-6s %9.3f %9.3f %9.3f %10s   %9.3f %9.3f %9.3f%n", lang, e.precision(), e.recall(), e.f1(),
                    e.tp() + "/" + e.fp() + "/" + e.fn(), g.precision(), g.recall(), g.f1());
        }
        out.println();
        out.printf("%-40s %6s %6s %6s %7s%n", "entity", "tp", "fp", "fn", "F1");
        for (Map.Entry<String, Evaluation.Counts> entry : evaluation.byEntity().entrySet()) {
            Evaluation.Counts c = entry.getValue();
            out.printf(Locale.ROOT, "%-40s %6d %6d %6d %7.3f%n", entry.getKey(), c.tp(), c.fp(), c.fn(), c.f1());
        }
        out.printf(Locale.ROOT, "%nentity F1 (%s) %.3f%n", mode, evaluation.entitiesByLanguage().get("all").f1());
        return Main.EXIT_OK;
    }
}
