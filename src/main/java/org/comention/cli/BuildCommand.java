package org.comention.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.CentralityMeasures;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.common.Plural;
import org.comention.common.UserInputException;
import org.comention.cooccurrence.Association;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.cooccurrence.CounterShards;
import org.comention.cooccurrence.DocumentInfo;
import org.comention.cooccurrence.DocumentPairing;
import org.comention.cooccurrence.DocumentPairs;
import org.comention.cooccurrence.TimeSlice;
import org.comention.cooccurrence.WindowAssigner;
import org.comention.cooccurrence.WindowSpec;
import org.comention.corpus.Document;
import org.comention.entity.DiscoveredEntities;
import org.comention.entity.Gazetteer;
import org.comention.entity.NameDiscovery;
import org.comention.entity.NameSkeleton;
import org.comention.export.DiscoveredLayerWriter;
import org.comention.export.GephiTableWriter;
import org.comention.export.GexfWriter;
import org.comention.export.GraphMlWriter;
import org.comention.export.MentionTableWriter;
import org.comention.export.DocumentTableWriter;
import org.comention.export.NodeLinkJsonWriter;
import org.comention.export.OutputBatch;
import org.comention.export.OutputException;
import org.comention.export.OutputManifest;
import org.comention.export.OutputStaging;
import org.comention.export.RankingTableWriter;
import org.comention.export.ReportWriter;
import org.comention.export.JsonFile;
import org.comention.export.SurfaceForms;
import org.comention.graph.DisparityFilter;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphBuilder;
import org.comention.text.NormalizedText;
import org.comention.text.LanguageGuess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code comention build}: articles in, graph, tables and rankings out. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Reads articles, finds gazetteer entities, counts co-occurrences and writes the graph.",
                "",
                "Input: a directory of .txt files (read recursively; doc id = relative path without .txt), "
                        + "a .csv file with a header (id and text required; date, source, title, url, lang used), "
                        + "or a .jsonl file with the same fields. UTF-8, or UTF-16 or UTF-32 with a byte order mark; "
                        + "other encodings are detected (with a warning) or given with --encoding. Binary files, and "
                        + "documents over --max-document-chars, are skipped with a warning.",
                "",
                "Writes to the output directory: graph.graphml and graph.gexf (for Gephi; the GEXF is dynamic when documents "
                        + "have dates), graph.json (networkx, d3), nodes.csv and edges.csv (Gephi "
                        + "spreadsheet import), mentions.csv (one row per mention), rankings.csv (every node, every "
                        + "measure), aliases.csv (every surface form linked, with its count), then prints the top entities.",
                "",
                "Names no gazetteer entry covers (people, organisations, places) are discovered and become nodes with "
                        + "origin = discovered and a confidence, when a strong cue or repeated mentions support them; "
                        + "discovered-entities.csv and discovered-aliases.csv list them as a gazetteer layer to promote "
                        + "with --gazetteer. --no-discover links the gazetteer's entities only.",
                "",
                "Edge weight = number of windows (documents by default) in which both entities appear, or another "
                        + "association measure with --weight. "
                        + "Betweenness and harmonic closeness read weights as distances: they run on 1/weight."})
