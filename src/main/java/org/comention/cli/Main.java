package org.comention.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.comention.common.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code comention} command: subcommands, exit codes and one-line errors. */
@Command(name = "comention",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds entity co-occurrence graphs from news articles in Arabic, Persian, English and more: "
                + "finds the people, organisations and places they name, resolves every spelling to one canonical "
                + "entity, links entities mentioned together, and exports the graph for Gephi with centrality rankings.",
        subcommands = {BuildCommand.class, SparkCommand.class, RankCommand.class, MentionsCommand.class, ExplainCommand.class, SuggestCommand.class, EvalCommand.class,
                GazetteerCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  a user mistake: bad input, bad command line, unwritable output (one line says what)",
                "  2  partial: build --strict skipped some input (outputs written, warnings say what)",
                "  3  internal error (run again with --debug for the stack trace)"})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INPUT = 1;
    /** A bad command line is a user mistake like bad input. */
    public static final int EXIT_USAGE = 1;
    /** {@code build --strict} skipped some input: the outputs are written, but the run was not whole. */
    public static final int EXIT_PARTIAL = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, java.nio.file.FileSystems.getDefault());
    }

    /**
     * Runs the command line with its paths in {@code files}: the tests put the output on a file
     * system that runs out of space, to see what a user sees when the disk is full.
     */
    static int run(String[] args, PrintWriter printed, PrintWriter printedErr, java.nio.file.FileSystem files) {
        // every line goes through one writer that escapes what could drive the terminal
        PrintWriter out = TerminalWriter.of(printed);
        PrintWriter err = TerminalWriter.of(printedErr);
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.registerConverter(java.nio.file.Path.class, value -> {
            if (value.isEmpty()) {
                // an empty name is the working directory: an unset variable in a script would read or write there
                throw new CommandLine.TypeConversionException("an empty name is not a file or directory");
            }
            return files.getPath(value);
        });
        // no ANSI colours in the help: TerminalWriter would print their escapes as text
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("comention: " + e.getMessage());
            CommandLine failing = e.getCommandLine();
            err.println("Try '" + failing.getCommandSpec().qualifiedName() + " --help' for more.");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, failing, parseResult) -> {
            Throwable cause = e;
            if (cause instanceof UserInputException || cause instanceof java.io.IOException
                    || cause instanceof java.io.UncheckedIOException) {
                err.println("comention: " + message(cause));
                if (debug) {
                    e.printStackTrace(err);
                }
                return EXIT_INPUT;
            }
            err.println("comention: internal error: " + cause + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return EXIT_INTERNAL;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // a user sizing problem, not a bug: one line saying what to change, not a stack trace
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** What to do when the heap of {@code maxHeapBytes} ran out. */
    static String outOfMemory(long maxHeapBytes) {
        return String.format(java.util.Locale.ROOT, "comention: out of memory (the Java heap is limited to %,d MB): "
                + "give it more with java -Xmx<size> -jar comention.jar ..., or make the graph smaller "
                + "(--min-weight, --min-documents, --top-edges); the previous outputs are unchanged",
                maxHeapBytes / (1024 * 1024));
    }

    private static String message(Throwable e) {
        if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof UserInputException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return ((java.nio.file.AccessDeniedException) e).getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return ((java.nio.file.NoSuchFileException) e).getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException fs = (java.nio.file.FileSystemException) e;
            return fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        }
        return String.valueOf(e.getMessage());
    }

    /** The version recorded in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"comention " + (version == null ? "(development build)" : version),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
