package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.comention.entity.Mention;

/**
 * Collects the surface forms a run linked and writes {@code aliases.csv}:
 * {@code entity_id,label,surface,match,count}, one row per entity, surface form (as written in
 * the text) and match kind, sorted by entity id, then surface, then match kind. It shows at a
 * glance which spellings, variants and proclitic forms fed each node.
 */
public final class AliasTableWriter {
    public static final String[] HEADER = {"entity_id", "label", "surface", "match", "count"};

    private final Gazetteer gazetteer;
    private final Map<List<String>, Long> counts = new TreeMap<>((a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    });

    public AliasTableWriter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void add(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            Entity entity = gazetteer.entity(m.entity());
            counts.merge(List.of(entity.id(), text.substring(m.start(), m.end()), m.how().code()), 1L, Long::sum);
        }
    }

    public void write(Path target) throws IOException {
        AtomicOutput.write(target, writer -> {
            CSVPrinter printer = Csv.printer(writer, HEADER);
            for (Map.Entry<List<String>, Long> entry : counts.entrySet()) {
                List<String> key = entry.getKey();
                String label = gazetteer.entity(gazetteer.indexOf(key.get(0))).label();
                printer.printRecord(key.get(0), label, key.get(1), key.get(2), entry.getValue());
            }
            printer.flush();
        });
    }
}
