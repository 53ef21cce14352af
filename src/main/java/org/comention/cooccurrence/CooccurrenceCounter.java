package org.comention.cooccurrence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comention.entity.Mention;

/**
 * Counts co-occurrences document by document: within each window, every unordered pair of
 * distinct entities counts once, however often each is mentioned there. A pair's weight is the
 * number of windows it shares; its document count the number of documents with such a window.
 *
 * <p>A window with k distinct entities makes k(k-1)/2 pairs, so one document naming 100,000
 * entities would make five billion. With a cap K, a window with more than K distinct entities
 * pairs only its K most mentioned (ties: the one mentioned first in the window wins, so the
 * choice depends on the input alone); every mention still counts for its entity's mentions,
 * windows and documents. {@link #capping()} says how often that happened.
 */
public final class CooccurrenceCounter {
    private final long[] mentions;
    private final int[] documents;
    private final long[] entityWindows;
    private final TimeSlice slicing;
    private final int maxWindowEntities;
    private final Map<Integer, java.util.TreeSet<java.time.LocalDate>> entitySlices = new HashMap<>();
    /** The slice last added to each entity's set: dated corpora mostly come in date order, so most adds are repeats. */
    private final java.time.LocalDate[] lastEntitySlice;

    /** Every pair seen, numbered; its windows, documents and provenance are indexed by that number. */
    private final PairIndex pairs = new PairIndex();
    private long[] pairWindows = new long[64];
    private int[] pairDocuments = new int[64];
    private final PairProvenance provenance = new PairProvenance();

    /** The pairs of the document being added, numbered, and the windows each shares in it. */
    private final PairIndex documentPairs = new PairIndex();
    private long[] documentPairWindows = new long[64];

    // Scratch indexed by entity: stamps say whether an entity was seen in the current window or
    // document without clearing arrays or hashing per mention.
    private final long[] windowStamp;
    private final int[] windowMentions;
    private final int[] windowFirst;
    private final long[] documentStamp;
    private long windowSerial;
    private long documentSerial;
    private int[] documentEntities = new int[16];
    private int[] windowEntities = new int[16];
    private int[] mentionEntities = new int[16];

