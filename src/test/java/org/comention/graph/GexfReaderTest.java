package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GraphFileReader}: GEXF read with weights, labels and types; igraph's name; other XML refused. */
class GexfReaderTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(GexfReaderTest.class.getResource("/fixtures/graphml/" + name).toURI());
    }

    private EntityGraph read(String name, String xml) throws Exception {
        return new GraphFileReader().read(Files.writeString(dir.resolve(name), xml));
    }

    @Test
    void readsNetworkxGexfWithWeightsLabelsAndTypes() throws Exception {
        EntityGraph g = new GraphFileReader().read(fixture("networkx.gexf"));
        assertEquals(3, g.nodeCount());
        assertEquals(2, g.edgeCount());
        assertEquals("NATO", g.node("nato").label());
        assertEquals("GPE", g.node("ukraine").type(), "the attribute titled type, declared with id 0");
        assertEquals(5.0, g.graph().getEdgeWeight(g.graph().getEdge("nato", "ukraine")));
        assertEquals(3.0, g.graph().getEdgeWeight(g.graph().getEdge("russia", "ukraine")));
    }

    @Test
    void theStaticWeightWinsOverPerSliceValuesAndParallelEdgesAdd() throws Exception {
        EntityGraph g = read("dynamic.gexf", """
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" timeformat="date">
                <attributes class="edge" mode="static"><attribute id="d" title="Documents" type="integer"/></attributes>
                <attributes class="edge" mode="dynamic"><attribute id="w" title="weight" type="double"/></attributes>
                <nodes><node id="a" label="A"/><node id="b"/></nodes>
                <edges>
                <edge source="a" target="b" weight="7"><attvalues><attvalue for="d" value="4"/>
                <attvalue for="w" value="1" start="2024-01-01" end="2024-01-31"/>
                <attvalue for="w" value="6" start="2024-02-01" end="2024-02-29"/></attvalues></edge>
                <edge source="b" target="a" weight="2"/>
                <edge source="a" target="a" weight="9"/>
                </edges></graph></gexf>
                """);
        assertEquals(9.0, g.graph().getEdgeWeight(g.graph().getEdge("a", "b")), "7 + 2, the loop dropped");
        assertEquals(4, g.graph().getEdge("a", "b").documents());
        assertEquals("b", g.node("b").label(), "no label: the id");
    }

    @Test
    void aWeightGivenOnlyPerIntervalIsRefused() {
        UserInputException e = assertThrows(UserInputException.class, () -> read("slices.gexf", """
                <gexf><graph mode="dynamic"><attributes class="edge" mode="dynamic"><attribute id="weight" type="double"/></attributes>
                <nodes><node id="a"/><node id="b"/></nodes>
                <edges><edge source="a" target="b"><attvalues><attvalue for="weight" value="1" start="1" end="2"/></attvalues></edge></edges>
                </graph></gexf>
                """));
        assertTrue(e.getMessage().contains("edge 'a' -- 'b'") && e.getMessage().contains("per time interval"), e.getMessage());
    }

    @Test
    void badWeightsDuplicateNodesAndUnknownEndsAreOneLineNamingTheFile() {
        for (String body : new String[] {
                "<nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges><edge source=\"a\" target=\"b\" weight=\"-1\"/></edges>",
                "<nodes><node id=\"a\"/><node id=\"a\"/></nodes>",
                "<nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"ghost\"/></edges>",
                "<nodes><node id=\"a\"></nodes>"}) {
            UserInputException e = assertThrows(UserInputException.class,
                    () -> read("bad.gexf", "<gexf><graph>" + body + "</graph></gexf>"), body);
            assertTrue(e.getMessage().startsWith(dir.resolve("bad.gexf").toString()), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void igraphsNameAttributeIsTheLabel() throws Exception {
        EntityGraph g = read("igraph.graphml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="v_name" for="node" attr.name="name" attr.type="string"/>
                  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
                  <graph id="G" edgedefault="undirected">
                    <node id="n0"><data key="v_name">Antony Blinken</data></node>
                    <node id="n1"><data key="v_name">NATO</data></node>
                    <edge source="n0" target="n1"><data key="e_weight">2</data></edge>
                  </graph>
                </graphml>
                """);
        assertEquals("Antony Blinken", g.node("n0").label());
        assertEquals(2.0, g.graph().getEdgeWeight(g.graph().getEdge("n0", "n1")));
    }

    @Test
    void otherXmlIsRefusedNamingItsRoot() {
        UserInputException e = assertThrows(UserInputException.class, () -> read("page.xml", "<html><body/></html>"));
        assertTrue(e.getMessage().contains("not GraphML or GEXF") && e.getMessage().contains("<html>"), e.getMessage());
    }
}
