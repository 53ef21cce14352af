package org.comention.cooccurrence;

import java.util.ArrayList;
import java.util.List;

/** Adds up, document by document in input order, how often the cap on entities per window applied. */
final class CapTally {
    private final int limit;
    private long windows;
    private long documents;
    private final List<String> firstDocuments = new ArrayList<>();

    /** @param limit the cap, 0 for none */
    CapTally(int limit) {
        this.limit = limit;
    }

    /**
     * Counts the {@code capped} windows of a document.
     *
     * @param document its id, or null to name it by {@code position}, 1-based among the documents added
     */
    void add(int capped, DocumentInfo document, long position) {
        if (capped > 0) {
            windows += capped;
            documents++;
            if (firstDocuments.size() < WindowCap.SAMPLE) {
                firstDocuments.add(document != null && document.id() != null ? document.id() : "#" + position);
            }
        }
    }

    WindowCap capping() {
        return new WindowCap(limit, windows, documents, firstDocuments);
    }
}
