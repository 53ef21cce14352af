package org.comention.cooccurrence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comention.entity.Mention;

/**
 * Counts co-occurrences document by document: a pair's weight is the number of windows it
 * shares; its document count the number of documents with such a window. How one document's
 * windows become pairs, and the cap on entities per window, is {@link DocumentPairing}'s; this
 * class adds the documents' counts up, in input order, and {@link #capping()} says how often the
 * cap applied.
 */
public final class CooccurrenceCounter {
    private static final int[] NO_ENTITIES = {};
    private long[] mentions;
    private int[] documents;
    private long[] entityWindows;
    private final TimeSlice slicing;
    private final Map<Integer, java.util.TreeSet<java.time.LocalDate>> entitySlices = new HashMap<>();
    /** The slice last added to each entity's set: dated corpora mostly come in date order, so most adds are repeats. */
    private java.time.LocalDate[] lastEntitySlice;

    /** Every pair seen, numbered; its windows, documents and provenance are indexed by that number. */
    private final PairIndex pairs = new PairIndex();
    /** Per pair, side by side so one cache line holds both: its windows at 2i, its documents at 2i+1. */
    private long[] pairTotals = new long[128];
    private final PairProvenance provenance = new PairProvenance();

    /** Pairs documents for the add methods that take mentions; workers bring their own. */
    private final DocumentPairing pairing;
    /** Which of {@link #shards} this counter is: it counts only the pairs that hash to it, and only shard 0 counts entities. */
    private final int shard;
    private final int shards;

    private boolean finished;
    private long documentCount;
    private long windowCount;
    private final CapTally capping;

    /** @param entities the number of gazetteer entities, so indices are {@code 0..entities-1}; no cap */
    public CooccurrenceCounter(int entities) {
        this(entities, TimeSlice.MONTH);
    }

    /** @param slicing how dated documents are grouped in time, for dynamic graphs; no cap */
    public CooccurrenceCounter(int entities, TimeSlice slicing) {
        this(entities, slicing, 0);
    }

    /**
     * @param maxWindowEntities pair at most this many distinct entities of a window, the most
     *                          mentioned; 0 for no cap
     */
    public CooccurrenceCounter(int entities, TimeSlice slicing, int maxWindowEntities) {
        this(entities, slicing, maxWindowEntities, 0, 1);
    }

    /** One of {@code shards} counters that together count every pair once: see {@link CounterShards}. */
    CooccurrenceCounter(int entities, TimeSlice slicing, int maxWindowEntities, int shard, int shards) {
        this.pairing = new DocumentPairing(entities, maxWindowEntities); // which refuses a negative cap
        this.shard = shard;
        this.shards = shards;
        this.slicing = slicing;
        this.capping = new CapTally(maxWindowEntities);
        this.mentions = new long[entities];
        this.documents = new int[entities];
        this.entityWindows = new long[entities];
        this.lastEntitySlice = new java.time.LocalDate[entities];
    }

    /**
     * Adds one document.
     *
     * @param documentMentions sorted by start
     * @param windows          the window of each mention, non-decreasing, and the document's window count
     * @return how many of its windows were capped
     */
    public int add(List<Mention> documentMentions, WindowAssigner.Windows windows) {
        return add(null, documentMentions, windows);
    }

    /**
     * Adds one document, recording where its pairs were seen.
     *
     * @param document its id, language and date; null when provenance is not wanted
     * @return how many of its windows were capped
     */
    public int add(DocumentInfo document, List<Mention> documentMentions, WindowAssigner.Windows windows) {
        return add(document, pairing.pair(documentMentions, windows));
    }

