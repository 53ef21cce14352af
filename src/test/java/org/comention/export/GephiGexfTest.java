package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.comention.cli.TestRuns;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Estimator;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.types.TimeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens {@code graph.gexf} with the Gephi Toolkit: static on the sample corpus, dynamic on dated articles. */
class GephiGexfTest {
    @TempDir
    Path dir;

    private static GephiToolkit.Imported importGexf(Path file) {
        return GephiToolkit.importFile(file);
    }

    @Test
    void staticGraphOfTheSamplesWithSizesAndCommunityColours() throws Exception {
        GephiToolkit.Imported gephi = importGexf(TestRuns.buildSeeds(dir).resolve("graph.gexf"));
        assertTrue(gephi.issues().isEmpty(), gephi.issues().toString());
        assertEquals(36, gephi.graph().getNodeCount());
        assertEquals(357, gephi.graph().getEdgeCount());
        Node nato = gephi.graph().getNode("nato");
        assertEquals("NATO", nato.getLabel());
        assertEquals(60.0, nato.size(), 1e-3, "the most central node gets the largest size");
        assertEquals(5.0, gephi.graph().getEdge(nato, gephi.graph().getNode("ukraine")).getWeight(), 1e-9);
        assertEquals(Integer.class, gephi.model().getNodeTable().getColumn("community").getTypeClass());
        assertEquals("ينس ستولتنبرغ", gephi.graph().getNode("jens-stoltenberg")
                .getAttribute(gephi.model().getNodeTable().getColumn("label_ar")));
    }

    @Test
    void datedArticlesMakeADynamicGraphWithTotalWeightsAndCountsPerMonth() throws Exception {
        Path corpus = Files.writeString(dir.resolve("dated.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"date\": \"2024-05-10\", \"text\": \"التقى بلينكن وستولتنبرغ في براغ.\"}",
                "{\"id\": \"b\", \"date\": \"2024-06-12T09:00:00Z\", \"text\": \"ستولتنبرغ وبلينكن في بروكسل.\"}",
                "{\"id\": \"c\", \"date\": \"2024-06-20\", \"text\": \"وصل بلينكن وستولتنبرغ إلى كييف.\"}", ""));
        Path out = dir.resolve("dynamic");
        org.comention.cli.TestRuns.build(corpus, out, "--time-slice", "month");
        GephiToolkit.Imported gephi = importGexf(out.resolve("graph.gexf"));
        assertTrue(gephi.issues().isEmpty(), gephi.issues().toString());
        Node blinken = gephi.graph().getNode("antony-blinken");
        Node kyiv = gephi.graph().getNode("kyiv");
        Edge pair = gephi.graph().getEdge(blinken, gephi.graph().getNode("jens-stoltenberg"));
        assertFalse(pair.hasDynamicWeight(), "Gephi's statistics and layouts see the total, not a slice");
        assertEquals(3.0, pair.getWeight(), 1e-9, "three articles in all");
        TimeMap<?, ?> inSlice = (TimeMap<?, ?>) pair.getAttribute(GexfWriter.IN_SLICE);
        assertEquals(1.0, ((Number) inSlice.get(month(2024, 5), Estimator.AVERAGE)).doubleValue(), 1e-9, "May: one article");
        assertEquals(2.0, ((Number) inSlice.get(month(2024, 6), Estimator.AVERAGE)).doubleValue(), 1e-9, "June: two articles");
        assertEquals(1, kyiv.getIntervals().length, "Kyiv lives in June only");
        assertEquals(day(2024, 6, 1), kyiv.getIntervals()[0].getLow(), 1);
        assertEquals(2, blinken.getIntervals().length, "Blinken in May and June");
    }

    @Test
    void timeSliceNoneMakesAStaticGraphOfDatedArticles() throws Exception {
        Path corpus = Files.writeString(dir.resolve("dated.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"date\": \"2024-05-10\", \"text\": \"التقى بلينكن وستولتنبرغ في براغ.\"}",
                "{\"id\": \"b\", \"date\": \"2024-06-12\", \"text\": \"ستولتنبرغ وبلينكن في بروكسل.\"}", ""));
        Path out = dir.resolve("static");
        org.comention.cli.TestRuns.build(corpus, out, "--time-slice", "none");
        String gexf = Files.readString(out.resolve("graph.gexf"));
        assertTrue(gexf.contains("mode=\"static\"") && !gexf.contains("<spell"), "no slices, no spells");
        GephiToolkit.Imported gephi = importGexf(out.resolve("graph.gexf"));
        assertTrue(gephi.issues().isEmpty(), gephi.issues().toString());
        Edge pair = gephi.graph().getEdge(gephi.graph().getNode("antony-blinken"), gephi.graph().getNode("jens-stoltenberg"));
        assertTrue(!pair.hasDynamicWeight());
        assertEquals(2.0, pair.getWeight(), 1e-9);
        String graphml = Files.readString(out.resolve("graph.graphml"));
        assertTrue(graphml.contains("first_date") && graphml.contains(">2024-06-12<"), "the pair's first and last dates stay");
    }

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * 86_400_000.0;
    }

    private static Interval month(int y, int m) {
        LocalDate first = LocalDate.of(y, m, 1);
        return new Interval(day(y, m, 1), first.plusMonths(1).minusDays(1).toEpochDay() * 86_400_000.0);
    }
}
