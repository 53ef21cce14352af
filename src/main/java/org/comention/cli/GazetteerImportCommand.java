package org.comention.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.comention.common.Plural;
import org.comention.common.UserInputException;
import org.comention.corpus.CountingInputStream;
import org.comention.entity.GazetteerImport;
import org.comention.entity.GazetteerReader;
import org.comention.entity.SparqlResults;
import org.comention.entity.WikidataClasses;
import org.comention.entity.WikidataDump;
import org.comention.entity.WikidataItem;
import org.comention.export.AtomicOutput;
import org.comention.export.CsvOut;
import org.comention.export.OutputException;
import org.comention.text.TextNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code comention gazetteer import}: gazetteer tables from Wikidata. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Makes gazetteer tables (entities.csv, aliases.csv in DIR) from Wikidata: the JSON dump "
                + "(latest-all.json or .json.gz, or a filtered extract with one entity a line, gzip or not) or the CSV "
                + "or JSON result of a SPARQL query with the columns item, article, class, name, lang. Label = the "
                + "English Wikipedia title, wikidata = the Q-id, type from the P31 classes; items without an English "
                + "article or with no mapped class are skipped and counted. Use the tables with build --gazetteer DIR.",
                "",
                "FILE - reads standard input: lbzip2 -dc latest-all.json.bz2 | comention gazetteer import -o DIR -"})
final class GazetteerImportCommand implements Callable<Integer> {
    /** Columns of the tables written: the layout of the bundled gazetteer. */
    static final String[] ENTITY_HEADER = {"id", "label", "type", "wikidata"};
    static final String[] ALIAS_HEADER = {"entity", "lang", "alias", "kind"};

    /** Lowercase, as the user types them: picocli matches enum values by name. */
    enum Format { auto, dump, sparql }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1", description = "a Wikidata JSON dump or extract, or a SPARQL result (- for stdin)")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "directory for entities.csv and aliases.csv (made if missing; the two files are replaced)")
    Path output;

