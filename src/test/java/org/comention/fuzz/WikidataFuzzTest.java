package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comention.common.UserInputException;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerCheck;
import org.comention.entity.GazetteerImport;
import org.comention.entity.GazetteerReader;
import org.comention.entity.TestGazetteers;
import org.comention.entity.WikidataClasses;
import org.comention.entity.WikidataDump;
import org.comention.entity.WikidataItem;
import org.comention.export.CsvOut;
import org.comention.text.TextNormalizer;

/**
 * Fuzz test for the reader of {@code gazetteer import}: whatever the bytes of a Wikidata dump,
 * {@link WikidataDump} gives items and skips, each problem one line naming the file and its line,
 * or refuses the file with one {@link UserInputException} naming it; never another exception. The
 * tables {@link GazetteerImport} makes of what it gives load with {@link GazetteerReader} and
 * pass {@link GazetteerCheck}, so a run can always use them.
 */
class WikidataFuzzTest {
    private static final String NAME = "dump.json";
    private static final WikidataClasses CLASSES = WikidataClasses.bundled();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @FuzzTest(maxDuration = "10m")
    void dump(@NotNull byte[] input) throws IOException {
        GazetteerImport imported = new GazetteerImport(CLASSES, Set.of("en", "ar", "fa", "tr", "ru", "fr"), 1_000, NORMALIZER);
        try {
            WikidataDump dump = WikidataDump.open(new ByteArrayInputStream(input), NAME, Set.of("en", "ar", "fa", "tr", "ru", "fr"));
            for (WikidataItem item = dump.next(skip -> {
                if (skip.problem() != null) {
                    oneLine(skip.problem().getMessage());
                    assertTrue(skip.problem().getMessage().matches("(?s)dump\\.json:[0-9]+: .*"), skip.problem().getMessage());
                }
                imported.skip(skip.reason());
            }); item != null; item = dump.next(skip -> imported.skip(skip.reason()))) {
                imported.add(item);
            }
        } catch (UserInputException refused) {
            oneLine(refused.getMessage());
            assertTrue(refused.getMessage().startsWith(NAME + ":"), refused.getMessage());
            return;
        }
        List<GazetteerImport.Row> rows = imported.finish();
        StringWriter entities = new StringWriter();
        StringWriter aliases = new StringWriter();
        CsvOut entityTable = CsvOut.open(entities, "id", "label", "type", "wikidata");
        CsvOut aliasTable = CsvOut.open(aliases, "entity", "lang", "alias", "kind");
        for (GazetteerImport.Row row : rows) {
            entityTable.record(row.entity().id(), row.entity().label(), row.entity().type().name(), row.entity().wikidata());
            for (WikidataItem.Name name : row.names()) {
                aliasTable.record(row.entity().id(), name.lang(), name.text(), "name");
            }
        }
        entityTable.flush();
        aliasTable.flush();
        List<String> problems = new ArrayList<>();
        Gazetteer gazetteer = GazetteerReader.read(List.of(List.of(TestGazetteers.inline("entities.csv", entities.toString()),
                TestGazetteers.inline("aliases.csv", aliases.toString()))));
        problems.addAll(new GazetteerCheck(NORMALIZER).problems(gazetteer));
        assertEquals(List.of(), problems);
        assertEquals(rows.size(), gazetteer.size());
    }

    private static void oneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }
}
