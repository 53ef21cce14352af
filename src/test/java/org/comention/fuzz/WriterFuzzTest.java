package org.comention.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.comention.common.UserInputException;
import org.comention.entity.Gazetteer;
import org.comention.export.HostileOutputs;

/**
 * Fuzz test for every writer: a small graph whose entity ids, labels, Wikidata ids, surface
 * forms, alias languages, and whose document ids, languages and dates are any UTF-16 the fuzzer
 * makes (lone surrogates included), written as all ten outputs and read back by strict parsers
 * ({@link HostileOutputs#readBack}): XML well-formed, JSON and CSV parsed, report.html's data
 * unable to end its script, every string writable, every id and label the same string in every
 * file. A gazetteer the reader refuses (a blank label, ids that trim to the same) is not the
 * writers' concern and ends the run. Under {@code mvn test} it replays the seeds in
 * {@code src/test/resources/org/comention/fuzz/WriterFuzzTestInputs/writers}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class WriterFuzzTest {
    private static Path dir;

    private static synchronized Path dir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("comention-writer-fuzz");
            dir.toFile().deleteOnExit();
        }
        return dir;
    }

    private static String text(FuzzedDataProvider data, int max) {
        StringBuilder s = new StringBuilder();
        for (int n = data.consumeInt(0, max); n > 0; n--) {
            s.append(data.consumeChar());
        }
        return s.toString();
    }

    @FuzzTest(maxDuration = "10m")
    void writers(FuzzedDataProvider data) throws Exception {
        List<HostileOutputs.Entity> entities = new ArrayList<>();
        for (int i = data.consumeInt(1, 6) - 1; i >= 0; i--) {
            entities.add(new HostileOutputs.Entity(text(data, 12) + i, "L" + text(data, 12), text(data, 4),
                    text(data, 8), text(data, 4), text(data, 8)));
        }
        List<HostileOutputs.Document> documents = new ArrayList<>();
        for (int d = data.consumeInt(0, 4); d > 0; d--) {
            documents.add(new HostileOutputs.Document(text(data, 12), text(data, 4), text(data, 6)));
        }
        Gazetteer gazetteer;
        try {
            gazetteer = HostileOutputs.gazetteer(entities);
        } catch (UserInputException refused) {
            return;
        }
        Path out = dir();
        HostileOutputs.write(gazetteer, entities, documents, out);
        SortedMap<String, Set<String>> read = HostileOutputs.readBack(out);
        for (int i = 0; i < gazetteer.size(); i++) {
            for (String file : List.of("graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "rankings.csv", "report.html")) {
                HostileOutputs.assertHolds(read, file, gazetteer.entity(i).id());
                HostileOutputs.assertHolds(read, file, gazetteer.entity(i).label());
            }
        }
        for (HostileOutputs.Document d : documents) {
            HostileOutputs.assertHolds(read, "run.json", d.id());
        }
    }
}
