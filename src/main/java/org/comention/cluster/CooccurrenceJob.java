package org.comention.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.comention.common.UserInputException;
import org.comention.common.WritableText;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.comention.export.SurfaceForms;
import scala.Tuple2;

/**
 * {@code comention spark}: counts a corpus on Spark and writes the node, edge and form tables
 * ({@link Tables}), on any file system Hadoop reads (file:, hdfs:, s3a:, ...): a directory of
 * {@code .txt} files, JSON lines, CSV or Parquet ({@link Inputs}). Each partition counts its
 * records and sums them ({@link PartitionTallies}); one shuffle then sums the partitions' sums.
 * A record whose id an earlier record has is skipped, as {@code build} skips it.
 */
public final class CooccurrenceJob {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The JSON of a table cell, every surrogate written as a {@code \}{@code uXXXX} escape: a JSONL
     * escape can give a document id a lone surrogate, which Spark's UTF-8 encoder would make
     * {@code ?}; escaped, it reaches {@code build --from-tables} as it reached a local build.
     */
    private static final ObjectMapper CELLS = new ObjectMapper(new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .characterEscapes(new SurrogateEscapes()).build());

    private CooccurrenceJob() {
    }

    /** Runs the count; returns the figures written to corpus.json. */
    public static Map<String, Object> run(JobSettings settings) throws IOException {
        SparkSession.Builder builder = SparkSession.builder().appName("comention");
        if (settings.master() != null) {
            builder.master(settings.master()).config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            return count(spark, settings);
        } catch (Exception e) {
            // Scala code throws SparkException, checked, undeclared
            Exception shown = userInput(e);
            if (shown instanceof RuntimeException r) {
                throw r;
            }
            if (shown instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            spark.stop();
        }
    }

    /**
     * The user's mistake behind a failed job, if there is one (a CSV file without the id column,
     * a quote never closed: a task threw it, and Spark wrapped it); else {@code e} itself.
     */
    private static Exception userInput(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserInputException || cause instanceof java.io.UncheckedIOException) {
                return (RuntimeException) cause;
            }
        }
        return e;
    }

    private static Map<String, Object> count(SparkSession spark, JobSettings settings) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // before the count: a --tables that cannot take the tables is told at once, not after an hour
        TablesDirectory target = TablesDirectory.prepare(settings.tables(), sc.hadoopConfiguration());
        Broadcast<JobSettings> shared = sc.broadcast(settings);
        long id = shared.id();
        try {
            Inputs.Read read = Inputs.read(spark, sc, settings, shared);
            int partitions = settings.partitions() > 0 ? settings.partitions() : sc.defaultParallelism();
            HashMap<String, Long> repeated = read.records() ? firstOfRepeatedIds(read.inputs()) : new HashMap<>();
            Broadcast<HashMap<String, Long>> firsts = sc.broadcast(repeated);
            JavaRDD<Input> inputs = read.spread() ? read.inputs().repartition(partitions) : read.inputs();
            int entities = settings.gazetteer().size();
            int windows = settings.windows().size();
            JavaRDD<Tuple2<Object, Object>> sums = inputs.mapPartitions(records -> new PartitionTallies(
                    ExecutorStages.of(id, shared::value), firsts.value(), records, entities, windows));
            // each partition gives one record per key already: Spark's map-side combine would only hash them again
            JavaPairRDD<Object, Object> reduced = JavaPairRDD.fromJavaRDD(sums)
                    .combineByKey(v -> v, Tallies::merge, Tallies::merge, new HashPartitioner(partitions), false, null)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Gazetteer gazetteer = settings.gazetteer();
            Tallies.Figures all = reduced.filter(t -> Tallies.Figures.KEY.equals(t._1)).values()
                    .map(v -> (Tallies.Figures) v).fold(new Tallies.Figures(), Tallies.Figures::merge);
            if (all.fatal != null) {
                throw new UserInputException(all.fatal);
            }

            String tables = target.staging().toString();
            write(spark, reduced.filter(t -> t._1 instanceof Integer)
                    .map(t -> nodeRow(shared.value().gazetteer(), (Integer) t._1, (Tallies.Node) t._2)),
                    nodeSchema(), tables, Tables.NODES, "Id");
            int[] weightColumns = Tables.windowColumnSources(settings.windows());
            write(spark, reduced.filter(t -> t._1 instanceof Long && ((Tallies.Pair) t._2).isEdge())
                    .map(t -> edgeRow(shared.value().gazetteer(), PartitionTallies.unspread((Long) t._1), (Tallies.Pair) t._2,
                            weightColumns)),
                    edgeSchema(settings.windows()), tables, Tables.EDGES, "Source", "Target");
            write(spark, reduced.filter(t -> t._1 instanceof SurfaceForms.Form).map(t -> {
                SurfaceForms.Form form = (SurfaceForms.Form) t._1;
                // a surface is cut from a document's text, which a JSONL escape can give a lone surrogate
                return RowFactory.create(form.entityId(), WritableText.of(form.surface()), form.match(), form.aliasLang(),
                        form.aliasText(), t._2);
            }), formSchema(), tables, Tables.FORMS, "entity_id", "surface", "match", "alias_lang", "alias_text");
            reduced.unpersist();
            long[] totals = all.totals;

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("documents_read", totals[Tallies.Figures.READ]);
            figures.put("characters_read", totals[Tallies.Figures.CHARACTERS]);
            figures.put("characters_cut", totals[Tallies.Figures.CUT]);
            figures.put("teasers_kept", totals[Tallies.Figures.TEASERS]);
            figures.put("inputs_skipped", totals[Tallies.Figures.SKIPPED]);
            figures.put("repeated_ids_skipped", totals[Tallies.Figures.REPEATED_IDS]);
            figures.put("skip_reasons", all.problems());
            figures.put("mentions", totals[Tallies.Figures.MENTIONS]);
            figures.put("windows_capped", totals[Tallies.Figures.CAPPED]);
            Map<String, Object> corpus = new LinkedHashMap<>();
            corpus.put("format", Tables.FORMAT_NAME);
            corpus.put("version", Tables.FORMAT_VERSION);
            corpus.put("input", settings.input());
            corpus.put("window", settings.windows());
            corpus.put("max_window_entities", settings.maxWindowEntities());
            corpus.put("time_slice", settings.timeSlice());
            corpus.put("keep_related", settings.keepRelated());
            corpus.put("adjectives", settings.adjectives());
            corpus.put("gazetteer_sha256", gazetteer.fingerprint());
            corpus.put("entities", gazetteer.size());
            corpus.put("documents", totals[Tallies.Figures.PARTS]);
            corpus.put("windows", totals[Tallies.Figures.WINDOWS]);
            corpus.put("figures", figures);
            // written last, so that the tables are whole when it is there; build --from-tables checks the list
            corpus.put("parts", target.parts(Tables.NODES, Tables.EDGES, Tables.FORMS));
            org.apache.hadoop.fs.Path corpusFile = new org.apache.hadoop.fs.Path(target.staging(), Tables.CORPUS);
            try (OutputStream out = target.fileSystem().create(corpusFile, true)) {
                out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(corpus));
                out.write('\n');
            }
            target.publish();
            return corpus;
        } finally {
            target.discard();
            ExecutorStages.forget(id);
        }
    }

    /**
     * The ordinal of the first record of each id that several records have, from the ids alone (a
     * pass that reads but does not match): a local build skips a record whose id it has seen.
     */
    private static HashMap<String, Long> firstOfRepeatedIds(JavaRDD<Input> inputs) {
        return new HashMap<>(inputs.filter(input -> input.id() != null)
                .mapToPair(input -> new Tuple2<>(input.id(), new long[] {input.ordinal(), 1}))
                .reduceByKey((a, b) -> new long[] {Math.min(a[0], b[0]), a[1] + b[1]})
                .filter(t -> t._2[1] > 1)
                .mapValues(first -> first[0])
                .collectAsMap());
    }

    private static StructType nodeSchema() {
        return new StructType()
                .add("Id", DataTypes.StringType, false).add("Label", DataTypes.StringType, false)
                .add("type", DataTypes.StringType, false).add("mentions", DataTypes.LongType, false)
                .add("documents", DataTypes.LongType, false).add("windows", DataTypes.LongType, false)
                .add("slices", DataTypes.StringType, false);
    }

    private static Row nodeRow(Gazetteer gazetteer, int index, Tallies.Node node) {
        Entity entity = gazetteer.entity(index);
        return RowFactory.create(entity.id(), entity.label(), entity.type().name(), node.mentions, node.documents,
                node.windows, node.slices.stream().map(Object::toString).collect(Collectors.joining(";")));
    }

    private static StructType edgeSchema(java.util.List<String> windows) {
        StructType schema = new StructType()
                .add("Source", DataTypes.StringType, false).add("Target", DataTypes.StringType, false)
                .add("Weight", DataTypes.LongType, false).add("documents", DataTypes.LongType, false)
                .add("sample_documents", DataTypes.StringType, false)
                .add("documents_by_language", DataTypes.StringType, false)
                .add("first_date", DataTypes.StringType, true).add("last_date", DataTypes.StringType, true)
                .add("windows_by_slice", DataTypes.StringType, false);
        for (String column : Tables.windowColumns(windows)) {
            schema = schema.add(column, DataTypes.LongType, false);
        }
        return schema;
    }

    /**
     * @param weightColumns for each {@link Tables#windowColumns} column, the index of its window
     *                      in {@code --window}: 0 for the first, whose count is {@code Weight} too
     */
    private static Row edgeRow(Gazetteer gazetteer, long key, Tallies.Pair pair, int[] weightColumns) throws IOException {
        Map<String, Long> bySlice = new LinkedHashMap<>();
        pair.slices.forEach((slice, windows) -> bySlice.put(slice.toString(), windows));
        int fixed = Tables.EDGE_COLUMNS.length;
        Object[] row = new Object[fixed + weightColumns.length];
        row[0] = gazetteer.entity((int) (key >>> 32)).id();
        row[1] = gazetteer.entity((int) key).id();
        row[2] = pair.windows;
        row[3] = pair.documents;
        row[4] = jsonCell(pair.sample());
        row[5] = jsonCell(pair.languages);
        // by the outputs' one rule, which writes them so anyway: Spark's encoder would make a lone surrogate '?'
        row[6] = WritableText.of(pair.firstDate);
        row[7] = WritableText.of(pair.lastDate);
        row[8] = JSON.writeValueAsString(bySlice);
        for (int c = 0; c < weightColumns.length; c++) {
            row[fixed + c] = weightColumns[c] == 0 ? pair.windows : pair.others[weightColumns[c] - 1];
        }
        return RowFactory.create(row);
    }

    /** {@code value} as the JSON of a table cell, as {@link #CELLS} writes it. */
    static String jsonCell(Object value) throws IOException {
        return CELLS.writeValueAsString(value);
    }

    /** JSON's own escapes, and every surrogate (a pair reads back as the pair). */
    private static final class SurrogateEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;

        @Override
        public int[] getEscapeCodesForAscii() {
            return standardAsciiEscapesForJSON();
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int c) {
            return Character.isSurrogate((char) c)
                    ? new com.fasterxml.jackson.core.io.SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", c)) : null;
        }
    }

    private static StructType formSchema() {
        return new StructType()
                .add("entity_id", DataTypes.StringType, false).add("surface", DataTypes.StringType, false)
                .add("match", DataTypes.StringType, false).add("alias_lang", DataTypes.StringType, false)
                .add("alias_text", DataTypes.StringType, false).add("count", DataTypes.LongType, false);
    }

    /**
     * Writes a table as Parquet, then as CSV from the Parquet copy, each part sorted by
     * {@code sortedBy}, so that a part holds the same rows in the same order in every run.
     */
    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String tables, String name,
                              String... sortedBy) {
        String parquet = new org.apache.hadoop.fs.Path(tables, name + ".parquet").toString();
        spark.createDataFrame(rows, schema).sortWithinPartitions(sortedBy[0], java.util.Arrays.copyOfRange(sortedBy, 1,
                sortedBy.length)).write().mode(SaveMode.Overwrite).parquet(parquet);
        Dataset<Row> written = spark.read().parquet(parquet);
        written.write().mode(SaveMode.Overwrite)
                .option("header", "true")
                // RFC 4180: a quote inside a quoted field is doubled, not backslashed (Spark's default)
                .option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false")
                .option("encoding", "UTF-8")
                .option("lineSep", "\n")
                .csv(new org.apache.hadoop.fs.Path(tables, name + ".csv").toString());
    }

}
