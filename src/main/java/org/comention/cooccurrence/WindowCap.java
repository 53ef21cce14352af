package org.comention.cooccurrence;

import java.util.List;

/**
 * What the cap on entities per window did: {@code windows} had more than {@code limit} distinct
 * entities, so only their {@code limit} most mentioned were paired; they lie in {@code documents}
 * documents, the first {@code SAMPLE} of which are named in input order (by id, or by their
 * 1-based position among the documents added when no id was given). {@code limit} 0 is no cap.
 */
public record WindowCap(int limit, long windows, long documents, List<String> firstDocuments) {
    public static final int SAMPLE = 10;

    public WindowCap {
        if (limit < 0) {
            throw new IllegalArgumentException("the cap on entities per window must be 0 (none) or more, not " + limit);
        }
        firstDocuments = List.copyOf(firstDocuments);
    }
}
