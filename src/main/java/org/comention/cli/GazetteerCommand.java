package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.comention.common.Plural;
import org.comention.common.UserInputException;
import org.comention.entity.Alias;
import org.comention.entity.AliasKind;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerCheck;
import org.comention.entity.GazetteerReader;
import org.comention.text.TextNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comention gazetteer}: commands about the gazetteer itself. */
@Command(name = "gazetteer",
        mixinStandardHelpOptions = true,
        description = "Commands about the gazetteer: check validates tables before a run uses them; import makes them from Wikidata.",
        subcommands = {GazetteerCommand.Check.class, GazetteerImportCommand.class, CommandLine.HelpCommand.class})
public final class GazetteerCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code comention gazetteer check}: every problem of the gazetteer, at once. */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {"Validates gazetteer tables: malformed rows, unknown types or kinds, duplicate ids, aliases "
                    + "of unknown entities, aliases that two entities claim after normalisation, aliases without "
                    + "letters, entities nobody can name. Lists every problem with its file and line, then counts "
                    + "entities and aliases. Exit code 1 if there is any problem.",
                    "",
                    "Without FILE it checks the bundled gazetteer; with FILEs, the bundled one plus them as "
                            + "build --gazetteer would read them (or them alone with --no-bundled)."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "gazetteer tables or directories, as for build --gazetteer")
        List<Path> files = new ArrayList<>();

        @Option(names = "--no-bundled", description = "check FILEs alone, without the bundled gazetteer")
        boolean noBundled;

        @Option(names = "--debug", description = "show stack traces of errors")
        boolean debug;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (noBundled && files.isEmpty()) {
                throw new UserInputException("--no-bundled needs at least one FILE to check");
            }
            List<String> problems = new ArrayList<>();
            Gazetteer gazetteer = GazetteerReader.check(files, !noBundled, e -> problems.add(e.getMessage()));
            problems.addAll(new GazetteerCheck(new TextNormalizer()).problems(gazetteer));
            for (String problem : problems) {
                out.println(problem);
            }
            Map<String, Integer> types = new TreeMap<>();
            for (Entity entity : gazetteer.entities()) {
                types.merge(entity.type().name(), 1, Integer::sum);
            }
            Map<String, Integer> languages = new TreeMap<>();
            int adjectival = 0;
            for (Gazetteer.RankedAlias ranked : gazetteer.aliases()) {
                Alias alias = ranked.alias();
                languages.merge(alias.lang().isEmpty() ? "?" : alias.lang(), 1, Integer::sum);
                adjectival += alias.kind() == AliasKind.ADJECTIVAL ? 1 : 0;
            }
            out.printf(Locale.ROOT, "%s %s; %s (%,d adjectival) by language %s; %s%n",
                    Plural.of(gazetteer.size(), "entity", "entities"), types, Plural.of(gazetteer.aliases().size(), "alias", "aliases"),
                    adjectival, languages, Plural.of(problems.size(), "problem", "problems"));
            return problems.isEmpty() ? Main.EXIT_OK : Main.EXIT_INPUT;
        }
    }
}