    private boolean finished;
    private long documentCount;
    private long windowCount;
    private long windowsCapped;
    private long documentsCapped;
    private final List<String> cappedSample = new ArrayList<>();

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
        if (maxWindowEntities < 0) {
            throw new IllegalArgumentException("the cap on entities per window must be 0 (none) or more, not "
                    + maxWindowEntities);
        }
        this.slicing = slicing;
        this.maxWindowEntities = maxWindowEntities;
        this.mentions = new long[entities];
        this.documents = new int[entities];
        this.entityWindows = new long[entities];
        this.windowStamp = new long[entities];
        this.windowMentions = new int[entities];
        this.windowFirst = new int[entities];
        this.documentStamp = new long[entities];
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
        if (finished) {
            throw new IllegalStateException("the counter has finished: it takes no more documents");
        }
        int n = documentMentions.size();
        int[] ofMention = windows.ofMention();
        if (ofMention.length != n) {
            throw new IllegalArgumentException(n + " mentions but " + ofMention.length + " window numbers");
        }
        documentCount++;
        windowCount += windows.count();
        documentSerial++;
        Arrays.fill(documentPairWindows, 0, documentPairs.size(), 0L);
        documentPairs.clear();
        if (mentionEntities.length < n) {
            mentionEntities = new int[Math.max(n, mentionEntities.length * 2)];
        }
        int distinctInDocument = 0;
        for (int i = 0; i < n; i++) {
            int entity = documentMentions.get(i).entity();
            mentionEntities[i] = entity;
            mentions[entity]++;
            if (documentStamp[entity] != documentSerial) {
                documentStamp[entity] = documentSerial;
                if (distinctInDocument == documentEntities.length) {
                    documentEntities = Arrays.copyOf(documentEntities, distinctInDocument * 2);
                }
                documentEntities[distinctInDocument++] = entity;
            }
        }
        int capped = 0;
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && ofMention[to] == ofMention[from]) {
                to++;
            }
            if (countWindow(from, to)) {
                capped++;
            }
            from = to;
        }
        java.time.LocalDate slice = document == null ? null : sliceOf(document.date());
        for (int k = 0; k < distinctInDocument; k++) {
            int entity = documentEntities[k];
            documents[entity]++;
            if (slice != null && !slice.equals(lastEntitySlice[entity])) {
                lastEntitySlice[entity] = slice;
                entitySlices.computeIfAbsent(entity, e -> new java.util.TreeSet<>()).add(slice);
            }
        }
        if (document != null) {
            provenance.startDocument(document, slice);
        }
        for (int p = 0; p < documentPairs.size(); p++) {
            int index = pairs.add(documentPairs.keyAt(p));
            if (index == pairWindows.length) {
                int grown = index * 2;
                pairWindows = Arrays.copyOf(pairWindows, grown);
                pairDocuments = Arrays.copyOf(pairDocuments, grown);
            }
            pairWindows[index] += documentPairWindows[p];
            if (document != null) {
                provenance.add(index, pairDocuments[index], documentPairWindows[p]);
            }
            pairDocuments[index]++;
        }
        if (capped > 0) {
            windowsCapped += capped;
            documentsCapped++;
            if (cappedSample.size() < WindowCap.SAMPLE) {
                cappedSample.add(document != null && document.id() != null ? document.id() : "#" + documentCount);
            }
        }
        return capped;
    }

    /**
     * Counts the window of mentions {@code [from, to)} of the current document; returns whether
     * it had more distinct entities than the cap.
     */
    private boolean countWindow(int from, int to) {
        windowSerial++;
        int distinct = 0;
        for (int i = from; i < to; i++) {
            int entity = mentionEntities[i];
            if (windowStamp[entity] != windowSerial) {
                windowStamp[entity] = windowSerial;
                windowMentions[entity] = 1;
                windowFirst[entity] = i - from;
                if (distinct == windowEntities.length) {
                    windowEntities = Arrays.copyOf(windowEntities, distinct * 2);
                }
                windowEntities[distinct++] = entity;
            } else {
                windowMentions[entity]++;
            }
        }
        for (int k = 0; k < distinct; k++) {
            entityWindows[windowEntities[k]]++;
        }
        boolean capped = maxWindowEntities > 0 && distinct > maxWindowEntities;
        int paired = distinct;
        if (capped) {
            keepMostMentioned(from, distinct);
            paired = maxWindowEntities;
        }
        // sorted, so every key has a < b
        Arrays.sort(windowEntities, 0, paired);
        for (int i = 0; i < paired; i++) {
            for (int j = i + 1; j < paired; j++) {
                int index = documentPairs.add(PairIndex.key(windowEntities[i], windowEntities[j]));
                if (index == documentPairWindows.length) {
                    documentPairWindows = Arrays.copyOf(documentPairWindows, index * 2);
                }
                documentPairWindows[index]++;
            }
        }
        return capped;
    }

    /**
     * Moves the {@code maxWindowEntities} most mentioned of the window's {@code distinct} entities
     * to the front of {@code windowEntities}; ties go to the one mentioned first in the window.
     * Sorts one long per entity: the mention count, inverted, above the position of the first
     * mention, so ascending order is most mentioned first, then first mentioned first.
     */
    private void keepMostMentioned(int from, int distinct) {
        long[] order = new long[distinct];
        for (int k = 0; k < distinct; k++) {
            int entity = windowEntities[k];
            order[k] = ((long) (Integer.MAX_VALUE - windowMentions[entity]) << 32) | windowFirst[entity];
        }
        Arrays.sort(order);
        for (int k = 0; k < maxWindowEntities; k++) {
            windowEntities[k] = mentionEntities[from + (int) order[k]];
        }
    }

    /** How often the cap on entities per window applied so far. */
    public WindowCap capping() {
        return new WindowCap(maxWindowEntities, windowsCapped, documentsCapped, cappedSample);
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
            edges.add(new CooccurrenceCounts.PairCount(PairIndex.first(key), PairIndex.second(key), pairWindows[index],
                    pairDocuments[index], provenance.build(index, pairDocuments[index], order)));
            if (release) {
                provenance.release(index);
            }
        }
        finished |= release;
        return new CooccurrenceCounts(nodes, edges, documentCount, windowCount);
    }

    private java.time.LocalDate sliceOf(String date) {
        java.time.LocalDate day = TimeSlice.parseDate(date);
        return day == null ? null : slicing.start(day);
    }
}
