package org.comention.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
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
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.comention.export.SurfaceForms;
import scala.Tuple2;

/**
 * {@code comention spark}: counts a corpus on Spark and writes the node, edge and form tables
 * ({@link Tables}). Reads a directory of {@code .txt} files (recursively; id = relative path
 * without {@code .txt}), or JSON lines: a {@code .jsonl} file or a glob of them, on any file
 * system Hadoop reads (file:, hdfs:, s3a:, ...).
 */
public final class CooccurrenceJob {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        } finally {
            spark.stop();
        }
    }

    private static Map<String, Object> count(SparkSession spark, JobSettings settings) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<JobSettings> shared = sc.broadcast(settings);
        long id = shared.id();
        try {
            JavaRDD<Counted> counted = documents(sc, settings, shared).persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<Counted.Part> parts = counted.flatMap(c -> c.parts().iterator());
            Gazetteer gazetteer = settings.gazetteer();

            JavaPairRDD<Integer, Tallies.Node> nodes = parts.flatMapToPair(part -> {
                List<Tuple2<Integer, Tallies.Node>> out = new ArrayList<>(part.entities().length);
                for (int k = 0; k < part.entities().length; k++) {
                    out.add(new Tuple2<>(part.entities()[k],
                            Tallies.Node.of(part.entityMentions()[k], part.entityWindows()[k], part.slice())));
                }
                return out.iterator();
            }).reduceByKey(Tallies.Node::merge);
            JavaPairRDD<Long, Tallies.Pair> pairs = parts.flatMapToPair(part -> {
                List<Tuple2<Long, Tallies.Pair>> out = new ArrayList<>(part.pairKeys().length);
                for (int p = 0; p < part.pairKeys().length; p++) {
                    out.add(new Tuple2<>(part.pairKeys()[p], Tallies.Pair.of(part, part.pairWindows()[p])));
                }
                return out.iterator();
            }).reduceByKey(Tallies.Pair::merge);
            JavaPairRDD<SurfaceForms.Form, Long> forms = parts
                    .flatMapToPair(part -> part.forms().entrySet().stream()
                            .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
                    .reduceByKey(Long::sum);
            long[] totals = counted.map(CooccurrenceJob::totals).reduce(CooccurrenceJob::sum);
            List<String> problems = counted.filter(c -> c.problem() != null).map(Counted::problem).take(100);

            String tables = settings.tables();
            write(spark, nodes.map(t -> nodeRow(shared.value().gazetteer(), t._1, t._2)), nodeSchema(), tables, Tables.NODES);
            write(spark, pairs.map(t -> edgeRow(shared.value().gazetteer(), t._1, t._2)), edgeSchema(), tables, Tables.EDGES);
            write(spark, forms.map(t -> RowFactory.create(t._1.entityId(), t._1.surface(), t._1.match(), t._1.aliasLang(),
                    t._1.aliasText(), t._2)), formSchema(), tables, Tables.FORMS);
            counted.unpersist();

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("documents_read", totals[0]);
            figures.put("characters_read", totals[1]);
            figures.put("characters_cut", totals[2]);
            figures.put("teasers_kept", totals[3]);
            figures.put("inputs_skipped", totals[4]);
            figures.put("skip_reasons", problems);
            figures.put("mentions", totals[5]);
            figures.put("windows_capped", totals[8]);
            Map<String, Object> corpus = new LinkedHashMap<>();
            corpus.put("format", Tables.FORMAT_NAME);
            corpus.put("version", Tables.FORMAT_VERSION);
            corpus.put("input", settings.input());
            corpus.put("window", settings.window());
            corpus.put("max_window_entities", settings.maxWindowEntities());
            corpus.put("time_slice", settings.timeSlice());
            corpus.put("keep_related", settings.keepRelated());
            corpus.put("adjectives", settings.adjectives());
            corpus.put("gazetteer_sha256", gazetteer.fingerprint());
            corpus.put("entities", gazetteer.size());
            corpus.put("documents", totals[6]);
            corpus.put("windows", totals[7]);
            corpus.put("figures", figures);
            org.apache.hadoop.fs.Path corpusFile = new org.apache.hadoop.fs.Path(tables, Tables.CORPUS);
            FileSystem fs = corpusFile.getFileSystem(sc.hadoopConfiguration());
            try (OutputStream out = fs.create(corpusFile, true)) {
                out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(corpus));
                out.write('\n');
            }
            return corpus;
        } finally {
            ExecutorStages.forget(id);
        }
    }

    /**
     * Figures of one document: read, characters, cut, teasers, skipped, mentions, parts counted,
     * windows, capped windows.
     */
    private static long[] totals(Counted c) {
        long windows = 0;
        long capped = 0;
        for (Counted.Part part : c.parts()) {
            windows += part.windows();
            capped += part.cappedWindows();
        }
        return new long[] {c.skipped() ? 0 : 1, c.characters(), c.charactersCut(), c.teasers(), c.skipped() ? 1 : 0,
                c.mentions(), c.parts().size(), windows, capped};
    }

    private static long[] sum(long[] a, long[] b) {
        long[] s = new long[a.length];
        Arrays.setAll(s, i -> a[i] + b[i]);
        return s;
    }

    /** The documents of the input, each counted on an executor, with its ordinal in input order. */
    private static JavaRDD<Counted> documents(JavaSparkContext sc, JobSettings settings, Broadcast<JobSettings> shared)
            throws IOException {
        long id = shared.id();
        Configuration conf = sc.hadoopConfiguration();
        org.apache.hadoop.fs.Path input = new org.apache.hadoop.fs.Path(settings.input());
        FileSystem fs = input.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(input);
        if (matched == null || matched.length == 0) {
            throw new UserInputException(settings.input() + ": no such file or directory");
        }
        if (matched.length == 1 && matched[0].isDirectory()) {
            String root = fs.makeQualified(matched[0].getPath()).toUri().getPath();
            conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
            int partitions = settings.partitions() > 0 ? settings.partitions() : sc.defaultParallelism();
            return sc.binaryFiles(settings.input(), partitions)
                    .filter(file -> file._1.toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .mapToPair(file -> new Tuple2<>(relative(root, file._1), new Tuple2<>(file._1, file._2.toArray())))
                    // path order, as the local reader lists them: a file's ordinal is its place in that order
                    .sortByKey(true, partitions)
                    .mapPartitionsWithIndex((partition, files) -> new Ordinals<>(files, (file, position) -> {
                        ExecutorStages stages = ExecutorStages.of(id, shared::value);
                        return counted(stages, stages.file(file._2._1, file._1, file._2._2), Counted.ordinal(partition, position));
                    }), true);
        }
        List<String> files = new ArrayList<>();
        for (FileStatus status : matched) {
            String name = status.getPath().getName().toLowerCase(Locale.ROOT);
            if (!status.isFile() || !(name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
                throw new UserInputException(status.getPath() + ": give a directory of .txt files, or .jsonl files");
            }
            files.add(fs.makeQualified(status.getPath()).toString());
        }
        files.sort(null);
        Map<String, Integer> fileIndex = new java.util.HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileIndex.put(files.get(i), i);
        }
        Configuration lines = new Configuration(conf);
        if (settings.partitions() > 0) {
            long total = Arrays.stream(matched).mapToLong(FileStatus::getLen).sum();
            lines.setLong("mapreduce.input.fileinputformat.split.maxsize", Math.max(1, total / settings.partitions() + 1));
        }
        JavaPairRDD<LongWritable, Text> records = sc.newAPIHadoopFile(String.join(",", files), TextInputFormat.class,
                LongWritable.class, Text.class, lines);
        return ((JavaNewHadoopRDD<LongWritable, Text>) records).mapPartitionsWithInputSplit((split, it) -> {
            String file = ((FileSplit) split).getPath().toString();
            Integer group = fileIndex.get(file);
            if (group == null) {
                throw new IllegalStateException(file + " is not among the input files " + fileIndex.keySet());
            }
            ExecutorStages stages = ExecutorStages.of(id, shared::value);
            return new Ordinals<>(it, (record, position) -> {
                // the byte offset orders the lines of a file; Hadoop reuses its Text, so it is decoded now
                long offset = record._1.get();
                return counted(stages, stages.line(record._2.toString(), 0), Counted.ordinal(group, offset));
            });
        }, true);
    }

    private static Counted counted(ExecutorStages stages, Counted.Read read, long ordinal) {
        if (read.document() == null) {
            return Counted.skipped(read.problem().toString());
        }
        Counted counted = stages.count(read.document(), ordinal);
        return read.problem() == null || counted.skipped() ? counted : counted.warned(read.problem().toString());
    }

    private static String relative(String root, String uri) {
        String path = new org.apache.hadoop.fs.Path(uri).toUri().getPath();
        String prefix = root.endsWith("/") ? root : root + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /** Maps each record of a partition with its position there, lazily. */
    private static final class Ordinals<T> implements Iterator<Counted> {
        interface Step<T> {
            Counted apply(T record, long position) throws Exception;
        }

        private final Iterator<T> records;
        private final Step<T> step;
        private long position;

        Ordinals(Iterator<T> records, Step<T> step) {
            this.records = records;
            this.step = step;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public Counted next() {
            if (!records.hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return step.apply(records.next(), position++);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
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

    private static StructType edgeSchema() {
        return new StructType()
                .add("Source", DataTypes.StringType, false).add("Target", DataTypes.StringType, false)
                .add("Weight", DataTypes.LongType, false).add("documents", DataTypes.LongType, false)
                .add("sample_documents", DataTypes.StringType, false)
                .add("documents_by_language", DataTypes.StringType, false)
                .add("first_date", DataTypes.StringType, true).add("last_date", DataTypes.StringType, true)
                .add("windows_by_slice", DataTypes.StringType, false);
    }

    private static Row edgeRow(Gazetteer gazetteer, long key, Tallies.Pair pair) throws IOException {
        Map<String, Long> bySlice = new LinkedHashMap<>();
        pair.slices.forEach((slice, windows) -> bySlice.put(slice.toString(), windows));
        return RowFactory.create(gazetteer.entity((int) (key >>> 32)).id(), gazetteer.entity((int) key).id(),
                pair.windows, pair.documents, JSON.writeValueAsString(pair.sampleIds),
                JSON.writeValueAsString(pair.languages), pair.firstDate, pair.lastDate, JSON.writeValueAsString(bySlice));
    }

    private static StructType formSchema() {
        return new StructType()
                .add("entity_id", DataTypes.StringType, false).add("surface", DataTypes.StringType, false)
                .add("match", DataTypes.StringType, false).add("alias_lang", DataTypes.StringType, false)
                .add("alias_text", DataTypes.StringType, false).add("count", DataTypes.LongType, false);
    }

    /** Writes a table as Parquet, then as CSV from the Parquet copy, so the reduce runs once. */
    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String tables, String name) {
        String parquet = new org.apache.hadoop.fs.Path(tables, name + ".parquet").toString();
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(parquet);
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
