package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comention.analysis.CentralityMeasures;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.analysis.WeightedDegree;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.comention.entity.TestGazetteers;
import org.comention.graph.EntityGraph;
import org.comention.graph.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWritersTest {
    @TempDir
    Path dir;

    private static List<String> lines(Path file) throws IOException {
        String content = Files.readString(file);
        assertFalse(content.contains("\r"), "LF line ends on every platform");
        return List.of(content.split("\n"));
    }

    @Test
    void nodesTableHasGephisSpreadsheetColumns() throws Exception {
        EntityGraph graph = TestGraphs.natoStar();
        Path file = dir.resolve("nodes.csv");
        new GephiTableWriter().writeNodes(graph, Rankings.compute(graph.graph(), CentralityMeasures.all()),
                Communities.detect(graph.graph(), 1.0), file);
        List<String> lines = lines(file);
        assertEquals("Id,Label,Type,Wikidata,Mentions,Documents,Origin,Confidence,degree,weighted_degree,betweenness,"
                + "harmonic_closeness,pagerank,eigenvector,community", lines.get(0));
        assertEquals(6, lines.size());
        // Stoltenberg bridges Blinken to NATO and Ukraine: 2 of the 6 pairs of connected entities
        assertTrue(lines.get(2).startsWith("jens-stoltenberg,Jens Stoltenberg,PERSON,Q57541,7,4,gazetteer,1,3,10,0.33333333,2.5,"),
                lines.get(2));
        assertTrue(lines.get(5).startsWith("vladimir-putin,Vladimir Putin,PERSON,Q7747,1,1,gazetteer,1,0,0,0,0,"), lines.get(5));
    }

    @Test
    void edgesTableIsUndirectedWithWeightsAndDocuments() throws Exception {
        EntityGraph graph = TestGraphs.natoStar();
        Path file = dir.resolve("edges.csv");
        new GephiTableWriter().writeEdges(graph, file);
        List<String> lines = lines(file);
        assertEquals("Source,Target,Type,Weight,Documents,count,jaccard,dice,npmi,association_strength,log_likelihood",
                lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("antony-blinken,jens-stoltenberg,Undirected,2,2,2,")), lines.toString());
        // NATO and Ukraine share all 5 windows of 5: every normalised measure is at its maximum, G² is 0
        assertTrue(lines.contains("nato,ukraine,Undirected,5,5,5,1,1,1,1,0"), lines.toString());
    }

    @Test
    void rankingTableOrdersByTheChosenMeasureAndRanksEveryMeasure() throws Exception {
        EntityGraph graph = TestGraphs.natoStar();
        Path file = dir.resolve("rankings.csv");
        new RankingTableWriter().write(graph, Rankings.compute(graph.graph(), CentralityMeasures.all()),
                Communities.detect(graph.graph(), 1.0), new WeightedDegree(), file);
        List<String> lines = lines(file);
        assertTrue(lines.get(0).startsWith("rank,id,label,type,community,mentions,documents,origin,confidence,degree,"), lines.get(0));
        assertTrue(lines.get(0).endsWith(",rank_pagerank,rank_eigenvector"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,jens-stoltenberg,Jens Stoltenberg,PERSON,0,7,4,gazetteer,1,3,10,"),
                "Stoltenberg (2+4+4) ties NATO (4+5+1) at 10 and wins on id: " + lines.get(1));
        assertTrue(lines.get(5).startsWith("5,vladimir-putin,"), "the isolated node comes last");
        assertEquals(6, lines.size());
    }

    @Test
    void mentionTableGivesOriginalOffsetsAndSurface() throws Exception {
        Path file = dir.resolve("mentions.csv");
        String text = "قال \"بلينكن\", ثم";
        try (MentionTableWriter writer = new MentionTableWriter(file, TestGazetteers.fixture())) {
            writer.write("doc,1", text, List.of(new Mention(0, AliasKind.NAME, 5, 11, 5)));
            writer.commit();
        }
        List<String> lines = lines(file);
        assertEquals("doc_id,entity_id,label,type,kind,surface,start,end,match,origin", lines.get(0));
        assertEquals("\"doc,1\",antony-blinken,Antony Blinken,PERSON,name,بلينكن,5,11,normalised,gazetteer", lines.get(1));
    }

    @Test
    void anUncommittedOutputLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = dir.resolve("edges.csv");
        Files.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicOutput.write(file, writer -> {
            writer.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void numbersHaveNoExponentAndAtMostEightDecimals() {
        assertEquals("0.0000001", Numbers.format(1e-7));
        assertEquals("12345678", Numbers.format(12345678));
        assertEquals("0.33333333", Numbers.format(1.0 / 3));
        assertEquals("0", Numbers.format(-0.0));
    }
}
