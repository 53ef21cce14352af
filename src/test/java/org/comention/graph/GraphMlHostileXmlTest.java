package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comention.common.HostileXml;
import org.comention.common.LoopbackListener;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, case 1: every XML attack in a GraphML file is refused at its DOCTYPE (line 2), with one
 * line naming the file, and nothing is read, fetched or expanded. The listener answers any fetch
 * with a DTD that would itself fetch again, so a parser that resolved anything would be counted.
 */
class GraphMlHostileXmlTest {
    private static final String SECRET = "SECRET-CONTENTS-7f3a";

    @TempDir
    Path dir;

    private LoopbackListener listener;
    private Path secret;

    @BeforeEach
    void listen() throws Exception {
        listener = new LoopbackListener("<!ENTITY injected \"FETCHED\">");
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        listener.close();
    }

    private void assertRefusedAtTheDoctype(String document) throws Exception {
        Path file = Files.writeString(dir.resolve("hostile.graphml"), document, StandardCharsets.UTF_8);
        UserInputException e = assertThrows(UserInputException.class, () -> new GraphMlReader().read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), "names the file and the DOCTYPE's line: " + e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertEquals(0, listener.accepted(), "nothing was fetched");
    }

    @Test
    void internalEntity() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.internalEntity());
    }

    @Test
    void externalGeneralEntityReadingALocalFile() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.externalEntity(secret.toUri().toString()));
    }

    @Test
    void externalGeneralEntityOverHttp() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.externalEntity(listener.url("entity")));
    }

    @Test
    void externalDtdOverHttp() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.externalDtd(listener.url("graphml.dtd")));
    }

    @Test
    void parameterEntity() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.parameterEntity(listener.url("evil.dtd")));
    }

    @Test
    void billionLaughs() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.billionLaughs());
    }

    @Test
    void quadraticBlowup() throws Exception {
        assertRefusedAtTheDoctype(HostileXml.quadraticBlowup());
    }

    @Test
    void aDoctypeAfterTheRootElementIsNotWellFormedAndNothingIsFetched() throws Exception {
        Path file = Files.writeString(dir.resolve("late.graphml"), "<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n"
                + "<!DOCTYPE graphml SYSTEM \"" + listener.url("late.dtd") + "\">\n</graph></graphml>\n");
        UserInputException e = assertThrows(UserInputException.class, () -> new GraphMlReader().read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertEquals(0, listener.accepted());
    }

    @Test
    void commentsAndProcessingInstructionsBeforeTheRootAreStillRead() throws Exception {
        Path file = Files.writeString(dir.resolve("prolog.graphml"), "\uFEFF<?xml version=\"1.0\"?>\n"
                + "<!-- written by a tool; <!DOCTYPE inside a comment is text -->\n<?tool option?>\n"
                + "<graphml><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>\n");
        assertEquals(1, new GraphMlReader().read(file).edgeCount());
    }
}
