package org.comention.corpus;

/**
 * Where the readers tell how much input there is and how much of it they have consumed, in bytes
 * of the files as stored, so a progress display can show a share and an ETA. Called on the thread
 * that reads.
 */
public interface ReadMeter {
    /** Counts nothing: for the runs that show no progress. */
    ReadMeter NONE = new ReadMeter() {
        @Override
        public void expect(long bytes) {
        }

        @Override
        public void consumed(long bytes) {
        }
    };

    /**
     * More input is to be read: {@code bytes} of it, or, when negative, an amount not known up
     * front (a pipe), which leaves the whole total unknown.
     */
    void expect(long bytes);

    /** {@code bytes} more bytes of the input were read (or passed over unread, as done). */
    void consumed(long bytes);
}
