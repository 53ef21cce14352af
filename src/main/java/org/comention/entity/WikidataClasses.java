package org.comention.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The entity type of a Wikidata item from the classes it is an instance of (P31): a table of
 * data, {@code data/wikidata/classes.csv} ({@code class,type,label}), not code. Only
 * direct P31 values count (a dump holds no subclass tree), so the table lists the common
 * subclasses themselves. When an item's classes give several types, PERSON wins over GPE, GPE
 * over ORG and ORG over LOC: a country that is also a member organisation is a GPE.
 */
public final class WikidataClasses {
    /** The bundled table, packed into the jar. */
    public static final String RESOURCE = "/comention/wikidata/classes.csv";
    private static final EntityType[] PRIORITY = {EntityType.PERSON, EntityType.GPE, EntityType.ORG, EntityType.LOC};

    private final Map<String, EntityType> types;

    private WikidataClasses(Map<String, EntityType> types) {
        this.types = types;
    }

    /** The bundled table. */
    public static WikidataClasses bundled() {
        try (InputStream in = WikidataClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WikidataClasses read(Reader reader) throws IOException {
        Map<String, EntityType> types = new TreeMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        for (CSVRecord row : format.parse(reader)) {
            types.put(row.get("class"), EntityType.valueOf(row.get("type").toUpperCase(Locale.ROOT)));
        }
        return new WikidataClasses(Map.copyOf(types));
    }

    /** The type of an item of these classes, or {@code null} when none of them is in the table. */
    public EntityType typeOf(Collection<String> classes) {
        EntityType best = null;
        for (String c : classes) {
            EntityType type = types.get(c);
            if (type != null && (best == null || rank(type) < rank(best))) {
                best = type;
            }
        }
        return best;
    }

    private static int rank(EntityType type) {
        for (int i = 0; i < PRIORITY.length; i++) {
            if (PRIORITY[i] == type) {
                return i;
            }
        }
        return PRIORITY.length;
    }
}
