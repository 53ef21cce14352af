package org.comention.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A fixed pool of threads for one computation: {@link #run} calls {@code part.accept(t)} for
 * every {@code t} in {@code 0..threads-1}, each on its own thread, and returns when all are done.
 * Part {@code t} owns the state numbered {@code t}, so parts share nothing mutable; what they
 * compute must not depend on which thread ran it, and then the results do not depend on the
 * thread count. With one thread everything runs on the caller, with no executor at all.
 */
final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService executor;

    Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.threads = threads;
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "comention-centrality");
            thread.setDaemon(true);
            return thread;
        });
    }

    int threads() {
        return threads;
    }

    void run(IntConsumer part) {
        if (executor == null) {
            part.accept(0);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int index = t;
            futures.add(executor.submit(() -> part.accept(index)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while computing centralities", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