public final class BuildCommand implements Callable<Integer> {
    /** Published last, so a new run.json means the whole run's outputs are in place. */
    static final String RUN_RECORD = OutputManifest.RECORD;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "directory to write the outputs to; created if missing (default: ${DEFAULT-VALUE})")
    Path output;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--window", paramLabel = "UNIT", defaultValue = "document", converter = WindowConverter.class, split = ",",
            description = "co-occurrence window: document, paragraph, sentence, or N (blocks of N tokens); several, "
                    + "comma-separated (document,sentence), count side by side as weight_document, weight_sentence, the "
                    + "first one making the edges (default: ${DEFAULT-VALUE})")
    List<WindowSpec> windowSpecs;

    @Option(names = "--max-window-entities", paramLabel = "K", defaultValue = "500",
            description = "a window with more than K distinct entities pairs only its K most mentioned (ties: first "
                    + "mentioned), so one document naming thousands of entities cannot make millions of pairs; their "
                    + "mentions still count; 0 = no cap (default: ${DEFAULT-VALUE})")
    int maxWindowEntities;

    @Option(names = "--weight", paramLabel = "MEASURE", defaultValue = "count", converter = AssociationConverter.class,
            description = "edge weight: count (shared windows), jaccard, dice, npmi, association_strength, log_likelihood; "
                    + "all are written as edge attributes either way (default: ${DEFAULT-VALUE})")
    Association weight;

    @Option(names = "--min-weight", paramLabel = "W", defaultValue = "0",
            description = "drop edges whose weight is below W; 0 keeps all (default: ${DEFAULT-VALUE})")
    double minWeight;

    @Option(names = "--min-documents", paramLabel = "D", defaultValue = "1",
            description = "drop edges supported by fewer than D documents (default: ${DEFAULT-VALUE})")
    int minDocuments;

    @Option(names = "--backbone", paramLabel = "ALPHA",
            description = "keep only the backbone by the disparity filter at significance ALPHA, e.g. 0.05 "
                    + "(Serrano, Boguna and Vespignani 2009)")
    Double backbone;

    @Option(names = "--top-edges", paramLabel = "N",
            description = "keep only the N heaviest edges (after the other filters)")
    Integer topEdges;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "how many entities the printed ranking shows (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--rank-by", paramLabel = "MEASURE", defaultValue = "weighted_degree", converter = MeasureConverter.class,
            description = "measure the printed ranking and rankings.csv are ordered by: degree, weighted_degree, "
                    + "betweenness, harmonic_closeness, pagerank, eigenvector (default: ${DEFAULT-VALUE})")
    CentralityMeasure rankBy;

    @Mixin
    CentralityOptions centrality;

    @Option(names = "--time-slice", paramLabel = "UNIT", defaultValue = "month", converter = TimeSliceConverter.class,
            description = "when documents have dates, graph.gexf is dynamic: day, week, month or year slices, each "
                    + "with its own edge weights; none for a static graph, counted faster (default: ${DEFAULT-VALUE})")
    TimeSlice timeSlice;

    @Option(names = "--resolution", paramLabel = "R", defaultValue = "1.0",
            description = "resolution of the Leiden community detection (modularity); higher gives more, smaller "
                    + "communities (default: ${DEFAULT-VALUE})")
    double resolution;

    @Option(names = "--from-tables", paramLabel = "DIR",
            description = "make the graph from the tables of `comention spark` (a local directory) instead of reading "
                    + "articles: the same outputs but mentions.csv; window and time slice are the tables'")
    Path fromTables;

    @Option(names = "--no-discover",
            description = "link gazetteer entities only: no discovered names (people, organisations, places no "
                    + "gazetteer table lists) become nodes")
    boolean noDiscover;

    @Option(names = "--max-discovered", paramLabel = "N", defaultValue = "200000",
            description = "discover at most N entities in the run; names first seen after that are left out (each "
                    + "entity costs every counting thread about 100 bytes) (default: ${DEFAULT-VALUE})")
    int maxDiscovered;

    @Option(names = "--strict",
            description = "exit with code 2 when any input was skipped (a bad file, row or line), after writing the outputs")
    boolean strict;

    @Option(names = "--quiet", description = "print no ranking, summary or progress; warnings still go to stderr")
    boolean quiet;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        // warnings go through the progress, so none is glued to its line on a terminal
        Progress progress = new Progress(spec.commandLine().getErr(), quiet);
        PrintWriter err = progress.messages();
        if (top < 0) {
            throw new UserInputException("--top must be 0 or more, not " + top);
        }
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new UserInputException("--resolution must be a number > 0, not " + resolution);
        }
        if (minDocuments < 1) {
            throw new UserInputException("--min-documents must be 1 or more, not " + minDocuments);
        }
        if (backbone != null && !(backbone > 0 && backbone <= 1)) {
            throw new UserInputException("--backbone must be in (0, 1], not " + backbone);
        }
        if (topEdges != null && topEdges < 0) {
            throw new UserInputException("--top-edges must be 0 or more, not " + topEdges);
        }
        if (!(minWeight >= 0) || Double.isInfinite(minWeight)) {
            throw new UserInputException("--min-weight must be a number, 0 (keep all edges) or more, not " + minWeight);
        }
        if (windowSpecs.isEmpty()) {
            throw new UserInputException("--window: give one or more windows: document, paragraph, sentence or N");
        }
        if (maxDiscovered < 0 || maxDiscovered > DiscoveredEntities.MAX_CAP) {
            throw new UserInputException("--max-discovered must be from 0 to " + DiscoveredEntities.MAX_CAP + ", not "
                    + maxDiscovered);
        }
        if (maxWindowEntities < 0) {
            throw new UserInputException("--max-window-entities must be 0 (no cap) or more, not " + maxWindowEntities);
        }
        centrality.validate();
        corpus.threadCount();
        corpus.readOptions(); // a bad --encoding is told before the output directory is made
        prepareOutputDirectory();
        // tables from Spark were counted with the gazetteer alone
        boolean discovering = !noDiscover && fromTables == null;
        corpus.discover = discovering;

        CorpusOptions.Stages stages;
        try {
            // a large gazetteer's matcher takes seconds to build: shown like a phase
            stages = corpus.stages(progress::buildingMatcher);
        } catch (IOException | RuntimeException e) {
            progress.close(); // the error's line is not glued to the progress line
            throw e;
        }
        Gazetteer gazetteer = stages.gazetteer;
        org.comention.cluster.Tables sparkTables = fromTables == null ? null : readTables(gazetteer);
        WindowSpec window = windowSpecs.get(0);
        List<WindowAssigner> assigners = windowSpecs.stream().map(WindowAssigner::new).toList();
        // discovered entities are numbered after the gazetteer's, up to the cap
        DiscoveredEntities discovered = discovering ? new DiscoveredEntities(gazetteer, new NameSkeleton(), maxDiscovered) : null;
        // as many counting threads as workers: on a dense graph counting is the slowest stage; none
        // for tables, which hold what the counters would
        List<CounterShards> counters = sparkTables != null ? List.of() : windowSpecs.stream()
                .map(spec -> new CounterShards(gazetteer.size(), timeSlice, maxWindowEntities, corpus.threadCount())).toList();
        // each worker thread pairs with scratch arrays of its own; they, and the counters', grow as
        // entities are discovered (a part numbers its own after the gazetteer's, the run its own)
        ThreadLocal<DocumentPairing> pairings = ThreadLocal.withInitial(
                () -> new DocumentPairing(gazetteer.size(), maxWindowEntities));
        long[] discoveredMentions = new long[1];
        LanguageGuess languages = new LanguageGuess();
        RunSummary summary = new RunSummary();
        SurfaceForms surfaces = new SurfaceForms(gazetteer);

        try (progress; OutputStaging staging = OutputStaging.open(output);
             // none from tables, which hold no mentions: an unused one would be left as a temporary file
             MentionTableWriter mentionTable = sparkTables != null ? null
                     : new MentionTableWriter(staging.file(MENTIONS), gazetteer);
             DocumentTableWriter documentTable = sparkTables != null ? null
                     : new DocumentTableWriter(staging.file(DOCUMENTS))) {
            if (staging.publishesFinished() > 0 && !quiet) {
                err.printf(java.util.Locale.ROOT, "comention: completed the publishing of the outputs of an interrupted "
                        + "run in %s%n", output);
            }
            if (staging.staleRemoved() > 0 && !quiet) {
                err.printf(java.util.Locale.ROOT, "comention: removed %s of an interrupted run from %s%n",
                        Plural.of(staging.staleRemoved(), "unfinished output", "unfinished outputs"), output);
            }
            if (sparkTables != null) {
                // counted on Spark: the tables hold what the counter would have
                sparkTables.addFormsTo(surfaces);
                summary.addFigures(sparkTables.figures());
            } else {
                // read -> clean -> normalise -> match -> window (workers), then count and write (in input order)
                stages.runParts(err, summary, progress,
                        matched -> {
                            Document part = matched.document();
                            List<org.comention.entity.Mention> mentions = matched.mentions();
                            boolean local = !matched.discovered().isEmpty();
                            return new Windowed(part, mentions, languages.of(part.lang(), part.text()),
                                    assigners.stream().map(a -> pairings.get().pair(mentions,
                                            a.assign(part.text(), matched.normalized(), mentions))).toList(),
                                    // rows name entities: discovered ones get their run's ids in input order
                                    local ? null : mentionTable.rows(part.id(), part.text(), mentions),
                                    local ? matched.normalized() : null, matched.discovered());
                        },
                        unnumbered -> {
                            Windowed windowed = discovered == null || unnumbered.discovered().isEmpty() ? unnumbered
                                    : numbered(unnumbered, discovered, assigners, mentionTable, err, discoveredMentions);
                            Document part = windowed.part();
                            List<String> capped = new java.util.ArrayList<>();
                            int cappedTotal = 0;
                            for (int i = 0; i < counters.size(); i++) {
                                int cappedWindows = i == 0
                                        ? counters.get(0).add(new DocumentInfo(part.id(), windowed.language(), part.date()),
                                                windowed.pairs().get(0))
                                        : counters.get(i).add(null, windowed.pairs().get(i));
                                cappedTotal += cappedWindows;
                                capped.add(windowsOf(cappedWindows, windowSpecs.get(i).toString()));
                            }
                            capped.removeIf(java.util.Objects::isNull);
                            if (cappedTotal > 0 && summary.addCappedDocument() <= CAPPED_WARNINGS) {
                                err.printf(java.util.Locale.ROOT, "comention: warning: %s: %s had more than %,d distinct entities; "
                                                + "only the %,d most mentioned %s paired (--max-window-entities)%n",
                                        part.id(), String.join(" and ", capped), maxWindowEntities, maxWindowEntities,
                                        cappedTotal == 1 ? "were" : "of each were");
                            }
                            mentionTable.append(windowed.mentionRows());
                            surfaces.add(part.text(), windowed.mentions(), windowed.language());
                            documentTable.add(part, windowed.language());
                        });
                if (summary.documentsCapped() > CAPPED_WARNINGS) {
                    long more = summary.documentsCapped() - CAPPED_WARNINGS;
                    err.printf(java.util.Locale.ROOT, "comention: warning: %s had windows of more than %,d "
                            + "distinct entities, capped alike%n", Plural.of(more, "more document", "more documents"), maxWindowEntities);
                }
            }
            if (sparkTables == null) {
                summary.setWindowsCapped(counters.stream().mapToLong(c -> c.capping().windows()).sum(), maxWindowEntities);
            }
            // -> graph -> rank -> export
            progress.phase("building graph");
            CooccurrenceCounts counted = sparkTables != null ? sparkTables.counts() : counters.get(0).finish();
            java.util.Map<String, CooccurrenceCounts> otherWindows = sparkTables != null ? sparkTables.otherCounts()
                    : otherCounts(counters);
            // the gazetteer and, after it, the entities discovered: what every later stage reads
            Gazetteer entities = discovered == null ? gazetteer : discovered.gazetteer();
            SurfaceForms forms = surfaces.over(entities);
            EntityGraph graph = new GraphBuilder(weight, minWeight, minDocuments,
                    backbone == null ? null : new DisparityFilter(backbone), topEdges == null ? Integer.MAX_VALUE : topEdges)
                    .build(counted, entities, window.toString(), otherWindows);
            counted = null; // the graph holds what it needs of the counts: a dense graph's counts are not kept twice
            otherWindows = null;
            Rankings rankings = Rankings.compute(graph.graph(),
                    centrality.measures(corpus.threadCount()), measure -> progress.phase("ranking: " + measure.name()));
            progress.phase("communities");
            Communities communities = Communities.detect(graph.graph(), resolution);
            // the writers only read the graph, each writes its own file: side by side, largest first
            progress.phase("writing the outputs");
            GephiTableWriter tables = new GephiTableWriter();
            OutputBatch batch = new OutputBatch(corpus.threadCount())
                    .add(() -> new GexfWriter(timeSlice).write(graph, rankings, communities, forms, rankBy,
                            staging.file("graph.gexf")))
                    .add(() -> new NodeLinkJsonWriter().write(graph, rankings, communities, forms, staging.file("graph.json")))
                    .add(() -> new GraphMlWriter().write(graph, rankings, communities, forms, staging.file("graph.graphml")))
                    .add(() -> tables.writeEdges(graph, staging.file("edges.csv")))
                    .add(() -> new ReportWriter().write(graph, rankings, communities, forms, rankBy, Math.max(top, 25),
                            documentTable == null ? java.util.Map.of() : documentTable.articles(), staging.file("report.html")))
                    .add(() -> tables.writeNodes(graph, rankings, communities, staging.file("nodes.csv")))
                    .add(() -> new RankingTableWriter().write(graph, rankings, communities, rankBy, staging.file("rankings.csv")))
                    .add(() -> forms.writeAliasTable(staging.file("aliases.csv")))
                    .add(() -> {
                        if (mentionTable != null) {
                            mentionTable.commit();
                        }
                        if (documentTable != null) {
                            documentTable.commit();
                        }
                    });
            if (discovered != null) {
                DiscoveredLayerWriter layer = new DiscoveredLayerWriter();
                batch.add(() -> layer.writeEntities(discovered, staging.file(DiscoveredLayerWriter.ENTITIES)))
                        .add(() -> layer.writeAliases(discovered, staging.file(DiscoveredLayerWriter.ALIASES)));
            }
            batch.run();
            java.util.Map<String, Object> record = runRecord(gazetteer, summary, graph, communities, discovered,
                    discoveredMentions[0]);
            record.put(OutputManifest.FIELD, staging.manifest(corpus.threadCount()));
            JsonFile.write(record, staging.file(RUN_RECORD));
            // all files are complete: now, and only now, they replace the previous run's, as one set; an
            // earlier run's mentions would sit beside a graph from tables that they do not describe
            List<String> retired = new java.util.ArrayList<>();
            if (sparkTables != null) {
                retired.add(MENTIONS);
                retired.add(DOCUMENTS);
            }
            if (discovered == null) {
                // an earlier run's discovered layer would not describe this graph
                retired.addAll(List.of(DiscoveredLayerWriter.ENTITIES, DiscoveredLayerWriter.ALIASES));
            }
            staging.publish(RUN_RECORD, retired);
            // the line is taken away before the ranking goes to stdout, which may be the same terminal
            progress.close();

            if (!quiet) {
                RankingPrinter printer = new RankingPrinter(out);
                printer.print(graph, rankings, rankBy, top, weight.code() + ", window " + window);
                out.println();
                printer.printCommunities(graph, rankings, communities, rankBy, top, 6);
                out.println();
                out.println(summary.describe(graph, window, output, (System.nanoTime() - started) / 1e9));
            }
        } catch (OutputException e) {
            throw new UserInputException(output.resolve(e.fileName()) + ": cannot write (" + e.reason()
                    + "); the previous outputs in " + output + " are unchanged");
        } finally {
            counters.forEach(CounterShards::close);
        }
        if (strict && summary.skipped() > 0) {
            err.printf(java.util.Locale.ROOT, "comention: --strict: %s skipped (see the warnings above)%n",
                    Plural.of(summary.skipped(), "input", "inputs"));
            return Main.EXIT_PARTIAL;
        }
        return Main.EXIT_OK;
    }

    /** The input the tables of {@code --from-tables} were counted from, for run.json; null for none. */
    private String tablesInput;

    /**
     * The tables of {@code comention spark}; their windows and time slice become this run's, and
     * options that contradict them are refused.
     */
    private org.comention.cluster.Tables readTables(Gazetteer gazetteer) throws IOException {
        org.comention.cluster.Tables tables = org.comention.cluster.Tables.read(fromTables, gazetteer);
        picocli.CommandLine.ParseResult given = spec.commandLine().getParseResult();
        List<WindowSpec> counted = tables.windows().stream().map(WindowSpec::parse).toList();
        if (given.hasMatchedOption("--window") && !windowSpecs.equals(counted)) {
            throw new UserInputException("--window " + windowNames(windowSpecs) + ": the tables in " + fromTables
                    + " were counted in " + windowNames(counted) + " windows; leave --window out");
        }
        windowSpecs = counted;
        TimeSlice slicing = tables.timeSlice();
        if (given.hasMatchedOption("--time-slice") && slicing != timeSlice) {
            throw new UserInputException("--time-slice: the tables in " + fromTables + " were sliced by "
                    + slicing.name().toLowerCase(java.util.Locale.ROOT) + "; leave --time-slice out");
        }
        timeSlice = slicing;
        maxWindowEntities = tables.maxWindowEntities();
        tablesInput = tables.input();
        return tables;
    }

    /** {@code document,sentence}: the windows as {@code --window} takes them. */
    private static String windowNames(List<WindowSpec> windows) {
        return String.join(",", windows.stream().map(WindowSpec::toString).toList());
    }

    private static final String MENTIONS = "mentions.csv";
    private static final String DOCUMENTS = "documents.csv";

    /** Documents with capped windows warned of one by one; the rest are counted in one line. */
    static final int CAPPED_WARNINGS = 10;

    /** "2 sentence windows", or null for none. */
    private static String windowsOf(int count, String window) {
        if (count == 0) {
            return null;
        }
        return Plural.of(count, window + " window", window + " windows");
    }

    private void prepareOutputDirectory() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserInputException(output + ": exists and is not a directory");
        }
        Files.createDirectories(output);
        if (!Files.isWritable(output)) {
            throw new UserInputException(output + ": directory is not writable");
        }
    }

    /** Converts {@code --window} values. */
    static final class WindowConverter implements picocli.CommandLine.ITypeConverter<WindowSpec> {
        @Override
        public WindowSpec convert(String value) {
            try {
                return WindowSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Program, gazetteer, options and figures of this run, for run.json: how a graph was made, so
     * it can be traced and remade. No clock time, so the same input and options give the same bytes.
     */
    private java.util.Map<String, Object> runRecord(Gazetteer gazetteer, RunSummary summary, EntityGraph graph,
                                                    Communities communities, DiscoveredEntities discovered,
                                                    long discoveredMentions) {
        java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
        String version = Main.class.getPackage().getImplementationVersion();
        java.util.Map<String, Object> program = new java.util.LinkedHashMap<>();
        program.put("name", "comention");
        program.put("version", version == null ? "development" : version);
        record.put("program", program);
        record.put("java", System.getProperty("java.specification.version"));
        java.util.Map<String, Object> gazetteerRecord = new java.util.LinkedHashMap<>();
        gazetteerRecord.put("entities", gazetteer.size());
        gazetteerRecord.put("aliases", gazetteer.aliases().size());
        gazetteerRecord.put("sha256", gazetteer.fingerprint());
        gazetteerRecord.put("extra_layers", corpus.gazetteers.stream().map(Path::toString).toList());
        record.put("gazetteer", gazetteerRecord);
        java.util.Map<String, Object> options = new java.util.LinkedHashMap<>();
        // from tables, the input is the one they were counted from, not --input's unused default
        options.put("input", fromTables != null ? tablesInput : corpus.input.toString());
        if (fromTables != null) {
            options.put("from_tables", fromTables.toString());
        }
        options.put("markers", corpus.markers.stream().map(Path::toString).toList());
        options.put("encoding", corpus.encoding);
        options.put("max_document_chars", corpus.maxDocumentChars);
        options.put("keep_related", corpus.keepRelated);
        options.put("adjectives", corpus.adjectives);
        options.put("discover", discovered != null);
        if (discovered != null) {
            options.put("max_discovered", maxDiscovered);
        }
        options.put("window", windowSpecs.stream().map(WindowSpec::toString).toList());
        options.put("max_window_entities", maxWindowEntities);
        options.put("weight", weight.code());
        options.put("min_weight", minWeight);
        options.put("min_documents", minDocuments);
        options.put("backbone", backbone);
        options.put("top_edges", topEdges);
        options.put("time_slice", timeSlice.name().toLowerCase(java.util.Locale.ROOT));
        options.put("resolution", resolution);
        options.put("rank_by", rankBy.name());
        if (centrality.betweennessSamples != null) {
            // only when given: a run with exact betweenness keeps the run.json of the versions before the option
            options.put("betweenness_samples", centrality.betweennessSamples);
        }
        // not the thread count: it changes nothing in the outputs, and run.json is one of them
        record.put("options", options);
        java.util.Map<String, Object> figures = summary.figures();
        figures.put("nodes", graph.nodeCount());
        figures.put("edges", graph.edgeCount());
        figures.put("communities", communities.count());
        if (discovered != null) {
            figures.put("discovered_entities", discovered.size());
            figures.put("discovered_mentions", discoveredMentions);
        }
        figures.put("modularity", Double.parseDouble(org.comention.export.Numbers.format(communities.modularity())));
        record.put("figures", figures);
        return record;
    }

    /** The counts of the windows after the first, by window name. */
    private java.util.Map<String, org.comention.cooccurrence.CooccurrenceCounts> otherCounts(List<CounterShards> counters) {
        java.util.Map<String, org.comention.cooccurrence.CooccurrenceCounts> counts = new java.util.LinkedHashMap<>();
        for (int i = 1; i < counters.size(); i++) {
            counts.put(windowSpecs.get(i).toString(), counters.get(i).finish());
        }
        return counts;
    }

    /**
     * What a worker computes for one document part: its mentions, language and the windows of each;
     * with discovered entities, numbered in the part ({@code discovered}), the mention rows are
     * left to {@link #numbered} and the normalised text kept for it.
     */
    private record Windowed(Document part, List<org.comention.entity.Mention> mentions, String language,
                            List<DocumentPairs> pairs, String mentionRows, NormalizedText normalized,
                            List<NameDiscovery.Local> discovered) {
    }

    /** Whether the warning that the cap on discovered entities was reached was given. */
    private boolean capTold;

    /**
     * {@code windowed} with its discovered entities renumbered to the run's, in input order (on the
     * merging thread): mentions and pairs renamed, rows made. When two of the part's entities are
     * one in the run (a spelling met earlier joined them) or the cap left one out, the part is paired
     * again here, which is rare.
     */
    private Windowed numbered(Windowed windowed, DiscoveredEntities discovered, List<WindowAssigner> assigners,
                              MentionTableWriter mentionTable, java.io.PrintWriter err, long[] discoveredMentions) {
        int base = discovered.base();
        int[] global = discovered.register(windowed.discovered());
        boolean renamable = java.util.Arrays.stream(global).allMatch(g -> g >= 0)
                && java.util.Arrays.stream(global).distinct().count() == global.length;
        List<org.comention.entity.Mention> mentions = new java.util.ArrayList<>(windowed.mentions().size());
        for (org.comention.entity.Mention m : windowed.mentions()) {
            if (m.entity() < base) {
                mentions.add(m);
            } else if (global[m.entity() - base] >= 0) {
                mentions.add(new org.comention.entity.Mention(global[m.entity() - base], m.kind(), m.start(), m.end(),
                        m.normalizedStart(), m.how(), m.alias()));
                discoveredMentions[0]++;
            }
        }
        List<DocumentPairs> pairs;
        Document part = windowed.part();
        if (renamable) {
            pairs = windowed.pairs().stream().map(p -> p.renamed(e -> e < base ? e : global[e - base])).toList();
        } else {
            if (repairing == null) {
                repairing = new DocumentPairing(base, maxWindowEntities);
            }
            pairs = assigners.stream().map(a -> repairing.pair(mentions, a.assign(part.text(), windowed.normalized(),
                    mentions))).toList();
        }
        if (discovered.leftOut() > 0 && !capTold) {
            capTold = true;
            err.printf(java.util.Locale.ROOT, "comention: warning: %s: %,d entities discovered, the most a run takes; "
                    + "names not seen before are left out from here on (--max-discovered)%n", part.id(), discovered.cap());
        }
        return new Windowed(part, mentions, windowed.language(), pairs,
                mentionTable.rows(part.id(), part.text(), mentions, discovered::entity), null, List.of());
    }

    /** Pairs the parts that must be paired again on the merging thread; made when first needed. */
    private DocumentPairing repairing;

    /** Converts {@code --time-slice} values. */
    static final class TimeSliceConverter implements picocli.CommandLine.ITypeConverter<TimeSlice> {
        @Override
        public TimeSlice convert(String value) {
            try {
                return TimeSlice.byName(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --weight} values. */
    static final class AssociationConverter implements picocli.CommandLine.ITypeConverter<Association> {
        @Override
        public Association convert(String value) {
            try {
                return Association.byName(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --rank-by} values. */
    static final class MeasureConverter implements picocli.CommandLine.ITypeConverter<CentralityMeasure> {
        @Override
        public CentralityMeasure convert(String value) {
            try {
                return CentralityMeasures.byName(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
