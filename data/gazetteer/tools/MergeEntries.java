import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges hand-written batches of entities and names into the curated tables {@code entities.csv}
 * and {@code aliases.csv}, keeping them sorted and free of repeated rows. A batch is quicker to
 * write and review than table rows: one block per entity, one line per language.
 *
 * <pre>
 * # a comment
 * = sudanese-armed-forces | Sudanese Armed Forces | ORG | Q-id or nothing   (a new entity)
 * + rapid-support-forces                                                 (names for a listed one)
 * en: Sudanese Armed Forces; SAF
 * ar: القوات المسلحة السودانية; الجيش السوداني
 * </pre>
 *
 * A line {@code lang~: ...} adds adjectival names. The tool refuses a block for an unknown id, a
 * new entity whose id is listed with another label, and a name with no entity; it prints what it
 * added. Alias collisions between entities need the normaliser: run {@code comention gazetteer
 * check data/gazetteer} and {@code BundledGazetteerTest} afterwards.
 *
 * <pre>java data/gazetteer/tools/MergeEntries.java data/gazetteer batch.txt ...</pre>
 */
public final class MergeEntries {
    private static final List<String> TYPES = List.of("PERSON", "ORG", "GPE", "LOC");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MergeEntries GAZETTEER_DIR BATCH...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String[]> entities = new TreeMap<>();
        for (String[] row : read(dir.resolve("entities.csv"))) {
            entities.put(row[0], row);
        }
        Comparator<String[]> aliasOrder = Comparator.<String[], String>comparing(r -> r[0])
                .thenComparing(r -> r[1]).thenComparing(r -> r[2]).thenComparing(r -> r[3]);
        TreeSet<String[]> aliases = new TreeSet<>(aliasOrder);
        aliases.addAll(read(dir.resolve("aliases.csv")));
        int entitiesBefore = entities.size();
        int aliasesBefore = aliases.size();
        Map<String, Integer> newNamesByEntity = new LinkedHashMap<>();
        for (int b = 1; b < args.length; b++) {
            String current = null;
            int lineNumber = 0;
            for (String raw : Files.readAllLines(Path.of(args[b]), StandardCharsets.UTF_8)) {
                lineNumber++;
                String line = raw.strip();
                String where = args[b] + ":" + lineNumber + ": ";
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("=")) {
                    String[] f = Arrays.stream(line.substring(1).split("\\|", -1)).map(String::strip).toArray(String[]::new);
                    if (f.length != 4 || !f[0].matches("[a-z0-9]+(-[a-z0-9]+)*") || !TYPES.contains(f[2])
                            || !f[3].matches("(Q[0-9]+)?")) {
                        fail(where + "expected = id | Label | TYPE | Q-id: " + line);
                    }
                    String[] known = entities.get(f[0]);
                    if (known != null && !known[1].equals(f[1])) {
                        fail(where + f[0] + " is already " + known[1]);
                    }
                    entities.put(f[0], f);
                    current = f[0];
                } else if (line.startsWith("+")) {
                    current = line.substring(1).strip();
                    if (!entities.containsKey(current)) {
                        fail(where + "no entity " + current);
                    }
                } else {
                    int colon = line.indexOf(':');
                    if (current == null || colon < 2) {
                        fail(where + "expected lang: name; name");
                    }
                    String lang = line.substring(0, colon).strip();
                    String kind = "name";
                    if (lang.endsWith("~")) {
                        lang = lang.substring(0, lang.length() - 1);
                        kind = "adjectival";
                    }
                    if (!lang.matches("[a-z]{2}")) {
                        fail(where + "not a language code: " + lang);
                    }
                    for (String name : line.substring(colon + 1).split(";")) {
                        String alias = name.strip();
                        if (!alias.isEmpty() && aliases.add(new String[] {current, lang, alias, kind})) {
                            newNamesByEntity.merge(current, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        write(dir.resolve("entities.csv"), "id,label,type,wikidata", new ArrayList<>(entities.values()));
        write(dir.resolve("aliases.csv"), "entity,lang,alias,kind", new ArrayList<>(aliases));
        System.out.printf("entities %d -> %d, aliases %d -> %d%n", entitiesBefore, entities.size(),
                aliasesBefore, aliases.size());
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }

    /** RFC 4180 rows without the header; the tables hold no line breaks inside fields. */
    private static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            rows.add(fields.toArray(new String[0]));
        }
        return rows;
    }

    private static void write(Path file, String header, List<String[]> rows) throws IOException {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String value = row[i];
                if (value.contains(",") || value.contains("\"")) {
                    value = '"' + value.replace("\"", "\"\"") + '"';
                }
                out.append(i == 0 ? "" : ",").append(value);
            }
            out.append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }
}
