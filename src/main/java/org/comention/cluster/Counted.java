package org.comention.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.comention.corpus.Document;
import org.comention.corpus.InputProblem;
import org.comention.export.SurfaceForms;

/**
 * What an executor made of one input document: its counted parts, and the figures of the run
 * summary; or, for a skipped input, why.
 *
 * @param documents 1 for a document read, 0 for a skipped input or a notice
 * @param problem   why it was skipped, or a warning about it, or null
 */
record Counted(List<Part> parts, int documents, long characters, long charactersCut, long teasers, long mentions,
               String problem, boolean skipped) implements Serializable {

    static Counted skipped(String problem) {
        return new Counted(List.of(), 0, 0, 0, 0, 0, problem, true);
    }

    /** A warning about the input that is not a document and skipped none (a CSV file's detected encoding). */
    static Counted notice(String warning) {
        return new Counted(List.of(), 0, 0, 0, 0, 0, warning, false);
    }

    /** This document with a warning that did not skip it (a detected encoding). */
    Counted warned(String warning) {
        return new Counted(parts, documents, characters, charactersCut, teasers, mentions, warning, false);
    }

    /** A document read, or the problem that skips it, or both when the problem is a warning. */
    record Read(Document document, InputProblem problem) {
    }

    /** Bits of an order key: the ordinal of the document (its place in the input), then its part. */
    private static final int PART_BITS = 12;
    private static final int POSITION_BITS = 36;
    private static final int GROUP_BITS = 63 - PART_BITS - POSITION_BITS;

    /**
     * The ordinal of the record at {@code position} of {@code group}: group order, then position;
     * a JSON line's group is its file's place among the input files, its position its byte offset;
     * a .txt file's group its partition once sorted by path, its position its place there.
     */
    static long ordinal(long group, long position) {
        if (group >= 1L << GROUP_BITS || position >= 1L << POSITION_BITS) {
            throw new IllegalStateException("input file or partition " + group + " or position " + position
                    + " beyond the ordinal's range (" + (1L << GROUP_BITS) + " files of up to " + (1L << POSITION_BITS)
                    + " bytes)");
        }
        return (group << POSITION_BITS) | position;
    }

    /** The order key of part {@code part} of the document at {@code ordinal}: input order, as the local counter sees parts. */
    static long order(long ordinal, int part) {
        if (part >= 1 << PART_BITS) {
            throw new IllegalStateException("a document of more than " + (1 << PART_BITS) + " parts");
        }
        return (ordinal << PART_BITS) | part;
    }

    /**
     * One part (an article or a teaser) as counted: what a local build adds to its counters for
     * it, with the order key that stands for its place in the input. The entities' windows and
     * the part's {@code windows} are those of the first {@code --window}, as a local build's
     * graph takes them from its first counter; {@code pairs} holds each window's pairs, the first
     * window's first; {@code cappedWindows} sums the capped windows of every window kind.
     */
    record Part(long order, String id, String lang, String date, LocalDate slice, int[] entities, int[] entityMentions,
                long[] entityWindows, List<Pairs> pairs, long windows, int cappedWindows,
                Map<SurfaceForms.Form, Long> forms) implements Serializable {
    }

    /** The pairs of one window kind: their keys {@code a << 32 | b}, and the windows each shares at the same index. */
    record Pairs(long[] keys, long[] windows) implements Serializable {
    }
}
