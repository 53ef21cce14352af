package org.comention.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes several outputs at once: each write reads the finished, immutable graph and writes a
 * file of its own, so on a dense graph, where writing the text formats takes longer than
 * counting, they run side by side on up to {@code threads} threads. The files do not depend on
 * the thread count. Every write has ended when {@link #run} returns, so nothing is still being
 * written when the outputs are published or the staging directory is removed; if writes failed,
 * the failure of the one added first is thrown, so the error a user sees does not depend on
 * timing either.
 */
public final class OutputBatch {
    /** One output's write. */
    @FunctionalInterface
    public interface Write {
        void run() throws IOException;
    }

    private final int threads;
    private final List<Write> writes = new ArrayList<>();

    public OutputBatch(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.threads = threads;
    }

    /** Adds a write; the longest first keeps the threads busy to the end. */
    public OutputBatch add(Write write) {
        writes.add(write);
        return this;
    }

    public void run() throws IOException {
        if (threads == 1 || writes.size() < 2) {
            for (Write write : writes) {
                write.run();
            }
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, writes.size()), runnable -> {
            Thread thread = new Thread(runnable, "comention-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(writes.size());
            for (Write write : writes) {
                futures.add(executor.submit(() -> {
                    try {
                        write.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            Throwable first = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw rethrown(first);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new java.io.InterruptedIOException("interrupted while writing the outputs");
    }
}
