package org.comention.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code outputs} of run.json: every other file of the run with its size in bytes and its
 * SHA-256, so that a reader (comention's {@code rank}, a script, {@code sha256sum -c}) can tell
 * whether the files beside run.json are the ones of its run: after a publish was interrupted and
 * not yet completed, or after a file was edited, they are not.
 */
public final class OutputManifest {
    /** The field of run.json that holds the manifest. */
    public static final String FIELD = "outputs";
    /** The file the manifest is in, beside the files it describes. */
    public static final String RECORD = "run.json";

    private OutputManifest() {
    }

    /**
     * {@code {name: {bytes, sha256}}} of {@code files}, in their order, hashed side by side on up to
     * {@code threads} threads: a big run's outputs are gigabytes, about a second each to hash.
     */
    static Map<String, Object> describe(List<Path> files, int threads) throws IOException {
        String[] hashes = new String[files.size()];
        OutputBatch hashing = new OutputBatch(threads);
        Integer[] largestFirst = new Integer[files.size()];
        long[] sizes = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            largestFirst[i] = i;
            sizes[i] = Files.size(files.get(i));
        }
        java.util.Arrays.sort(largestFirst, java.util.Comparator.comparingLong((Integer i) -> -sizes[i]));
        for (int i : largestFirst) {
            hashing.add(() -> hashes[i] = sha256(files.get(i)));
        }
        hashing.run();
        Map<String, Object> manifest = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("bytes", sizes[i]);
            entry.put("sha256", hashes[i]);
            manifest.put(files.get(i).getFileName().toString(), entry);
        }
        return manifest;
    }

    /**
     * Why {@code file} is not the file that the run.json beside it describes, or null when it is,
     * or when there is no run.json with a manifest naming it (a graph copied elsewhere, or written
     * by an older version).
     */
    public static String mismatch(Path file) throws IOException {
        Path record = file.toAbsolutePath().resolveSibling(RECORD);
        if (!Files.isRegularFile(record) || file.getFileName().toString().equals(RECORD)) {
            return null;
        }
        Expected expected = expected(record, file.getFileName().toString());
        if (expected == null) {
            return null;
        }
        long size = Files.size(file);
        if (size != expected.bytes()) {
            return "its size is " + size + " bytes, " + RECORD + " says " + expected.bytes();
        }
        if (!sha256(file).equals(expected.sha256())) {
            return "its SHA-256 is not the one " + RECORD + " gives";
        }
        return null;
    }

    private record Expected(long bytes, String sha256) {
    }

    /** The entry of {@code name} in the manifest of {@code record}, read as a stream: run.json may be another program's. */
    private static Expected expected(Path record, String name) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(record.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(FIELD) && value == JsonToken.START_OBJECT) {
                    return entry(parser, name);
                }
                parser.skipChildren();
            }
            return null;
        } catch (JsonProcessingException e) {
            return null; // not a run record of comention's: nothing to check against
        }
    }

    private static Expected entry(JsonParser parser, String name) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String file = parser.currentName();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            if (!file.equals(name)) {
                parser.skipChildren();
                continue;
            }
            long bytes = -1;
            String sha256 = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("bytes") && value == JsonToken.VALUE_NUMBER_INT) {
                    bytes = parser.getLongValue();
                } else if (field.equals("sha256") && value == JsonToken.VALUE_STRING) {
                    sha256 = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return bytes < 0 || sha256 == null ? null : new Expected(bytes, sha256);
        }
        return null;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
