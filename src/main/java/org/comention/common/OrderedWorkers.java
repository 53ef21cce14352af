package org.comention.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, order-preserving parallel stage: items submitted by one thread are transformed by
 * {@code threads} workers, and the results are handed to the sink on the submitting thread in
 * submission order. So a pipeline is reader, workers, one merger, and its output does not depend on
 * the thread count. At most {@code capacity} items are in flight: a fast reader waits for the
 * workers instead of filling the memory. With one thread everything runs on the caller, with no
 * executor at all.
 *
 * @param <I> what the reader produces
 * @param <O> what the workers make of it
 */
public final class OrderedWorkers<I, O> implements AutoCloseable {

    /** The work done in parallel; it must not touch shared mutable state. */
    @FunctionalInterface
    public interface Work<I, O> {
        O apply(I item) throws IOException;
    }

    /** The sequential merge, called in submission order on the submitting thread. */
    @FunctionalInterface
    public interface Sink<O> {
        void accept(O result) throws IOException;
    }

    private final Work<I, O> work;
    private final Sink<O> sink;
    private final ExecutorService executor;
    private final int capacity;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();

    /**
     * @param threads  workers, at least 1
     * @param capacity items in flight before {@link #submit} waits, at least 1
     */
    public OrderedWorkers(int threads, int capacity, Work<I, O> work, Sink<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.work = work;
        this.sink = sink;
        this.capacity = capacity;
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    /** Hands {@code item} to a worker; merges the results that are ready, waiting while the stage is full. */
    public void submit(I item) throws IOException {
        if (executor == null) {
            sink.accept(work.apply(item));
            return;
        }
        inFlight.add(executor.submit(() -> work.apply(item)));
        while (!inFlight.isEmpty() && (inFlight.size() > capacity || inFlight.peek().isDone())) {
            sink.accept(await(inFlight.poll()));
        }
    }

    /** Waits for every item submitted and merges its result. */
    public void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.poll()));
        }
    }

    /** Stops the workers; results not yet merged are dropped. */
    @Override
    public void close() {
        if (executor != null) {
            inFlight.forEach(f -> f.cancel(true));
            inFlight.clear();
            executor.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "comention-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
