package org.comention.cluster;

import java.io.Serializable;
import java.util.List;
import org.comention.corpus.ColumnNames;
import org.comention.entity.Gazetteer;

/**
 * What a Spark count needs, made on the driver from the command line and broadcast to the
 * executors once.
 *
 * @param input             a directory of .txt files or a .jsonl file (or directory of them), as a Hadoop path or URI
 * @param tables            the directory to write the tables to
 * @param master            the Spark master, or null for spark-submit's
 * @param markers           the boilerplate marker tables, read on the driver, in order
 * @param encoding          the charset of .txt files without a byte order mark, or null to detect it
 * @param windows           the co-occurrence windows, as {@code --window} takes them, the first making the edges
 * @param timeSlice         day, week, month or year
 * @param partitions        the least number of input partitions, 0 for Spark's default
 */
public record JobSettings(String input, String tables, String master, Gazetteer gazetteer, List<MarkerTable> markers,
                          boolean adjectives, boolean keepRelated, ColumnNames columns, String encoding,
                          long maxDocumentChars, List<String> windows, int maxWindowEntities, String timeSlice, int partitions)
        implements Serializable {

    /** A boilerplate marker table's name and text. */
    public record MarkerTable(String name, String text) implements Serializable {
    }

    public JobSettings {
        markers = List.copyOf(markers);
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("at least one window");
        }
    }
}
