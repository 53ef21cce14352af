package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;
import org.junit.jupiter.api.Test;

class GazetteerReaderTest {

    private static String error(TextSource... sources) {
        return assertThrows(UserInputException.class, () -> GazetteerReader.read(List.of(List.of(sources)))).getMessage();
    }

    @Test
    void readsEntitiesAndAliasesInIdOrder() throws IOException {
        Gazetteer g = TestGazetteers.fixture();
        assertEquals(7, g.size());
        assertEquals("antony-blinken", g.entity(0).id());
        assertEquals(EntityType.ORG, g.entity(g.indexOf("nato")).type());
        assertEquals("Q7184", g.entity(g.indexOf("nato")).wikidata());
        assertEquals(-1, g.indexOf("nobody"));
        assertEquals(22, g.aliases().size());
    }

    @Test
    void unknownTypeNamesFileAndLine() {
        assertEquals("e.csv:3: type must be one of [person, org, gpe, loc], not 'CITY'",
                error(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\nb,B,CITY\n")));
    }

    @Test
    void duplicateIdNamesFileAndLine() {
        assertEquals("e.csv:3: duplicate entity id 'a'",
                error(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\na,A2,GPE\n")));
    }

    @Test
    void idWithAControlCharacterNamesFileAndLine() {
        // two such ids would become one node id in the outputs, where the control character is U+FFFD
        assertEquals("e.csv:3: entity id holds a control character or noncharacter no output file can hold",
                error(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\nb\u0001c,B,GPE\n")));
    }

    @Test
    void aFormulaGuardedCellReadsAsItsText() throws IOException {
        // the tables suggest and gazetteer import write put an apostrophe before + - = @ for spreadsheets
        Gazetteer g = GazetteerReader.read(List.of(List.of(TestGazetteers.inline("e.csv", "id,label,type\nm,'+972 Magazine,ORG\n"),
                TestGazetteers.inline("al.csv", "entity,alias\nm,'+972 Magazine\nm,'-Minus\n"))));
        assertEquals("+972 Magazine", g.entity(g.indexOf("m")).label());
        assertEquals(List.of("+972 Magazine", "-Minus"), g.aliases().stream().map(ranked -> ranked.alias().text()).toList());
    }

    @Test
    void aliasOfAnUnknownEntity() {
        assertEquals("al.csv:2: unknown entity 'zz'",
                error(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\n"),
                        TestGazetteers.inline("al.csv", "entity,alias\nzz,X\n")));
    }

    @Test
    void emptyAlias() {
        assertEquals("al.csv:2: empty alias",
                error(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\n"),
                        TestGazetteers.inline("al.csv", "entity,alias\na,  \n")));
    }

    @Test
    void badKind() {
        assertEquals("al.csv:2: kind must be one of [name, adjectival], not 'nick'",
                error(TestGazetteers.inline("e.csv", "id,label,type\na,A,GPE\n"),
                        TestGazetteers.inline("al.csv", "entity,alias,kind\na,Aa,nick\n")));
    }

    @Test
    void unknownHeader() {
        assertEquals("x.csv:1: a gazetteer table needs the header id,label,type[,wikidata] (entities) or "
                        + "entity,alias[,lang][,kind] (aliases), not [name, value]",
                error(TestGazetteers.inline("x.csv", "name,value\na,b\n")));
    }

    @Test
    void unbalancedQuoteIsAnError() {
        String message = error(TestGazetteers.inline("e.csv", "id,label,type\na,\"A,GPE\n"));
        assertEquals(true, message.startsWith("e.csv: malformed CSV"), message);
    }

    @Test
    void laterLayerReplacesAnEntity() throws IOException {
        Gazetteer g = GazetteerReader.read(List.of(
                List.of(TestGazetteers.inline("e.csv", "id,label,type\na,Old,GPE\n")),
                List.of(TestGazetteers.inline("u.csv", "id,label,type\na,New,LOC\n"))));
        assertEquals("New", g.entity(0).label());
        assertEquals(EntityType.LOC, g.entity(0).type());
    }
}
