package org.comention.cluster;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.comention.common.UserInputException;

/**
 * Where a count writes its tables: a fresh hidden sibling of {@code --tables}, renamed into place
 * once {@code corpus.json}, written last, lists every part file. A driver that dies leaves the
 * tables that were there, whole, and a {@code .<name>.<uuid>.tmp} beside them; never a directory
 * that mixes the part files of two counts. {@code --tables} is checked before the count: a
 * regular file, or a directory that holds something other than tables, is refused at once.
 */
final class TablesDirectory {
    private final FileSystem fs;
    private final Path target;
    private final Path staging;
    private boolean published;

    private TablesDirectory(FileSystem fs, Path target, Path staging) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
    }

    /** Checks {@code tables} and makes the directory the count writes to. */
    static TablesDirectory prepare(String tables, Configuration conf) throws IOException {
        Path given = new Path(tables);
        FileSystem fs = given.getFileSystem(conf);
        Path target = fs.makeQualified(given);
        if (target.getParent() == null) {
            throw new UserInputException(tables + ": the root directory cannot be replaced by tables; give --tables a "
                    + "directory of its own");
        }
        if (fs.exists(target)) {
            FileStatus status = fs.getFileStatus(target);
            if (!status.isDirectory()) {
                throw new UserInputException(tables + ": exists and is not a directory; give --tables a new directory");
            }
            if (fs.listStatus(target).length > 0 && !fs.isFile(new Path(target, Tables.CORPUS))) {
                throw new UserInputException(tables + ": not empty and not the tables of `comention spark` (no "
                        + Tables.CORPUS + "); give --tables a new or empty directory: only tables are replaced");
            }
        }
        Path staging = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        if (!fs.mkdirs(staging)) {
            throw new UserInputException(staging + ": cannot make a directory beside " + tables);
        }
        return new TablesDirectory(fs, target, staging);
    }

    /** The directory to write the tables and corpus.json to. */
    Path staging() {
        return staging;
    }

    /** The file system of the tables. */
    FileSystem fileSystem() {
        return fs;
    }

    /**
     * For each of {@code tables}' CSV directories ({@code nodes.csv}, ...), its part files and
     * their sizes, as {@link Tables#read} checks them: the manifest corpus.json holds.
     */
    Map<String, Map<String, Long>> parts(String... tables) throws IOException {
        Map<String, Map<String, Long>> parts = new TreeMap<>();
        for (String table : tables) {
            Map<String, Long> files = new TreeMap<>();
            for (FileStatus file : fs.listStatus(new Path(staging, table + ".csv"))) {
                if (file.isFile() && Tables.isPartFile(file.getPath().getName())) {
                    files.put(file.getPath().getName(), file.getLen());
                }
            }
            parts.put(table + ".csv", files);
        }
        return parts;
    }

    /**
     * Puts the tables in place of {@code --tables}: the old tables, if any, are renamed aside,
     * the new renamed in, the old deleted. Each rename is one step on HDFS and a local disk, so
     * a reader sees the old tables, the new, or none (a driver that dies between the two renames
     * leaves both complete, hidden beside it), never a mixture.
     */
    void publish() throws IOException {
        Path old = null;
        if (fs.exists(target)) {
            old = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".old");
            rename(target, old);
        }
        rename(staging, target);
        published = true;
        if (old != null) {
            fs.delete(old, true);
        }
    }

    /** Deletes what an unfinished count wrote; nothing once published. */
    void discard() {
        if (!published) {
            try {
                fs.delete(staging, true);
            } catch (IOException e) {
                // the count's own error is the one to tell; a hidden .tmp directory is left
            }
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }
}
