package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.comention.entity.AliasKind;
import org.comention.entity.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the counter on seeded random corpora (a few to twenty entities, up to thirty
 * documents, windows of any size, empty windows and documents, and a cap of none, 1, 2, 3 or 5):
 * the counts equal those of a naive reference counter written from the README's definition; pairs
 * are symmetric under renaming entities and reordering mentions in a window; every pair is
 * bounded by its entities' windows and documents; each node's pair counts add up to what its
 * windows allow; and nothing depends on the order of the documents.
 */
class CooccurrenceInvariantsTest {
    private static final int[] CAPS = {0, 0, 1, 2, 3, 5};

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** One random document: the entity of each mention, its window, and the document's window count. */
    record Doc(int[] entities, int[] windows, int windowCount, DocumentInfo info) {
        List<Mention> mentions() {
            List<Mention> list = new ArrayList<>(entities.length);
            for (int i = 0; i < entities.length; i++) {
                list.add(new Mention(entities[i], AliasKind.NAME, i * 10, i * 10 + 5, i * 10));
            }
            return list;
        }

        WindowAssigner.Windows assigned() {
            return new WindowAssigner.Windows(windows.clone(), windowCount);
        }
    }

    record Corpus(int entities, int cap, List<Doc> docs) {
    }

    static Corpus corpus(long seed) {
        Random random = new Random(seed);
        int entities = 1 + random.nextInt(20);
        int cap = CAPS[random.nextInt(CAPS.length)];
        int documents = random.nextInt(31);
        String[] languages = {null, "ar", "fa", "en"};
        List<Doc> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            int n = random.nextInt(random.nextBoolean() ? 8 : 40);
            int breakOdds = 1 + random.nextInt(10);
            int[] ids = new int[n];
            int[] windows = new int[n];
            int window = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                // a skewed choice, so mention counts differ and the cap's ranking matters
                ids[i] = random.nextBoolean() ? random.nextInt(entities) : random.nextInt(1 + entities / 3);
                if (i > 0 && random.nextInt(breakOdds) == 0) {
                    window += 1 + random.nextInt(2);
                }
                windows[i] = window;
            }
            int count = (n == 0 ? 1 : window + 1) + random.nextInt(3);
            String date = random.nextInt(4) == 0 ? null : String.format("2024-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            docs.add(new Doc(ids, windows, count, new DocumentInfo("doc" + d, languages[random.nextInt(languages.length)], date)));
        }
        return new Corpus(entities, cap, docs);
    }

    private static CooccurrenceCounts count(Corpus corpus, List<Doc> docs, boolean provenance) {
        CooccurrenceCounter counter = new CooccurrenceCounter(corpus.entities(), TimeSlice.MONTH, corpus.cap());
        for (Doc doc : docs) {
            if (provenance) {
                counter.add(doc.info(), doc.mentions(), doc.assigned());
            } else {
                counter.add(doc.mentions(), doc.assigned());
            }
        }
        return counter.counts();
    }

    /** What one window pairs: its distinct entities, or under a cap the most mentioned, ties to the first mentioned. */
    private static List<Integer> paired(List<Integer> window, int cap) {
        Map<Integer, Integer> mentions = new LinkedHashMap<>();
        for (int e : window) {
            mentions.merge(e, 1, Integer::sum);
        }
        List<Integer> distinct = new ArrayList<>(mentions.keySet());
        if (cap > 0 && distinct.size() > cap) {
            // a stable sort keeps first-mention order among equal counts
            distinct.sort((x, y) -> Integer.compare(mentions.get(y), mentions.get(x)));
            distinct = distinct.subList(0, cap);
        }
        return distinct;
    }

    private static List<List<Integer>> windowsOf(Doc doc) {
        Map<Integer, List<Integer>> byWindow = new TreeMap<>();
        for (int i = 0; i < doc.entities().length; i++) {
            byWindow.computeIfAbsent(doc.windows()[i], w -> new ArrayList<>()).add(doc.entities()[i]);
        }
        return new ArrayList<>(byWindow.values());
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** The reference: the README's definition, with maps and sets, and no cleverness. */
    private static CooccurrenceCounts reference(Corpus corpus) {
        Map<Integer, long[]> nodes = new TreeMap<>(); // mentions, documents, windows
        Map<Long, long[]> pairs = new TreeMap<>(); // windows, documents
        long windows = 0;
        for (Doc doc : corpus.docs()) {
            windows += doc.windowCount();
            java.util.Set<Integer> inDocument = new java.util.TreeSet<>();
            java.util.Set<Long> pairsInDocument = new java.util.TreeSet<>();
            for (int e : doc.entities()) {
                nodes.computeIfAbsent(e, k -> new long[3])[0]++;
                inDocument.add(e);
            }
            for (List<Integer> window : windowsOf(doc)) {
                for (int e : new java.util.TreeSet<>(window)) {
                    nodes.get(e)[2]++;
                }
                List<Integer> kept = paired(window, corpus.cap());
                for (int a : kept) {
                    for (int b : kept) {
                        if (a < b) {
                            pairs.computeIfAbsent(key(a, b), k -> new long[2])[0]++;
                            pairsInDocument.add(key(a, b));
                        }
                    }
                }
            }
            inDocument.forEach(e -> nodes.get(e)[1]++);
            pairsInDocument.forEach(p -> pairs.get(p)[1]++);
        }
        List<CooccurrenceCounts.NodeCount> nodeCounts = new ArrayList<>();
        nodes.forEach((e, v) -> nodeCounts.add(new CooccurrenceCounts.NodeCount(e, v[0], (int) v[1], v[2], new java.util.TreeSet<>())));
        List<CooccurrenceCounts.PairCount> pairCounts = new ArrayList<>();
        pairs.forEach((k, v) -> pairCounts.add(new CooccurrenceCounts.PairCount((int) (k >>> 32), (int) (long) k, v[0], (int) v[1])));
        return new CooccurrenceCounts(nodeCounts, pairCounts, corpus.docs().size(), windows);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsTheReferenceCounter(long seed) {
        Corpus corpus = corpus(seed);
        CooccurrenceCounter counter = new CooccurrenceCounter(corpus.entities(), TimeSlice.MONTH, corpus.cap());
        long cappedWindows = 0;
        List<String> cappedDocuments = new ArrayList<>();
        for (Doc doc : corpus.docs()) {
            int capped = 0;
            for (List<Integer> window : windowsOf(doc)) {
                capped += corpus.cap() > 0 && new java.util.HashSet<>(window).size() > corpus.cap() ? 1 : 0;
            }
            assertEquals(capped, counter.add(doc.info(), doc.mentions(), doc.assigned()), "capped windows of " + doc.info().id());
            cappedWindows += capped;
            if (capped > 0) {
                cappedDocuments.add(doc.info().id());
            }
        }
        CooccurrenceCounts reference = reference(corpus);
        CooccurrenceCounts counts = counter.counts();
        assertEquals(reference.nodes().stream().map(n -> List.of(n.entity(), n.mentions(), n.documents(), n.windows())).toList(),
                counts.nodes().stream().map(n -> List.of(n.entity(), n.mentions(), n.documents(), n.windows())).toList());
        assertEquals(reference.pairs(), counts.pairs().stream()
                .map(p -> new CooccurrenceCounts.PairCount(p.a(), p.b(), p.windows(), p.documents())).toList());
        assertEquals(List.of(reference.documents(), reference.windows()), List.of(counts.documents(), counts.windows()));
        assertEquals(new WindowCap(corpus.cap(), cappedWindows, cappedDocuments.size(),
                cappedDocuments.subList(0, Math.min(WindowCap.SAMPLE, cappedDocuments.size()))), counter.capping());
        // and without provenance the counts are the reference's, record for record
        assertEquals(reference, count(corpus, corpus.docs(), false));
    }

    /** Renaming the entities renames the pairs, and (a, b) is the pair (b, a): the cap ranks by mentions, not by id. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pairsAreSymmetricUnderRenaming(long seed) {
        Corpus corpus = corpus(seed);
        Random random = new Random(~seed);
        List<Integer> rename = new ArrayList<>();
        for (int e = 0; e < corpus.entities(); e++) {
            rename.add(e);
        }
        Collections.shuffle(rename, random);
        List<Doc> renamed = new ArrayList<>();
        for (Doc doc : corpus.docs()) {
            int[] ids = doc.entities().clone();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = rename.get(ids[i]);
            }
            renamed.add(new Doc(ids, doc.windows(), doc.windowCount(), doc.info()));
        }
        Map<Long, long[]> original = pairMap(count(corpus, corpus.docs(), false));
        Map<Long, long[]> after = pairMap(count(corpus, renamed, false));
        assertEquals(original.size(), after.size());
        for (Map.Entry<Long, long[]> pair : original.entrySet()) {
            int a = (int) (pair.getKey() >>> 32);
            int b = (int) (long) pair.getKey();
            long[] there = after.get(key(rename.get(b), rename.get(a)));
            assertTrue(there != null, a + "-" + b);
            assertEquals(pair.getValue()[0], there[0]);
            assertEquals(pair.getValue()[1], there[1]);
        }
    }

    /** Without a cap, the order of the mentions within a window changes nothing. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void uncappedCountsIgnoreTheOrderOfMentionsInAWindow(long seed) {
        Corpus corpus = corpus(seed);
        Corpus uncapped = new Corpus(corpus.entities(), 0, corpus.docs());
        Random random = new Random(seed * 31 + 7);
        List<Doc> reordered = new ArrayList<>();
        for (Doc doc : corpus.docs()) {
            List<Integer> ids = new ArrayList<>();
            for (List<Integer> window : windowsOf(doc)) {
                List<Integer> shuffled = new ArrayList<>(window);
                Collections.shuffle(shuffled, random);
                ids.addAll(shuffled);
            }
            reordered.add(new Doc(ids.stream().mapToInt(Integer::intValue).toArray(), doc.windows(), doc.windowCount(), doc.info()));
        }
        assertEquals(count(uncapped, corpus.docs(), false), count(uncapped, reordered, false));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pairsAreBoundedByTheirEntities(long seed) {
        Corpus corpus = corpus(seed);
        CooccurrenceCounts counts = count(corpus, corpus.docs(), false);
        Map<Integer, CooccurrenceCounts.NodeCount> nodes = nodeMap(counts);
        for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
            assertTrue(node.documents() >= 1 && node.documents() <= counts.documents(), node.toString());
            assertTrue(node.windows() >= node.documents() && node.windows() <= node.mentions(), node.toString());
            assertTrue(node.windows() <= counts.windows(), node.toString());
        }
        long previous = -1;
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            assertTrue(pair.a() < pair.b(), "stored once, as (a, b) with a < b: " + pair);
            long key = key(pair.a(), pair.b());
            assertTrue(key > previous, "sorted, no pair twice");
            previous = key;
            CooccurrenceCounts.NodeCount a = nodes.get(pair.a());
            CooccurrenceCounts.NodeCount b = nodes.get(pair.b());
            assertTrue(pair.windows() >= 1 && pair.windows() <= Math.min(a.windows(), b.windows()), pair.toString());
            assertTrue(pair.windows() <= counts.windows(), pair.toString());
            assertTrue(pair.documents() >= 1 && pair.documents() <= pair.windows(), pair.toString());
            assertTrue(pair.documents() <= Math.min(a.documents(), b.documents()), pair.toString());
            assertTrue(pair.documents() <= counts.documents(), pair.toString());
        }
    }

    /**
     * Each window holding a paired with p entities paired adds p - 1 to the sum of a's pair
     * counts, exactly; so that sum is at most windows(a) times the partners a has, and at most
     * windows(a) times (cap - 1). Over all pairs, the counts add up to the sum over windows of
     * p(p-1)/2, and over all nodes the windows add up to the windows' distinct entities.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachNodesPairCountsAddUpToItsWindows(long seed) {
        Corpus corpus = corpus(seed);
        CooccurrenceCounts counts = count(corpus, corpus.docs(), false);
        Map<Integer, Long> expectedSum = new HashMap<>();
        long expectedPairTotal = 0;
        long expectedNodeWindows = 0;
        for (Doc doc : corpus.docs()) {
            for (List<Integer> window : windowsOf(doc)) {
                List<Integer> kept = paired(window, corpus.cap());
                for (int e : kept) {
                    expectedSum.merge(e, (long) kept.size() - 1, Long::sum);
                }
                expectedPairTotal += (long) kept.size() * (kept.size() - 1) / 2;
                expectedNodeWindows += new java.util.HashSet<>(window).size();
            }
        }
        Map<Integer, Long> sum = new HashMap<>();
        Map<Integer, Integer> partners = new HashMap<>();
        long pairTotal = 0;
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            for (int e : new int[] {pair.a(), pair.b()}) {
                sum.merge(e, pair.windows(), Long::sum);
                partners.merge(e, 1, Integer::sum);
            }
            pairTotal += pair.windows();
        }
        for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
            long s = sum.getOrDefault(node.entity(), 0L);
            int degree = partners.getOrDefault(node.entity(), 0);
            assertEquals(expectedSum.getOrDefault(node.entity(), 0L), s, "entity " + node.entity());
            assertTrue(s >= degree, "every partner shares at least one window");
            assertTrue(s <= node.windows() * degree, "no partner shares more windows than the node has");
            if (corpus.cap() > 0) {
                assertTrue(s <= node.windows() * (corpus.cap() - 1), "at most cap - 1 partners per window");
            }
        }
        assertEquals(expectedPairTotal, pairTotal);
        assertEquals(expectedNodeWindows, counts.nodes().stream().mapToLong(CooccurrenceCounts.NodeCount::windows).sum());
        assertEquals(corpus.docs().stream().mapToLong(d -> d.entities().length).sum(),
                counts.nodes().stream().mapToLong(CooccurrenceCounts.NodeCount::mentions).sum(), "every mention counts");
    }

    /** Shuffled documents give the same nodes, pairs, documents, dates, languages and slices; only the sample of ids follows input order. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultsDoNotDependOnDocumentOrder(long seed) {
        Corpus corpus = corpus(seed);
        List<Doc> shuffled = new ArrayList<>(corpus.docs());
        Collections.shuffle(shuffled, new Random(seed + 1_000));
        assertEquals(count(corpus, corpus.docs(), false), count(corpus, shuffled, false));

        CooccurrenceCounts forward = count(corpus, corpus.docs(), true);
        CooccurrenceCounts backward = count(corpus, shuffled, true);
        assertEquals(forward.nodes(), backward.nodes(), "mentions, documents, windows and time slices");
        assertEquals(forward.pairs().size(), backward.pairs().size());
        for (int i = 0; i < forward.pairs().size(); i++) {
            CooccurrenceCounts.PairCount f = forward.pairs().get(i);
            CooccurrenceCounts.PairCount b = backward.pairs().get(i);
            assertEquals(List.of(f.a(), f.b(), f.windows(), (long) f.documents()), List.of(b.a(), b.b(), b.windows(), (long) b.documents()));
            assertEquals(f.provenance().documentsByLanguage(), b.provenance().documentsByLanguage());
            assertEquals(f.provenance().firstDate(), b.provenance().firstDate());
            assertEquals(f.provenance().lastDate(), b.provenance().lastDate());
            assertEquals(f.provenance().windowsBySlice(), b.provenance().windowsBySlice());
            if (f.documents() <= CooccurrenceCounts.Provenance.SAMPLE) {
                assertEquals(new java.util.TreeSet<>(f.provenance().sampleDocuments()),
                        new java.util.TreeSet<>(b.provenance().sampleDocuments()), "a sample of all supporting documents");
            }
        }
    }

    private static Map<Long, long[]> pairMap(CooccurrenceCounts counts) {
        Map<Long, long[]> map = new HashMap<>();
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            map.put(key(pair.a(), pair.b()), new long[] {pair.windows(), pair.documents()});
        }
        return map;
    }

    private static Map<Integer, CooccurrenceCounts.NodeCount> nodeMap(CooccurrenceCounts counts) {
        Map<Integer, CooccurrenceCounts.NodeCount> map = new HashMap<>();
        for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
            map.put(node.entity(), node);
        }
        return map;
    }
}
