package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.comention.entity.DiscoveredEntities;
import org.comention.entity.Entity;
import org.comention.text.Scripts;

/**
 * Writes the run's discovered entities as a gazetteer layer, so a user promotes them by passing
 * the two files back to {@code build --gazetteer}: {@code discovered-entities.csv}
 * ({@code id,label,type,wikidata,confidence}, the entities table's layout plus the confidence)
 * and {@code discovered-aliases.csv} ({@code entity,lang,alias,kind,count}, the alias table's
 * layout plus how often the name was found). The aliases are the bare names (البرهان, not
 * وللبرهان), which the matcher then finds behind clitics and suffixes itself; {@code lang} is
 * guessed from the script (ar, fa, ru) and left empty for Latin script, which does not tell the
 * language. Rows are in the order entities were discovered, names in order of first sight.
 * Edit, delete or merge rows before promoting: these are guesses.
 */
public final class DiscoveredLayerWriter {
    public static final String ENTITIES = "discovered-entities.csv";
    public static final String ALIASES = "discovered-aliases.csv";

    public void writeEntities(DiscoveredEntities discovered, Path target) throws IOException {
        List<Entity> entities = discovered.entities();
        AtomicOutput.write(target, writer -> {
            CsvOut printer = CsvOut.open(writer, "id", "label", "type", "wikidata", "confidence");
            for (Entity entity : entities) {
                printer.record(entity.id(), entity.label(), entity.type().name(), "", Numbers.format(entity.confidence()));
            }
            printer.flush();
        });
    }

    public void writeAliases(DiscoveredEntities discovered, Path target) throws IOException {
        List<Entity> entities = discovered.entities();
        AtomicOutput.write(target, writer -> {
            CsvOut printer = CsvOut.open(writer, "entity", "lang", "alias", "kind", "count");
            for (int k = 0; k < entities.size(); k++) {
                for (Map.Entry<String, Long> name : discovered.names(k).entrySet()) {
                    printer.record(entities.get(k).id(), language(name.getKey()), name.getKey(), "name", name.getValue());
                }
            }
            printer.flush();
        });
    }

    /** The language a script tells: Persian letters mean fa, other Arabic script ar, Cyrillic ru; "" otherwise. */
    public static String language(String name) {
        boolean arabic = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("پچژگکی".indexOf(c) >= 0) {
                return "fa";
            }
            byte script = Scripts.of(c);
            if (script == Scripts.CYRILLIC) {
                return "ru";
            }
            arabic |= script == Scripts.ARABIC;
        }
        return arabic ? "ar" : "";
    }
}