    @Option(names = "--languages", split = ",", paramLabel = "LANG",
            description = "languages of the names to take (default: ${DEFAULT-VALUE})")
    List<String> languages = List.of("en", "ar", "fa", "tr", "ru", "fr");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}: the input's format (default: auto, told by the content)")
    Format format = Format.auto;

    @Option(names = "--quiet", description = "print no summary or progress; problems still go to stderr")
    boolean quiet;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        Set<String> langs = new LinkedHashSet<>();
        for (String lang : languages) {
            String code = lang.strip().toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
                throw new UserInputException("--languages: not a language code: '" + UserInputException.printable(lang) + "'");
            }
            langs.add(code);
        }
        // before reading, which may take hours, not after
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserInputException(output + ": exists and is not a directory");
        }
        Files.createDirectories(output);
        if (!Files.isWritable(output)) {
            throw new UserInputException(output + ": directory is not writable");
        }
        boolean stdin = file.toString().equals("-");
        String name = stdin ? "<stdin>" : file.toString();
        // the gazetteer's limit holds for a run with the bundled gazetteer, so the imported tables always load beside it
        int room = GazetteerReader.MAX_ALIASES - GazetteerReader.readWithBundled(List.of()).aliases().size();
        GazetteerImport imported = new GazetteerImport(WikidataClasses.bundled(), langs, room, new TextNormalizer());
        Progress progress = new Progress(spec.commandLine().getErr(), quiet).counting("entity");
        PrintWriter err = progress.messages();
        long[] problems = new long[1];
        Consumer<WikidataDump.Skip> skipped = skip -> {
            imported.skip(skip.reason());
            if (skip.problem() != null) {
                problems[0]++;
                err.println("comention: " + skip.problem().getMessage());
            }
        };
        try {
            if (!stdin) {
                progress.meter().expect(Files.size(file));
            } else {
                progress.meter().expect(-1);
            }
            progress.startReading();
            try (InputStream raw = stdin ? System.in : Files.newInputStream(file);
                 InputStream in = new java.io.BufferedInputStream(new CountingInputStream(raw, progress.meter()), 1 << 16)) {
                Format chosen = format == Format.auto ? detect(in) : format;
                if (chosen == Format.sparql) {
                    SparqlResults.read(in, name, langs, item -> {
                        imported.add(item);
                        progress.update(imported.read());
                    }, skipped);
                } else {
                    WikidataDump dump = WikidataDump.open(in, name, langs);
                    for (WikidataItem item = dump.next(skipped); item != null; item = dump.next(skipped)) {
                        imported.add(item);
                        progress.update(imported.read());
                    }
                }
            } catch (NoSuchFileException e) {
                throw new UserInputException(name + ": no such file");
            }
            progress.phase("writing tables");
            List<GazetteerImport.Row> rows = imported.finish();
            long aliases = write(rows);
            progress.close();
            if (!quiet) {
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "%s read, %,d written with %s to %s; skipped: %s; "
                                + "aliases left out: %s%n", Plural.of(imported.read(), "entity", "entities"), rows.size(),
                        Plural.of(aliases, "alias", "aliases"), output,
                        describe(imported.skipped()), describe(imported.droppedNames()));
            }
        } finally {
            progress.close();
        }
        return Main.EXIT_OK;
    }

    /**
     * Both tables written whole under temporary names, then moved into place one after the other,
     * so a failed write (a full disk) leaves the previous pair as it was, never new entities with old aliases.
     */
    private long write(List<GazetteerImport.Row> rows) throws IOException {
        long count = 0;
        try (AtomicOutput entities = AtomicOutput.open(output.resolve("entities.csv"));
             AtomicOutput aliases = AtomicOutput.open(output.resolve("aliases.csv"))) {
            try {
                CsvOut table = CsvOut.open(entities.writer(), ENTITY_HEADER);
                for (GazetteerImport.Row row : rows) {
                    table.record(row.entity().id(), row.entity().label(), row.entity().type().name(), row.entity().wikidata());
                }
                table.flush();
                entities.writer().flush();
            } catch (IOException e) {
                throw unchanged(OutputException.of(entities.target(), e));
            }
            try {
                CsvOut table = CsvOut.open(aliases.writer(), ALIAS_HEADER);
                for (GazetteerImport.Row row : rows) {
                    for (WikidataItem.Name name : row.names()) {
                        table.record(row.entity().id(), name.lang(), name.text(), "name");
                        count++;
                    }
                }
                table.flush();
                aliases.writer().flush();
            } catch (IOException e) {
                throw unchanged(OutputException.of(aliases.target(), e));
            }
            try {
                entities.commit();
            } catch (OutputException e) {
                throw unchanged(e);
            }
            aliases.commit();
        }
        return count;
    }

    private UserInputException unchanged(OutputException e) {
        return new UserInputException(output.resolve(e.fileName()) + ": cannot write (" + e.reason()
                + "); the previous tables in " + output + " are unchanged");
    }

    /**
     * The format of an input by its first bytes: gzip or a JSON array or an object whose first
     * key is not {@code head} is a dump; a JSON object starting with {@code head} or {@code results}
     * is a SPARQL JSON result; anything else is read as a SPARQL CSV result.
     */
    static Format detect(InputStream in) throws IOException {
        in.mark(1 << 12);
        byte[] head = in.readNBytes(1 << 12);
        in.reset();
        if (WikidataDump.compressed(head)) {
            return Format.dump;
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("[")) {
            return Format.dump;
        }
        if (text.startsWith("{")) {
            String rest = text.substring(1).stripLeading();
            return rest.startsWith("\"head\"") || rest.startsWith("\"results\"") ? Format.sparql : Format.dump;
        }
        return Format.sparql;
    }

    private static String describe(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        counts.forEach((reason, n) -> s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", n, reason)));
        return s.toString();
    }
}
