package org.comention.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-partition sums and their merges, without Spark. */
class TalliesTest {

    @Test
    void aSpreadPairKeyComesBack() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            int a = random.nextInt(1 << 20);
            long key = (long) a << 32 | (a + 1 + random.nextInt(1 << 20));
            assertEquals(key, PartitionTallies.unspread(PartitionTallies.spread(key)));
        }
        assertEquals(-1L, PartitionTallies.unspread(PartitionTallies.spread(-1L)));
    }

    @Test
    void theSampleIsTheFirstDocumentsInInputOrderWhateverOrderTheyCameIn() {
        List<Long> orders = new ArrayList<>();
        for (long i = 0; i < 60; i++) {
            orders.add(i * 7);
        }
        Collections.shuffle(orders, new java.util.Random(5));
        Tallies.Pair one = new Tallies.Pair();
        Tallies.Pair left = new Tallies.Pair();
        Tallies.Pair right = new Tallies.Pair();
        for (int i = 0; i < orders.size(); i++) {
            long order = orders.get(i);
            one.add(order, "d" + order, "ar", "2022-01-0" + (1 + order % 9), LocalDate.of(2022, 1, 1), 2);
            (i % 2 == 0 ? left : right).add(order, "d" + order, "ar", "2022-01-0" + (1 + order % 9),
                    LocalDate.of(2022, 1, 1), 2);
        }
        List<String> first = new ArrayList<>();
        for (long i = 0; i < Tallies.Pair.SAMPLE; i++) {
            first.add("d" + i * 7);
        }
        assertEquals(first, one.sample());
        Tallies.Pair merged = Tallies.Pair.merge(left, right);
        assertEquals(first, merged.sample());
        assertEquals(120, merged.windows);
        assertEquals(60, merged.documents);
        assertEquals("2022-01-01", merged.firstDate);
        assertEquals("2022-01-09", merged.lastDate);
        assertEquals(60, merged.languages.get("ar"));
    }

    @Test
    void aPairCrossesTheShuffleWhole() throws IOException, ClassNotFoundException {
        Tallies.Pair pair = new Tallies.Pair();
        pair.add(5, "doc \ud800 lone surrogate", "fa", null, null, 1);
        pair.add(3, "x".repeat(70_000), null, "2021-03-04", LocalDate.of(2021, 3, 1), 4);
        Tallies.Pair copy = (Tallies.Pair) copy(pair);
        assertEquals(pair.sample(), copy.sample());
        assertEquals(pair.languages, copy.languages);
        assertEquals(pair.slices, copy.slices);
        assertEquals("2021-03-04", copy.firstDate);
        assertEquals(5, copy.windows);
        Tallies.Node node = new Tallies.Node();
        node.add(3, 2, LocalDate.of(2020, 2, 1));
        Tallies.Node nodeCopy = (Tallies.Node) copy(node);
        assertEquals(node.slices, nodeCopy.slices);
        assertEquals(3, nodeCopy.mentions);
    }

    @Test
    void laterWindowsAddOnlyTheirWindowsAndCrossTheShuffle() throws IOException, ClassNotFoundException {
        Tallies.Pair left = new Tallies.Pair(2);
        Tallies.Pair right = new Tallies.Pair(2);
        // in the second window only, in this partition: no edge yet
        right.addOther(0, 3);
        assertFalse(right.isEdge());
        left.add(1, "a", "en", null, null, 2);
        left.addOther(0, 1);
        left.addOther(1, 4);
        Tallies.Pair merged = Tallies.Pair.merge(left, (Tallies.Pair) copy(right));
        assertTrue(merged.isEdge());
        assertEquals(2, merged.windows);
        assertEquals(1, merged.documents);
        assertEquals(List.of("a"), merged.sample());
        Tallies.Pair copy = (Tallies.Pair) copy(merged);
        assertEquals(List.of(4L, 4L), java.util.Arrays.stream(copy.others).boxed().toList());
        assertEquals(List.of("a"), copy.sample());
        assertEquals(0, ((Tallies.Pair) copy(new Tallies.Pair())).others.length);
    }

    private static Object copy(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
