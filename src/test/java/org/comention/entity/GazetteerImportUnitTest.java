package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class GazetteerImportUnitTest {
    private static final WikidataClasses CLASSES = WikidataClasses.bundled();

    private static WikidataItem item(String qid, String title, List<String> classes, String... enNames) {
        return new WikidataItem(qid, title, classes, java.util.Arrays.stream(enNames).map(n -> new WikidataItem.Name("en", n)).toList());
    }

    @Test
    void typesComeFromTheClassTableWithPersonBeforePlaceBeforeOrganisation() {
        assertEquals(EntityType.PERSON, CLASSES.typeOf(List.of("Q5")));
        assertEquals(EntityType.GPE, CLASSES.typeOf(List.of("Q43229", "Q6256")));
        assertEquals(EntityType.ORG, CLASSES.typeOf(List.of("Q3504248", "Q7278")));
        assertEquals(EntityType.LOC, CLASSES.typeOf(List.of("Q4022")));
        assertNull(CLASSES.typeOf(List.of("Q3504248")));
    }

    @Test
    void titlesWithOneSlugBothTakeTheirQid() {
        GazetteerImport imported = new GazetteerImport(CLASSES, Set.of("en"), 100, new TextNormalizer());
        imported.add(item("Q20", "Café Riche", List.of("Q4830453"), "Riche Cafe"));
        imported.add(item("Q10", "Cafe Riche", List.of("Q4830453"), "Cafe Riche Cairo"));
        imported.add(item("Q30", "Ahmad Shah Massoud", List.of("Q5"), "Ahmad Shah Massoud"));
        List<String> ids = imported.finish().stream().map(r -> r.entity().id()).toList();
        assertEquals(List.of("ahmad-shah-massoud", "cafe-riche-q10", "cafe-riche-q20"), ids);
    }

    @Test
    void aNameTwoEntitiesShareGoesToNeither() {
        GazetteerImport imported = new GazetteerImport(CLASSES, Set.of("en", "ar"), 100, new TextNormalizer());
        imported.add(item("Q230", "Georgia (country)", List.of("Q6256"), "Georgia (country)", "Georgia"));
        imported.add(item("Q1428", "Georgia (U.S. state)", List.of("Q35657"), "Georgia (U.S. state)", "GEORGIA", "x"));
        List<GazetteerImport.Row> rows = imported.finish();
        assertEquals(List.of(new WikidataItem.Name("en", "Georgia (country)")), rows.get(0).names());
        assertEquals(List.of(new WikidataItem.Name("en", "Georgia (U.S. state)")), rows.get(1).names());
        assertEquals(Map.of("shared by two entities once normalised", 2L, "without two letters", 1L), imported.droppedNames());
    }

    @Test
    void theAliasBoundStopsNewEntitiesAndCountsThem() {
        GazetteerImport imported = new GazetteerImport(CLASSES, Set.of("en"), 3, new TextNormalizer());
        imported.add(item("Q1", "One", List.of("Q5"), "One", "Uno"));
        imported.add(item("Q2", "Two", List.of("Q5"), "Two", "Dos"));
        imported.add(item("Q3", "Three", List.of("Q5"), "Three"));
        List<GazetteerImport.Row> rows = imported.finish();
        assertEquals(3, rows.stream().mapToInt(r -> r.names().size()).sum());
        assertEquals(Map.of("beyond 3 aliases", 1L), imported.skipped());
    }
}
