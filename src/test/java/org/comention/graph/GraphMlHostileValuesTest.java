package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, case 6 (rank): weights and structure that the rankings cannot compute with are one
 * line naming the file and the edge or node, never a graph ranked with wrong numbers.
 */
class GraphMlHostileValuesTest {
    @TempDir
    Path dir;

    /** Nodes a, b, c; an edge a -- b for each weight (parallel edges when there are several), and b -- c of weight 1. */
    private Path graph(String... weights) throws Exception {
        StringBuilder edges = new StringBuilder();
        for (String weight : weights) {
            edges.append("<edge source=\"a\" target=\"b\"><data key=\"w\">").append(weight).append("</data></edge>\n");
        }
        return write("<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph edgedefault=\"undirected\">\n"
                + "<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>\n" + edges
                + "<edge source=\"b\" target=\"c\"><data key=\"w\">1</data></edge>\n</graph>");
    }

    private Path write(String body) throws Exception {
        return Files.writeString(dir.resolve("g.graphml"), "<?xml version=\"1.0\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" + body + "\n</graphml>\n");
    }

    private static String refused(Path file, String... fragments) {
        UserInputException e = assertThrows(UserInputException.class, () -> new GraphMlReader().read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "says " + fragment + ": " + e.getMessage());
        }
        return e.getMessage();
    }

    @Test
    void zeroWeight() throws Exception {
        refused(graph("0"), "edge 'a' -- 'b'", "weight 0", "positive");
    }

    @Test
    void negativeWeight() throws Exception {
        refused(graph("-3"), "edge 'a' -- 'b'", "weight -3", "positive");
    }

    @Test
    void nanWeight() throws Exception {
        refused(graph("NaN"), "edge 'a' -- 'b'", "weight NaN");
    }

    @Test
    void subnormalWeight() throws Exception {
        refused(graph("4.9E-324"), "edge 'a' -- 'b'", "weight 4.9E-324", "rescale");
    }

    @Test
    void parallelEdgesCancellingToZero() throws Exception {
        refused(graph("5", "-5"), "edge 'a' -- 'b'", "weight -5", "positive");
    }

    @Test
    void infiniteWeight() throws Exception {
        refused(graph("Infinity"), "edge 'a' -- 'b'", "weight Infinity");
    }

    @Test
    void parallelEdgesOverflowingToInfinity() throws Exception {
        refused(graph("1.7E308", "1.7E308"), "edge 'a' -- 'b'", "weight 1.7E308", "rescale");
    }

    @Test
    void nonNumericWeightIsNotTakenAsOne() throws Exception {
        refused(graph("heavy"), "edge 'a' -- 'b'", "weight 'heavy' is not a number");
    }

    @Test
    void weightsInsideTheRangeAreReadAsWritten() throws Exception {
        EntityGraph g = new GraphMlReader().read(graph("1e-100", "2.5", " 1e100 "));
        assertEquals(2.5 + 1e-100 + 1e100, g.graph().getEdgeWeight(g.graph().getEdge("a", "b")));
    }

    @Test
    void duplicateNodeIds() throws Exception {
        refused(write("<graph><node id=\"a\"/><node id=\"a\"/></graph>"), "id a", "already exists");
    }

    @Test
    void edgeToAnUnknownNode() throws Exception {
        refused(write("<graph><node id=\"a\"/><edge source=\"a\" target=\"ghost\"/></graph>"), "ghost", "not found");
    }

    @Test
    void edgeFromAnUnknownNode() throws Exception {
        refused(write("<graph><node id=\"a\"/><edge source=\"ghost\" target=\"a\"/></graph>"), "ghost", "not found");
    }

    @Test
    void aCountThatIsNotAWholeNumber() throws Exception {
        refused(write("<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>"
                + "<graph><node id=\"a\"><data key=\"m\">1e300</data></node></graph>"), "node 'a'", "mentions '1e300'");
        refused(write("<key id=\"d\" for=\"edge\" attr.name=\"documents\" attr.type=\"int\"/>"
                + "<graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"d\">many</data></edge></graph>"),
                "edge 'a' -- 'b'", "documents 'many'");
    }

    @Test
    void wholeCountsWrittenAsDecimalsAreRead() throws Exception {
        EntityGraph g = new GraphMlReader().read(write("<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"double\"/>"
                + "<graph><node id=\"a\"><data key=\"m\">12.0</data></node></graph>"));
        assertEquals(12, g.node("a").mentions());
    }

    @Test
    void aMalformedElementNamesTheLine() throws Exception {
        Path file = write("<graph>\n<node id=\"a\">\n<data key=\"x\">1</node>\n</graph>");
        assertTrue(refused(file).startsWith(file + ":5: "), refused(file));
    }

    @Test
    void valuesFromTheFileAreShownOnOneLineWithTheirControlsEscaped() throws Exception {
        String message = refused(write("<key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph><node id=\"a&#10;b\"/>"
                + "<node id=\"\u202Eevil\"/><edge source=\"a&#10;b\" target=\"\u202Eevil\"><data key=\"w\">1e&#13;100</data>"
                + "</edge></graph>"), "'a\\nb' -- '\\u202Eevil'", "weight '1e\\r100'");
        assertFalse(message.contains("\r") || message.contains("\u202E"), message);
        String longId = "x".repeat(5_000);
        assertTrue(refused(write("<graph><node id=\"" + longId + "\"/><node id=\"" + longId + "\"/></graph>"),
                " characters)").length() < 1_000, "a long id is cut");
    }
}
