package org.comention.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.comention.text.TextNormalizer;

/**
 * The bundled gazetteer's {@link KeyTable}, computed when the project is built and loaded at
 * start-up: deriving the 30,000-odd keys took about 1.5 s of a 3 s run on the five seeds, reading
 * them back takes a tenth of that. Their automaton is built again from the keys when read: that
 * takes milliseconds ({@link KeyAutomaton}), and nothing in the file can then make the automaton
 * walk outside its arrays.
 *
 * <p>Maven runs {@link #main} after compiling (pom.xml, exec plugin), so the jar, and the tests,
 * carry the table of exactly the gazetteer and code they were built with. The file names the
 * fingerprint of the gazetteer it was made from; {@link #load} gives it only to a gazetteer with
 * that fingerprint, so a run with extra gazetteer tables builds its own table. The keys depend on
 * the gazetteer and on {@link TextNormalizer}, which has no settings.
 *
 * <p>Usage: {@code PrebuiltMatcher OUTPUT_FILE}
 */
public final class PrebuiltMatcher {
    /** Where the build puts the bundled gazetteer's table, on the class path. */
    static final String RESOURCE = "/comention/matcher/bundled.bin";
    private static final int MAGIC = 0x434d4154; // "CMAT"
    /** Raise when the layout changes, so an older file is refused rather than misread (2: no automaton arrays). */
    private static final int FORMAT = 2;
    private static final int CAPITALS_ONLY = 1;
    private static final int AFTER_ARTICLE_ONLY = 2;
    private static final int VARIANT = 4;

    private PrebuiltMatcher() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrebuiltMatcher OUTPUT_FILE");
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                Gazetteer gazetteer = GazetteerReader.readWithBundled(List.of());
                write(gazetteer, KeyTable.build(gazetteer, new TextNormalizer()), out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The prebuilt table if it was made from {@code gazetteer}; null if there is none on the class
     * path (a build that skipped the step), it was made from another gazetteer, or it is unreadable.
     */
    static KeyTable load(Gazetteer gazetteer) {
        InputStream resource = PrebuiltMatcher.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(resource, 1 << 16)) {
            // the head first: a matcher of another gazetteer (tests make hundreds) reads no further
            byte[] expected = head(gazetteer);
            in.mark(expected.length);
            if (!Arrays.equals(in.readNBytes(expected.length), expected)) {
                return null;
            }
            in.reset();
            return read(ByteBuffer.wrap(in.readAllBytes()), gazetteer);
        } catch (IOException e) {
            // a damaged resource costs only the time of building the table
            return null;
        }
    }

    /** Writes the keys of {@code table}, computed from {@code gazetteer}, in the form {@link #read} reads. */
    static void write(Gazetteer gazetteer, KeyTable table, OutputStream sink) throws IOException {
        if (table.automaton() == null) {
            throw new IllegalArgumentException("a gazetteer without aliases needs no prebuilt table");
        }
        Map<Alias, Integer> aliasIndex = new IdentityHashMap<>();
        for (int i = gazetteer.aliases().size() - 1; i >= 0; i--) {
            aliasIndex.put(gazetteer.aliases().get(i).alias(), i);
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink, 1 << 16));
        out.write(head(gazetteer));
        out.writeInt(table.keys().size());
        for (Map.Entry<String, AutomatonKey> entry : table.keys().entrySet()) {
            AutomatonKey key = entry.getValue();
            Integer alias = aliasIndex.get(key.alias());
            if (alias == null) {
                throw new IllegalStateException("key " + entry.getKey() + " names an alias the gazetteer does not list");
            }
            writeString(out, entry.getKey());
            out.writeInt(key.entity());
            out.writeByte(key.kind().ordinal());
            out.writeByte((key.capitalsOnly() ? CAPITALS_ONLY : 0) | (key.afterArticleOnly() ? AFTER_ARTICLE_ONLY : 0)
                    | (key.variant() ? VARIANT : 0));
            out.writeInt(key.precedence());
            out.writeInt(alias);
            if (key.coreferents() == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(key.coreferents().length);
                for (int person : key.coreferents()) {
                    out.writeInt(person);
                }
            }
        }
        out.flush();
    }

    /**
     * The table in {@code in} if it was made from {@code gazetteer}, or null if it was made from
     * another gazetteer or in another format.
     *
     * @throws IOException if it is cut short or names entities or aliases the gazetteer lacks
     */
    static KeyTable read(ByteBuffer in, Gazetteer gazetteer) throws IOException {
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT || !readString(in).equals(gazetteer.fingerprint())
                    || in.getInt() != gazetteer.size() || in.getInt() != gazetteer.aliases().size()) {
                return null;
            }
            int count = in.getInt();
            if (count < 1 || count > in.remaining()) {
                throw new IOException("not a key table: " + count + " keys");
            }
            NavigableMap<String, AutomatonKey> keys = new TreeMap<>();
            String previous = null;
            AliasKind[] kinds = AliasKind.values();
            for (int i = 0; i < count; i++) {
                String text = readString(in);
                int entity = checkIndex(in.getInt(), gazetteer.size(), "entity");
                AliasKind kind = kinds[checkIndex(in.get(), kinds.length, "kind")];
                int flags = in.get();
                int precedence = in.getInt();
                Alias alias = gazetteer.aliases().get(checkIndex(in.getInt(), gazetteer.aliases().size(), "alias")).alias();
                int people = in.getInt();
                int[] coreferents = null;
                if (people >= 0) {
                    coreferents = new int[checkIndex(people, gazetteer.size() + 1, "coreferent count")];
                    for (int p = 0; p < people; p++) {
                        coreferents[p] = checkIndex(in.getInt(), gazetteer.size(), "coreferent");
                    }
                }
                if (text.isEmpty() || previous != null && previous.compareTo(text) >= 0) {
                    throw new IOException("not a key table: keys empty or out of order at " + i);
                }
                previous = text;
                keys.put(text, new AutomatonKey(entity, kind, (flags & CAPITALS_ONLY) != 0,
                        (flags & AFTER_ARTICLE_ONLY) != 0, precedence, alias, (flags & VARIANT) != 0, coreferents));
            }
            if (in.hasRemaining()) {
                throw new IOException("not a key table: " + in.remaining() + " bytes after the keys");
            }
            return KeyTable.of(keys, MatcherProgress.NONE);
        } catch (BufferUnderflowException e) {
            throw new IOException("not a key table: cut short", e);
        }
    }

    /** What a file made from {@code gazetteer} starts with: format, fingerprint, sizes. */
    private static byte[] head(Gazetteer gazetteer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, gazetteer.fingerprint());
            out.writeInt(gazetteer.size());
            out.writeInt(gazetteer.aliases().size());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int checkIndex(int index, int size, String what) throws IOException {
        if (index < 0 || index >= size) {
            throw new IOException("not a key table: " + what + " " + index + " of " + size);
        }
        return index;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("not a key table: string of " + length + " bytes");
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