    /**
     * Adds one document paired beforehand (on a worker thread, by its own {@link DocumentPairing}
     * with the same cap), recording where its pairs were seen.
     *
     * @param document its id, language and date; null when provenance is not wanted
     * @return how many of its windows were capped
     */
    public int add(DocumentInfo document, DocumentPairs counted) {
        if (finished) {
            throw new IllegalStateException("the counter has finished: it takes no more documents");
        }
        documentCount++;
        windowCount += counted.windows;
        java.time.LocalDate slice = document == null ? null : sliceOf(document.date());
        int[] entities = shard == 0 ? counted.entities : NO_ENTITIES;
        growTo(entities);
        for (int k = 0; k < entities.length; k++) {
            int entity = entities[k];
            mentions[entity] += counted.entityMentions[k];
            entityWindows[entity] += counted.entityWindows[k];
            documents[entity]++;
            if (slice != null && !slice.equals(lastEntitySlice[entity])) {
                lastEntitySlice[entity] = slice;
                entitySlices.computeIfAbsent(entity, e -> new java.util.TreeSet<>()).add(slice);
            }
        }
        if (document != null) {
            provenance.startDocument(document, slice);
        }
        long[] keys = counted.pairKeys;
        for (int p = 0; p < keys.length; p++) {
            if (shards > 1 && shardOf(keys[p], shards) != shard) {
                continue;
            }
            int index = pairs.add(keys[p]);
            if (2 * index == pairTotals.length) {
                pairTotals = Arrays.copyOf(pairTotals, pairTotals.length * 2);
            }
            pairTotals[2 * index] += counted.pairWindows[p];
            if (document != null) {
                provenance.add(index, (int) pairTotals[2 * index + 1], counted.pairWindows[p]);
            }
            pairTotals[2 * index + 1]++;
        }
        capping.add(counted.cappedWindows, document, documentCount);
        return counted.cappedWindows;
    }

    /** How often the cap on entities per window applied so far. */
    public WindowCap capping() {
        return capping.capping();
    }

    /** Makes room for the highest of {@code entities}, doubling: entities discovered in the run come after the gazetteer's. */
    private void growTo(int[] entities) {
        int highest = -1;
        for (int entity : entities) {
            highest = Math.max(highest, entity);
        }
        if (highest < mentions.length) {
            return;
        }
        int size = Math.max(highest + 1, 2 * mentions.length);
        mentions = Arrays.copyOf(mentions, size);
        documents = Arrays.copyOf(documents, size);
        entityWindows = Arrays.copyOf(entityWindows, size);
        lastEntitySlice = Arrays.copyOf(lastEntitySlice, size);
    }

    /** A sorted snapshot of the totals so far. */
    public CooccurrenceCounts counts() {
        return counts(false);
    }

    /**
     * The totals, freeing each pair's running provenance once its record is made, so a dense
     * graph's provenance is not held twice at the peak; the counter takes no documents after.
     */
    public CooccurrenceCounts finish() {
        return counts(true);
    }

    private CooccurrenceCounts counts(boolean release) {
        List<CooccurrenceCounts.NodeCount> nodes = new ArrayList<>();
        for (int e = 0; e < mentions.length; e++) {
            if (mentions[e] > 0) {
                nodes.add(new CooccurrenceCounts.NodeCount(e, mentions[e], documents[e], entityWindows[e],
                        entitySlices.getOrDefault(e, new java.util.TreeSet<>())));
            }
        }
        long[] keys = pairs.sortedKeys();
        List<CooccurrenceCounts.PairCount> edges = new ArrayList<>(keys.length);
        PairProvenance.Sorter order = provenance.sorter();
        for (long key : keys) {
            int index = pairs.indexOf(key);
            int pairDocuments = (int) pairTotals[2 * index + 1];
            edges.add(new CooccurrenceCounts.PairCount(PairIndex.first(key), PairIndex.second(key), pairTotals[2 * index],
                    pairDocuments, provenance.build(index, pairDocuments, order)));
            if (release) {
                provenance.release(index);
            }
        }
        if (release) {
            provenance.finish();
        }
        finished |= release;
        return new CooccurrenceCounts(nodes, edges, documentCount, windowCount);
    }

    /** The shard of a pair key: a multiplicative hash, so the shards of a dense graph get about as many pairs each. */
    static int shardOf(long key, int shards) {
        return (int) (((key * 0x9E3779B97F4A7C15L) >>> 33) % shards);
    }

    private java.time.LocalDate sliceOf(String date) {
        java.time.LocalDate day = TimeSlice.parseDate(date);
        return day == null ? null : slicing.start(day);
    }
}
