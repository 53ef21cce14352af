package org.comention.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells a {@link ReadMeter} every byte read or skipped from the stream it wraps. */
public final class CountingInputStream extends FilterInputStream {
    private final ReadMeter meter;

    public CountingInputStream(InputStream in, ReadMeter meter) {
        super(in);
        this.meter = meter;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            meter.consumed(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            meter.consumed(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        if (skipped > 0) {
            meter.consumed(skipped);
        }
        return skipped;
    }

    // no mark/reset: a byte read twice would be counted twice
    @Override
    public boolean markSupported() {
        return false;
    }
}
