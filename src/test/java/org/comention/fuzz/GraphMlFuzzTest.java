package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comention.analysis.CentralityMeasures;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.common.UserInputException;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.GraphMlReader;

/**
 * Fuzz test for {@code comention rank}'s input (issue 17, case 8): whatever the bytes of a
 * .graphml file, the reader either refuses it with a {@link UserInputException} of one line that
 * names the file (the first finding: a weight holding a line break was shown as it was), or gives a graph whose rankings under every default measure, and whose
 * communities and modularity, are finite numbers. Under {@code mvn test} it replays the seeds in
 * {@code src/test/resources/org/comention/fuzz/GraphMlFuzzTestInputs/graphml} (the fixtures'
 * shapes, hostile weights and structure, and every XML attack); {@code JAZZER_FUZZ=1} fuzzes.
 * One {@code @FuzzTest} only: under JAZZER_FUZZ, Jazzer fuzzes one per run.
 */
class GraphMlFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void graphml(@NotNull byte[] bytes) throws IOException {
        Path file = Files.createTempFile("comention-fuzz", ".graphml");
        try {
            Files.write(file, bytes);
            EntityGraph graph;
            try {
                graph = new GraphMlReader().read(file);
            } catch (UserInputException refused) {
                assertTrue(refused.getMessage().contains(file.getFileName().toString()), refused.getMessage());
                assertTrue(refused.getMessage().chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029),
                        "one line, no control characters: " + refused.getMessage());
                return;
            }
            for (CooccurrenceEdge edge : graph.graph().edgeSet()) {
                double weight = graph.graph().getEdgeWeight(edge);
                assertTrue(weight > 0 && Double.isFinite(weight), "weight " + weight);
            }
            Rankings rankings = Rankings.compute(graph.graph(), CentralityMeasures.all());
            for (int m = 0; m < rankings.measures().size(); m++) {
                for (int v = 0; v < rankings.vertices().size(); v++) {
                    double score = rankings.score(m, v);
                    assertTrue(Double.isFinite(score), rankings.measures().get(m).name() + " of "
                            + rankings.vertices().get(v) + " is " + score);
                }
            }
            Communities communities = Communities.detect(graph.graph(), 1.0);
            assertTrue(Double.isFinite(communities.modularity()), "modularity " + communities.modularity());
            for (String vertex : communities.vertices()) {
                assertTrue(communities.of(vertex) >= 0, vertex);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
