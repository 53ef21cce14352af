package org.comention.cooccurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts on several threads what one {@link CooccurrenceCounter} would, with the same result:
 * each shard owns the pairs whose key hashes to it and sees every document, in input order, so
 * a pair's sample (its first documents) and every other total come out as from one counter.
 *
 * <p>Why: on a dense graph the counter waits on memory for every pair of every document (a
 * gigabyte of news adds some 80 million pair updates to a table of 1.5 million pairs), and one
 * thread doing all of it held the whole pipeline back while the workers sat idle. Split by key,
 * each shard's table is smaller and the shards wait on memory side by side.
 *
 * <p>With one shard everything runs on the caller's thread. Otherwise {@link #add} queues the
 * document to every shard (at most {@value #QUEUED} each, so a slow shard slows the reader
 * instead of filling the memory); the documents' arrays are only read.
 */
public final class CounterShards implements AutoCloseable {
    private static final int QUEUED = 256;
    private static final Item END = new Item(null, null);

    private record Item(DocumentInfo document, DocumentPairs pairs) {
    }

    private final List<CooccurrenceCounter> counters = new ArrayList<>();
    private final List<BlockingQueue<Item>> queues = new ArrayList<>();
    private final List<Future<CooccurrenceCounts>> results = new ArrayList<>();
    private final ExecutorService executor;
    private final CapTally capping;
    private long documents;
    private boolean finished;

    /**
     * @param shards the threads that count, at least 1; 1 counts on the caller's thread
     * @see CooccurrenceCounter#CooccurrenceCounter(int, TimeSlice, int)
     */
    public CounterShards(int entities, TimeSlice slicing, int maxWindowEntities, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1, not " + shards);
        }
        this.capping = new CapTally(maxWindowEntities);
        for (int s = 0; s < shards; s++) {
            counters.add(new CooccurrenceCounter(entities, slicing, maxWindowEntities, s, shards));
        }
        if (shards == 1) {
            executor = null;
            return;
        }
        AtomicInteger made = new AtomicInteger();
        executor = Executors.newFixedThreadPool(shards, task -> {
            Thread thread = new Thread(task, "comention-counter-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (CooccurrenceCounter counter : counters) {
            BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED);
            queues.add(queue);
            results.add(executor.submit(() -> count(counter, queue)));
        }
    }

    private static CooccurrenceCounts count(CooccurrenceCounter counter, BlockingQueue<Item> queue)
            throws InterruptedException {
        for (Item item = queue.take(); item != END; item = queue.take()) {
            counter.add(item.document, item.pairs);
        }
        return counter.finish();
    }

    /**
     * Adds one document paired by a {@link DocumentPairing} with the same cap.
     *
     * @param document its id, language and date; null when provenance is not wanted
     * @return how many of its windows were capped
     */
    public int add(DocumentInfo document, DocumentPairs counted) {
        if (finished) {
            throw new IllegalStateException("the counter has finished: it takes no more documents");
        }
        documents++;
        if (executor == null) {
            counters.get(0).add(document, counted);
        } else {
            Item item = new Item(document, counted);
            for (int s = 0; s < queues.size(); s++) {
                BlockingQueue<Item> queue = queues.get(s);
                while (!offer(queue, item)) {
                    failIfDone(s); // a shard that stopped takes nothing more: don't wait on it forever
                }
            }
        }
        capping.add(counted.cappedWindows, document, documents);
        return counted.cappedWindows;
    }

    /** How often the cap on entities per window applied so far. */
    public WindowCap capping() {
        return capping.capping();
    }

    /** The totals of every document added, as {@link CooccurrenceCounter#finish()} gives them; no documents after. */
    public CooccurrenceCounts finish() {
        finished = true;
        if (executor == null) {
            return counters.get(0).finish();
        }
        List<CooccurrenceCounts> shardCounts = new ArrayList<>();
        for (int s = 0; s < queues.size(); s++) {
            while (!offer(queues.get(s), END)) {
                failIfDone(s);
            }
        }
        for (Future<CooccurrenceCounts> result : results) {
            shardCounts.add(await(result));
        }
        counters.clear(); // their tables were freed as they finished
        results.clear(); // a done future holds its shard's counts: a dense graph's pairs would outlive the graph made of them
        return merged(shardCounts);
    }

    /** Shard 0's entities and totals, with every shard's pairs in key order. */
    private static CooccurrenceCounts merged(List<CooccurrenceCounts> shardCounts) {
        int total = shardCounts.stream().mapToInt(c -> c.pairs().size()).sum();
        List<CooccurrenceCounts.PairCount> pairs = new ArrayList<>(total);
        int[] next = new int[shardCounts.size()];
        for (int k = 0; k < total; k++) {
            int best = -1;
            long bestKey = Long.MAX_VALUE;
            for (int s = 0; s < next.length; s++) {
                List<CooccurrenceCounts.PairCount> shardPairs = shardCounts.get(s).pairs();
                if (next[s] < shardPairs.size()) {
                    CooccurrenceCounts.PairCount pair = shardPairs.get(next[s]);
                    long key = PairIndex.key(pair.a(), pair.b());
                    if (key < bestKey) {
                        bestKey = key;
                        best = s;
                    }
                }
            }
            pairs.add(shardCounts.get(best).pairs().get(next[best]++));
        }
        CooccurrenceCounts first = shardCounts.get(0);
        return new CooccurrenceCounts(first.nodes(), pairs, first.documents(), first.windows());
    }

    private static boolean offer(BlockingQueue<Item> queue, Item item) {
        try {
            return queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        }
    }

    private void failIfDone(int shard) {
        Future<CooccurrenceCounts> result = results.get(shard);
        if (result.isDone()) {
            await(result); // throws what stopped it
            throw new IllegalStateException("counter shard " + shard + " stopped early");
        }
    }

    private static CooccurrenceCounts await(Future<CooccurrenceCounts> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error; // an OutOfMemoryError stays one, for the one-line message
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the shard threads; documents not yet counted are dropped. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
