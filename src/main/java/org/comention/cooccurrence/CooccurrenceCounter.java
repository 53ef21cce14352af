package org.comention.cooccurrence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comention.entity.Mention;

/**
 * Counts co-occurrences document by document: within each window, every unordered pair of
 * distinct entities counts once, however often each is mentioned there. A pair's weight is the
 * number of windows it shares; its document count the number of documents with such a window.
 */
public final class CooccurrenceCounter {
    private final long[] mentions;
    private final int[] documents;
    private final long[] entityWindows;
    private final TimeSlice slicing;
    private final Map<Integer, java.util.TreeSet<java.time.LocalDate>> entitySlices = new HashMap<>();
    private final Map<Long, long[]> pairs = new HashMap<>();
    private final Map<Long, ProvenanceBuilder> provenance = new HashMap<>();
    /** The windows each pair shares in the document being added. */
    private final Map<Long, Long> pairWindows = new HashMap<>();
    private long documentCount;
    private long windowCount;

    /** @param entities the number of gazetteer entities, so indices are {@code 0..entities-1} */
    public CooccurrenceCounter(int entities) {
        this(entities, TimeSlice.MONTH);
    }

    /** @param slicing how dated documents are grouped in time, for dynamic graphs */
    public CooccurrenceCounter(int entities, TimeSlice slicing) {
        this.slicing = slicing;
        this.mentions = new long[entities];
        this.documents = new int[entities];
        this.entityWindows = new long[entities];
    }

    /**
     * Adds one document.
     *
     * @param documentMentions sorted by start
     * @param windows          the window of each mention, non-decreasing, and the document's window count
     */
    public void add(List<Mention> documentMentions, WindowAssigner.Windows windows) {
        add(null, documentMentions, windows);
    }

    /**
     * Adds one document, recording where its pairs were seen.
     *
     * @param document its id, language and date; null when provenance is not wanted
     */
    public void add(DocumentInfo document, List<Mention> documentMentions, WindowAssigner.Windows windows) {
        documentCount++;
        windowCount += windows.count();
        Set<Integer> inDocument = new HashSet<>();
        Set<Long> pairsInDocument = new HashSet<>();
        pairWindows.clear();
        int[] windowEntities = new int[8];
        int size = 0;
        int currentWindow = Integer.MIN_VALUE;
        for (int i = 0; i < documentMentions.size(); i++) {
            int entity = documentMentions.get(i).entity();
            int window = windows.ofMention()[i];
            mentions[entity]++;
            inDocument.add(entity);
            if (window != currentWindow) {
                countWindow(windowEntities, size, pairsInDocument);
                size = 0;
                currentWindow = window;
            }
            if (size == windowEntities.length) {
                windowEntities = Arrays.copyOf(windowEntities, size * 2);
            }
            windowEntities[size++] = entity;
        }
        countWindow(windowEntities, size, pairsInDocument);
        java.time.LocalDate slice = document == null ? null : sliceOf(document.date());
        for (int entity : inDocument) {
            documents[entity]++;
            if (slice != null) {
                entitySlices.computeIfAbsent(entity, k -> new java.util.TreeSet<>()).add(slice);
            }
        }
        for (long pair : pairsInDocument) {
            pairs.get(pair)[1]++;
            if (document != null) {
                provenance.computeIfAbsent(pair, k -> new ProvenanceBuilder()).add(document, slice, pairWindows.get(pair));
            }
        }
    }

    private void countWindow(int[] entities, int size, Set<Long> pairsInDocument) {
        if (size == 0) {
            return;
        }
        int[] distinct = Arrays.stream(entities, 0, size).distinct().sorted().toArray();
        for (int entity : distinct) {
            entityWindows[entity]++;
        }
        for (int i = 0; i < distinct.length; i++) {
            for (int j = i + 1; j < distinct.length; j++) {
                long key = ((long) distinct[i] << 32) | distinct[j];
                pairs.computeIfAbsent(key, k -> new long[2])[0]++;
                pairsInDocument.add(key);
                pairWindows.merge(key, 1L, Long::sum);
            }
        }
    }

    /** A sorted snapshot of the totals so far. */
    public CooccurrenceCounts counts() {
        List<CooccurrenceCounts.NodeCount> nodes = new ArrayList<>();
        for (int e = 0; e < mentions.length; e++) {
            if (mentions[e] > 0) {
                nodes.add(new CooccurrenceCounts.NodeCount(e, mentions[e], documents[e], entityWindows[e],
                        entitySlices.getOrDefault(e, new java.util.TreeSet<>())));
            }
        }
        long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        List<CooccurrenceCounts.PairCount> edges = new ArrayList<>(keys.length);
        for (long key : keys) {
            long[] value = pairs.get(key);
            ProvenanceBuilder seen = provenance.get(key);
            edges.add(new CooccurrenceCounts.PairCount((int) (key >>> 32), (int) key, value[0], (int) value[1],
                    seen == null ? CooccurrenceCounts.Provenance.NONE : seen.build()));
        }
        return new CooccurrenceCounts(nodes, edges, documentCount, windowCount);
    }

    private java.time.LocalDate sliceOf(String date) {
        java.time.LocalDate day = TimeSlice.parseDate(date);
        return day == null ? null : slicing.start(day);
    }

    /** The running provenance of one pair. */
    private static final class ProvenanceBuilder {
        private final List<String> sample = new ArrayList<>();
        private final java.util.TreeMap<String, Integer> byLanguage = new java.util.TreeMap<>();
        private String first;
        private String last;
        private final java.util.TreeMap<java.time.LocalDate, Long> bySlice = new java.util.TreeMap<>();

        void add(DocumentInfo document, java.time.LocalDate slice, long windows) {
            if (slice != null) {
                bySlice.merge(slice, windows, Long::sum);
            }
            if (sample.size() < CooccurrenceCounts.Provenance.SAMPLE) {
                sample.add(document.id());
            }
            if (document.lang() != null) {
                byLanguage.merge(document.lang(), 1, Integer::sum);
            }
            String date = document.date();
            if (date != null) {
                first = first == null || date.compareTo(first) < 0 ? date : first;
                last = last == null || date.compareTo(last) > 0 ? date : last;
            }
        }

        CooccurrenceCounts.Provenance build() {
            return new CooccurrenceCounts.Provenance(sample, byLanguage, first, last, bySlice);
        }
    }
}
