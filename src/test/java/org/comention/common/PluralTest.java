package org.comention.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 entity", Plural.of(1, "entity", "entities"));
        assertEquals("0 entities", Plural.of(0, "entity", "entities"));
        assertEquals("2 edges", Plural.of(2, "edge", "edges"));
        assertEquals("1,834 aliases", Plural.of(1834, "alias", "aliases"));
    }
}
