package org.comention.corpus;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ReadMeter} that keeps the figures: bytes consumed and the total expected. The reader
 * thread writes them and a progress display reads them from another, so they are atomic; one
 * update per buffer of 64 KiB or per file costs nothing next to decoding it.
 */
public final class InputBytes implements ReadMeter {
    /** {@link #total()} when some input's size could not be known up front. */
    public static final long UNKNOWN = -1;

    private final AtomicLong consumed = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    @Override
    public void expect(long bytes) {
        // once unknown, stays unknown: a share of a partly known total would be a false figure
        total.getAndUpdate(t -> t < 0 || bytes < 0 ? UNKNOWN : t + bytes);
    }

    @Override
    public void consumed(long bytes) {
        consumed.addAndGet(bytes);
    }

    public long consumed() {
        return consumed.get();
    }

    /** The bytes expected in all so far, or {@link #UNKNOWN}. */
    public long total() {
        return total.get();
    }
}
