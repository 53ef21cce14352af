package org.comention.cooccurrence;

/**
 * One document's counts, ready to add to a {@link CooccurrenceCounter}: its distinct entities
 * with their mentions and windows, its pairs (keys {@code a << 32 | b}, {@code a < b}) with the
 * windows each shares, its window count, and how many windows the cap applied to.
 *
 * <p>Made by a {@link DocumentPairing} on a worker thread, so the single thread that adds
 * documents in input order does no window or pair enumeration. The arrays are owned: nobody
 * writes them after construction.
 */
public final class DocumentPairs {
    final int[] entities;
    final int[] entityMentions;
    final long[] entityWindows;
    final long[] pairKeys;
    final long[] pairWindows;
    final long windows;
    final int cappedWindows;

    DocumentPairs(int[] entities, int[] entityMentions, long[] entityWindows, long[] pairKeys, long[] pairWindows,
                  long windows, int cappedWindows) {
        this.entities = entities;
        this.entityMentions = entityMentions;
        this.entityWindows = entityWindows;
        this.pairKeys = pairKeys;
        this.pairWindows = pairWindows;
        this.windows = windows;
        this.cappedWindows = cappedWindows;
    }

    /** Distinct entities in the document. */
    public int entityCount() {
        return entities.length;
    }

    /** Distinct pairs that share a window. */
    public int pairCount() {
        return pairKeys.length;
    }

    /** The distinct entities, in order of first mention; {@link #entityMentions} and {@link #entityWindows} go with them. */
    public int[] entities() {
        return entities.clone();
    }

    public int[] entityMentions() {
        return entityMentions.clone();
    }

    public long[] entityWindows() {
        return entityWindows.clone();
    }

    /** The pair keys {@code a << 32 | b}, {@code a < b}; {@link #pairWindows} go with them. */
    public long[] pairKeys() {
        return pairKeys.clone();
    }

    public long[] pairWindows() {
        return pairWindows.clone();
    }

    /** The document's windows. */
    public long windows() {
        return windows;
    }

    /** How many of the document's windows had more distinct entities than the cap. */
    public int cappedWindows() {
        return cappedWindows;
    }

    /**
     * These counts with each entity {@code e} renamed {@code rename(e)}, which must give distinct
     * entities distinct names: a worker numbers the entities it discovers in a document locally,
     * and the thread that adds documents in input order renames them to the run's numbers.
     */
    public DocumentPairs renamed(java.util.function.IntUnaryOperator rename) {
        int[] renamed = new int[entities.length];
        for (int k = 0; k < entities.length; k++) {
            renamed[k] = rename.applyAsInt(entities[k]);
        }
        long[] keys = new long[pairKeys.length];
        for (int p = 0; p < pairKeys.length; p++) {
            int a = rename.applyAsInt(PairIndex.first(pairKeys[p]));
            int b = rename.applyAsInt(PairIndex.second(pairKeys[p]));
            keys[p] = PairIndex.key(Math.min(a, b), Math.max(a, b));
        }
        return new DocumentPairs(renamed, entityMentions, entityWindows, keys, pairWindows, windows, cappedWindows);
    }
}
