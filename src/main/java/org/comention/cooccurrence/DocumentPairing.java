package org.comention.cooccurrence;

import java.util.Arrays;
import java.util.List;
import org.comention.entity.Mention;

/**
 * Turns one document's mentions and windows into its {@link DocumentPairs}: within each window,
 * every unordered pair of distinct entities counts once, however often each is mentioned there.
 *
 * <p>A window with k distinct entities makes k(k-1)/2 pairs, so one document naming 100,000
 * entities would make five billion. With a cap K, a window with more than K distinct entities
 * pairs only its K most mentioned (ties: the one mentioned first in the window wins, so the
 * choice depends on the input alone); every mention still counts for its entity's mentions,
 * windows and documents.
 *
 * <p>Not thread-safe: it keeps scratch arrays indexed by entity, stamped per window and per
 * document so nothing is cleared or hashed per mention. Each worker thread has its own.
 */
public final class DocumentPairing {
    private final int maxWindowEntities;
    private long[] windowStamp;
    private int[] windowMentions;
    private int[] windowFirst;
    private long[] documentStamp;
    private int[] documentMentions;
    private long[] documentWindows;
    private long windowSerial;
    private long documentSerial;
    private int[] documentEntities = new int[16];
    private int[] windowEntities = new int[16];
    private int[] mentionEntities = new int[16];

    /** The pairs of the document being paired, numbered, and the windows each shares in it. */
    private final PairIndex documentPairs = new PairIndex();
    private long[] documentPairWindows = new long[64];

    /**
     * @param entities          the number of gazetteer entities, so indices are {@code 0..entities-1}; the
     *                          arrays grow when a higher index comes (entities discovered in the run)
     * @param maxWindowEntities pair at most this many distinct entities of a window, the most
     *                          mentioned; 0 for no cap
     */
    public DocumentPairing(int entities, int maxWindowEntities) {
        if (maxWindowEntities < 0) {
            throw new IllegalArgumentException("the cap on entities per window must be 0 (none) or more, not "
                    + maxWindowEntities);
        }
        this.maxWindowEntities = maxWindowEntities;
        this.windowStamp = new long[entities];
        this.windowMentions = new int[entities];
        this.windowFirst = new int[entities];
        this.documentStamp = new long[entities];
        this.documentMentions = new int[entities];
        this.documentWindows = new long[entities];
    }

    /**
     * The counts of one document.
     *
     * @param mentions sorted by start
     * @param windows  the window of each mention, non-decreasing, and the document's window count
     */
    public DocumentPairs pair(List<Mention> mentions, WindowAssigner.Windows windows) {
        int n = mentions.size();
        int[] ofMention = windows.ofMention();
        if (ofMention.length != n) {
            throw new IllegalArgumentException(n + " mentions but " + ofMention.length + " window numbers");
        }
        documentSerial++;
        int highest = -1;
        for (int i = 0; i < n; i++) {
            highest = Math.max(highest, mentions.get(i).entity());
        }
        growTo(highest + 1);
        Arrays.fill(documentPairWindows, 0, documentPairs.size(), 0L);
        documentPairs.clear();
        if (mentionEntities.length < n) {
            mentionEntities = new int[Math.max(n, mentionEntities.length * 2)];
        }
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int entity = mentions.get(i).entity();
            mentionEntities[i] = entity;
            if (documentStamp[entity] != documentSerial) {
                documentStamp[entity] = documentSerial;
                documentMentions[entity] = 0;
                documentWindows[entity] = 0;
                if (distinct == documentEntities.length) {
                    documentEntities = Arrays.copyOf(documentEntities, distinct * 2);
                }
                documentEntities[distinct++] = entity;
            }
            documentMentions[entity]++;
        }
        int capped = 0;
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && ofMention[to] == ofMention[from]) {
                to++;
            }
            if (pairWindow(from, to)) {
                capped++;
            }
            from = to;
        }
        int[] entities = Arrays.copyOf(documentEntities, distinct);
        int[] entityMentions = new int[distinct];
        long[] entityWindows = new long[distinct];
        for (int k = 0; k < distinct; k++) {
            entityMentions[k] = documentMentions[entities[k]];
            entityWindows[k] = documentWindows[entities[k]];
        }
        int pairs = documentPairs.size();
        long[] keys = new long[pairs];
        for (int p = 0; p < pairs; p++) {
            keys[p] = documentPairs.keyAt(p);
        }
        return new DocumentPairs(entities, entityMentions, entityWindows, keys,
                Arrays.copyOf(documentPairWindows, pairs), windows.count(), capped);
    }

    /**
     * Makes room for entity indices below {@code entities}, doubling: a run's discovered entities are
     * numbered after the gazetteer's as they come, and most runs discover far fewer than they may.
     */
    private void growTo(int entities) {
        if (entities <= documentStamp.length) {
            return;
        }
        int size = Math.max(entities, 2 * documentStamp.length);
        windowStamp = Arrays.copyOf(windowStamp, size);
        windowMentions = Arrays.copyOf(windowMentions, size);
        windowFirst = Arrays.copyOf(windowFirst, size);
        documentStamp = Arrays.copyOf(documentStamp, size);
        documentMentions = Arrays.copyOf(documentMentions, size);
        documentWindows = Arrays.copyOf(documentWindows, size);
    }

    /**
     * Pairs the window of mentions {@code [from, to)} of the current document; returns whether
     * it had more distinct entities than the cap.
     */
    private boolean pairWindow(int from, int to) {
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
            documentWindows[windowEntities[k]]++;
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
}
