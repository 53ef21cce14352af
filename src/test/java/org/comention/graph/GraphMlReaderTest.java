package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlReaderTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(GraphMlReaderTest.class.getResource("/fixtures/graphml/" + name).toURI());
    }

    @Test
    void readsNetworkxOutputWithIntegerWeightsAndUnlabelledNodes() throws Exception {
        EntityGraph g = new GraphMlReader().read(fixture("networkx.graphml"));
        assertEquals(3, g.nodeCount());
        assertEquals(2, g.edgeCount());
        assertEquals("NATO", g.node("nato").label());
        assertEquals("russia", g.node("russia").label(), "no label attribute: the id stands in");
        assertEquals(5.0, g.graph().getEdgeWeight(g.graph().getEdge("nato", "ukraine")));
    }

    @Test
    void readsGephiOutputMergingBothDirectionsAndDroppingSelfLoops() throws Exception {
        EntityGraph g = new GraphMlReader().read(fixture("gephi.graphml"));
        assertEquals(3, g.nodeCount());
        assertEquals(2, g.edgeCount(), "n0->n1 and n1->n0 become one edge; the n2 loop is dropped");
        assertEquals(3.0, g.graph().getEdgeWeight(g.graph().getEdge("n0", "n1")));
        assertEquals("Antony Blinken", g.node("n0").label());
        assertEquals("PERSON", g.node("n0").type(), "attribute names are matched without case");
    }

    @Test
    void malformedXmlIsAOneLineErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("broken.graphml");
        Files.writeString(file, "<graphml><graph><node id=\"a\">");
        UserInputException e = assertThrows(UserInputException.class, () -> new GraphMlReader().read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMissingFileIsAUserError() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> new GraphMlReader().read(dir.resolve("nope.graphml")));
        assertTrue(e.getMessage().contains("nope.graphml"));
    }
}
