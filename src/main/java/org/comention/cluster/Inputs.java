package org.comention.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.comention.common.UserInputException;
import org.comention.corpus.ColumnNames;
import scala.Tuple2;

/**
 * The records of a Spark job's input, each with its ordinal (its place in the input), read on
 * the executors by build's own readers. What the input is follows from its name:
 * <ul>
 *   <li>a directory: {@code .txt} files, recursively, id = relative path without {@code .txt}
 *       (as {@code build}); read whole, one file a record, in path order;</li>
 *   <li>{@code .jsonl} or {@code .ndjson} files (a file or a glob): split by Hadoop at line ends, each line
 *       parsed by {@code JsonlCorpusReader.parseLine}; a line's position is its byte offset;</li>
 *   <li>{@code .csv} files: each read whole by one task with {@code CsvCorpusReader} (a quoted field may
 *       span lines, so a file cannot be split at line ends), its records then spread over every
 *       partition to be counted; a record's position is its place in its file;</li>
 *   <li>{@code .parquet} (a file, a glob, or a directory as Spark writes it): Spark's reader, the
 *       columns named by {@code --id-column} etc. made a JSON object per row ({@code to_json}, which
 *       leaves out nulls) and parsed as a JSON line is, so ids, missing and empty fields are taken as in
 *       JSON lines; a row's position is its index in its file ({@code _metadata.row_index}).</li>
 * </ul>
 * Several files are ordered by their sorted paths.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The records as read.
     *
     * @param records whether they are records with ids that may repeat (JSON lines, CSV, Parquet),
     *                not files whose ids are their distinct paths
     * @param spread  whether they come one task per file and must be spread over the partitions to be counted
     */
    record Read(JavaRDD<Input> inputs, boolean records, boolean spread) {
    }

    private enum Kind { JSONL, CSV, PARQUET }

    static Read read(SparkSession spark, JavaSparkContext sc, JobSettings settings, Broadcast<JobSettings> shared)
            throws IOException {
        long id = shared.id();
        Configuration conf = sc.hadoopConfiguration();
        Path input = new Path(settings.input());
        FileSystem fs = input.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(input);
        if (matched == null || matched.length == 0) {
            throw new UserInputException(settings.input() + ": no such file or directory");
        }
        int partitions = settings.partitions() > 0 ? settings.partitions() : sc.defaultParallelism();
        if (matched.length == 1 && matched[0].isDirectory() && kind(matched[0].getPath()) == null) {
            return new Read(textFiles(sc, settings, shared, fs.makeQualified(matched[0].getPath()), partitions), false, false);
        }
        Kind kind = null;
        List<String> files = new ArrayList<>();
        for (FileStatus status : matched) {
            Kind k = kind(status.getPath());
            if (k == null || (status.isDirectory() && k != Kind.PARQUET)) {
                throw new UserInputException(status.getPath() + ": give a directory of .txt files, or .jsonl, .csv or "
                        + ".parquet files");
            }
            if (kind != null && k != kind) {
                throw new UserInputException(settings.input() + ": mixes " + kind.name().toLowerCase(Locale.ROOT) + " and "
                        + k.name().toLowerCase(Locale.ROOT) + " files; give one kind");
            }
            kind = k;
            files.add(fs.makeQualified(status.getPath()).toString());
        }
        files.sort(null);
        return switch (kind) {
            case JSONL -> new Read(jsonLines(sc, shared, files, matched, conf, settings.partitions()), true, false);
            case CSV -> new Read(csvFiles(sc, shared, files, partitions), true, true);
            case PARQUET -> new Read(parquet(spark, shared, settings.columns(), files), true, false);
        };
    }

    private static Kind kind(Path path) {
        String name = path.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (name.endsWith(".parquet")) {
            return Kind.PARQUET;
        }
        return null;
    }

    /** A file as messages name it: a local path without its {@code file:} scheme. */
    static String display(String uri) {
        Path path = new Path(uri);
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : uri;
    }

    private static JavaRDD<Input> textFiles(JavaSparkContext sc, JobSettings settings, Broadcast<JobSettings> shared,
                                            Path directory, int partitions) {
        long id = shared.id();
        String root = directory.toUri().getPath();
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return sc.binaryFiles(settings.input(), partitions)
                .filter(file -> file._1.toLowerCase(Locale.ROOT).endsWith(".txt"))
                .mapToPair(file -> new Tuple2<>(relative(root, file._1), new Tuple2<>(file._1, file._2.toArray())))
                // path order, as the local reader lists them: a file's ordinal is its place in that order
                .sortByKey(true, partitions)
                .mapPartitionsWithIndex((partition, files) -> new Positions<>(files, (file, position) -> {
                    ExecutorStages stages = ExecutorStages.of(id, shared::value);
                    return Input.of(Counted.ordinal(partition, position), display(file._2._1),
                            stages.file(file._2._1, file._1, file._2._2));
                }), true);
    }

    private static JavaRDD<Input> jsonLines(JavaSparkContext sc, Broadcast<JobSettings> shared, List<String> files,
                                            FileStatus[] matched, Configuration conf, int partitions) {
        long id = shared.id();
        Map<String, Integer> fileIndex = indexOf(files);
        Configuration lines = new Configuration(conf);
        if (partitions > 0) {
            long total = Arrays.stream(matched).mapToLong(FileStatus::getLen).sum();
            lines.setLong("mapreduce.input.fileinputformat.split.maxsize", Math.max(1, total / partitions + 1));
        }
        JavaPairRDD<LongWritable, Text> records = sc.newAPIHadoopFile(String.join(",", files), TextInputFormat.class,
                LongWritable.class, Text.class, lines);
        return ((JavaNewHadoopRDD<LongWritable, Text>) records).mapPartitionsWithInputSplit((split, it) -> {
            String file = ((FileSplit) split).getPath().toString();
            int group = group(fileIndex, file);
            String shown = display(file);
            ExecutorStages stages = ExecutorStages.of(id, shared::value);
            // the byte offset orders the lines of a file; Hadoop reuses its Text, so it is decoded now
            return new Positions<>(it, (record, position) -> Input.of(Counted.ordinal(group, record._1.get()), shown,
                    stages.line(record._2.toString(), 0)));
        }, true);
    }

    private static JavaRDD<Input> csvFiles(JavaSparkContext sc, Broadcast<JobSettings> shared, List<String> files,
                                           int partitions) {
        long id = shared.id();
        Map<String, Integer> fileIndex = indexOf(files);
        return sc.binaryFiles(String.join(",", files), Math.min(partitions, files.size())).values().flatMap(stream -> {
            String file = stream.getPath();
            int group = group(fileIndex, file);
            String shown = display(file);
            ExecutorStages stages = ExecutorStages.of(id, shared::value);
            long[] position = {0};
            return new Pushed<Input>(shown, sink -> {
                try (InputStream in = stream.open()) {
                    stages.csv(shown, in, read -> sink.accept(Input.of(Counted.ordinal(group, position[0]++), shown, read)));
                } catch (UserInputException e) {
                    sink.accept(Input.fatal(Counted.ordinal(group, position[0]), shown, e.getMessage()));
                }
            });
        });
    }

    private static JavaRDD<Input> parquet(SparkSession spark, Broadcast<JobSettings> shared, ColumnNames names,
                                          List<String> files) {
        long id = shared.id();
        Dataset<Row> table = spark.read().parquet(files.toArray(String[]::new));
        List<String> present = Arrays.asList(table.columns());
        for (String required : new String[] {names.id(), names.text()}) {
            if (!present.contains(required)) {
                throw new UserInputException(display(files.get(0)) + ": no column '" + required + "' in the Parquet schema "
                        + present + " (set it with --id-column/--text-column)");
            }
        }
        List<Column> fields = new ArrayList<>();
        for (String name : new String[] {names.id(), names.text(), names.date(), names.source(), names.title(), names.url(),
                names.lang()}) {
            if (name != null && present.contains(name) && fields.stream().noneMatch(f -> f.toString().equals(name))) {
                fields.add(table.col(name).as(name));
            }
        }
        Dataset<Row> lines = table.select(to_json(struct(fields.toArray(Column[]::new))).as("line"),
                col("_metadata.file_path").as("file"), col("_metadata.row_index").as("row"));
        List<String> read = new ArrayList<>(lines.select("file").distinct().as(Encoders.STRING()).collectAsList());
        read.sort(null);
        Map<String, Integer> fileIndex = indexOf(read);
        return lines.javaRDD().mapPartitions(rows -> {
            ExecutorStages stages = ExecutorStages.of(id, shared::value);
            return new Positions<>(rows, (row, position) -> {
                String file = row.getString(1);
                return Input.of(Counted.ordinal(group(fileIndex, file), row.getLong(2)), display(file),
                        stages.line(row.getString(0), 0));
            });
        });
    }

    private static Map<String, Integer> indexOf(List<String> files) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            index.put(files.get(i), i);
        }
        return index;
    }

    private static int group(Map<String, Integer> fileIndex, String file) {
        Integer group = fileIndex.get(file);
        if (group == null) {
            throw new IllegalStateException(file + " is not among the input files " + fileIndex.keySet());
        }
        return group;
    }

    private static String relative(String root, String uri) {
        String path = new Path(uri).toUri().getPath();
        String prefix = root.endsWith("/") ? root : root + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /** Maps each record of a partition with its position there, lazily. */
    private static final class Positions<T> implements Iterator<Input> {
        interface Step<T> {
            Input apply(T record, long position) throws Exception;
        }

        private final Iterator<T> records;
        private final Step<T> step;
        private long position;

        Positions(Iterator<T> records, Step<T> step) {
            this.records = records;
            this.step = step;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public Input next() {
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
}
