package org.comention.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class IntrusiveEdgeMapTest {

    @Test
    void seededRandomAddsAndRemovesKeepLinkedHashMapsOrderAndMembership() {
        Random random = new Random(5);
        for (int round = 0; round < 30; round++) {
            IntrusiveEdgeMap<DefaultWeightedEdge> map = new IntrusiveEdgeMap<>();
            Map<DefaultWeightedEdge, Object> expected = new LinkedHashMap<>();
            List<DefaultWeightedEdge> pool = new ArrayList<>();
            for (int i = 0; i < 50 + random.nextInt(2000); i++) {
                pool.add(new DefaultWeightedEdge());
            }
            for (int op = 0; op < 5000; op++) {
                DefaultWeightedEdge edge = pool.get(random.nextInt(pool.size()));
                switch (random.nextInt(4)) {
                    case 0, 1 -> assertEquals(expected.putIfAbsent(edge, edge), map.putIfAbsent(edge, edge));
                    case 2 -> assertEquals(expected.remove(edge), map.remove(edge));
                    default -> {
                        assertEquals(expected.containsKey(edge), map.containsKey(edge));
                        assertEquals(expected.get(edge), map.get(edge));
                    }
                }
                assertEquals(expected.size(), map.size());
            }
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(map.keySet()), "round " + round);
            for (DefaultWeightedEdge edge : pool) {
                assertEquals(expected.containsKey(edge), map.keySet().contains(edge));
            }
        }
    }

    @Test
    void removingMostEdgesKeepsTheOrderOfTheRest() {
        IntrusiveEdgeMap<DefaultWeightedEdge> map = new IntrusiveEdgeMap<>();
        List<DefaultWeightedEdge> edges = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            DefaultWeightedEdge edge = new DefaultWeightedEdge();
            edges.add(edge);
            map.put(edge, edge);
        }
        List<DefaultWeightedEdge> kept = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            if (i % 7 == 3) {
                kept.add(edges.get(i));
            } else {
                map.remove(edges.get(i));
            }
        }
        assertEquals(kept, List.copyOf(map.keySet()));
        DefaultWeightedEdge late = new DefaultWeightedEdge();
        map.computeIfAbsent(late, e -> e);
        kept.add(late);
        assertEquals(kept, List.copyOf(map.keySet()));
        assertEquals(kept.size(), map.entrySet().size());
        assertSame(late, map.get(late));
        map.clear();
        assertTrue(map.isEmpty());
        assertFalse(map.containsKey(late));
    }

    @Test
    void anEdgeMustMapToItself() {
        IntrusiveEdgeMap<DefaultWeightedEdge> map = new IntrusiveEdgeMap<>();
        DefaultWeightedEdge edge = new DefaultWeightedEdge();
        assertThrows(IllegalArgumentException.class, () -> map.put(edge, new DefaultWeightedEdge()));
        assertThrows(IllegalArgumentException.class, () -> map.put(null, null));
        assertNull(map.computeIfAbsent(edge, e -> null));
        assertFalse(map.containsKey(edge));
        assertNull(map.remove(null));
        assertFalse(map.containsKey(null));
    }

    @Test
    void theKeyIteratorFailsFastOnAChange() {
        IntrusiveEdgeMap<DefaultWeightedEdge> map = new IntrusiveEdgeMap<>();
        for (int i = 0; i < 3; i++) {
            DefaultWeightedEdge edge = new DefaultWeightedEdge();
            map.put(edge, edge);
        }
        Iterator<DefaultWeightedEdge> keys = map.keySet().iterator();
        map.remove(keys.next());
        assertThrows(ConcurrentModificationException.class, keys::next);
    }

    @Test
    void aSerialisedMapFindsItsEdgesInTheCopy() throws Exception {
        IntrusiveEdgeMap<DefaultWeightedEdge> map = new IntrusiveEdgeMap<>();
        for (int i = 0; i < 100; i++) {
            DefaultWeightedEdge edge = new DefaultWeightedEdge();
            map.put(edge, edge);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(map);
        }
        @SuppressWarnings("unchecked")
        IntrusiveEdgeMap<DefaultWeightedEdge> copy = (IntrusiveEdgeMap<DefaultWeightedEdge>)
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals(100, copy.size());
        for (DefaultWeightedEdge edge : List.copyOf(copy.keySet())) {
            assertTrue(copy.containsKey(edge));
            assertSame(edge, copy.remove(edge));
        }
        assertTrue(copy.isEmpty());
    }
}
