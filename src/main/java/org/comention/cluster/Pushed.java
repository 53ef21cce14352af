package org.comention.cluster;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The items a reader pushes to a consumer ({@code CsvCorpusReader.read}), as the iterator a
 * Spark task pulls: the reader runs on a thread of its own, at most {@link #AHEAD} items ahead,
 * so a file of gigabytes is never held whole. The thread ends with the task, even one that stops
 * early; a failure of the reader is thrown by {@link #hasNext}, unchanged if unchecked, an I/O error as
 * {@link java.io.UncheckedIOException}.
 */
final class Pushed<T> implements Iterator<T> {
    static final int AHEAD = 256;
    private static final Object END = new Object();

    interface Reader<T> {
        void read(Consumer<T> sink) throws Exception;
    }

    /** Unwinds the reader when the task is over. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile Throwable failure;
    private Object next;

    Pushed(String name, Reader<T> reader) {
        Thread thread = new Thread(() -> {
            try {
                reader.read(item -> put(item));
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                failure = e;
            }
            try {
                put(END);
            } catch (Stopped e) {
                // the task is over: no one waits for the end
            }
        }, "comention-read " + name);
        thread.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> thread.interrupt());
        }
        thread.start();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next == END && failure != null) {
            Throwable e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error r) {
                throw r;
            }
            if (e instanceof java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            throw new IllegalStateException(e);
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }
}
