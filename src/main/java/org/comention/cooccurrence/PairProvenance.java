package org.comention.cooccurrence;

import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.fitsNarrow;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.longAt;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.narrowEntry;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.narrowSlice;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.narrowWindows;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.putLong;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.putSample;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.sampleFitsNarrow;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.sampleInts;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.wideEntry;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.wideSlice;
import static org.comention.cooccurrence.CooccurrenceCounts.Provenance.wideWindows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running provenance of every pair, indexed by pair number, in primitive arrays: the first
 * {@value CooccurrenceCounts.Provenance#SAMPLE} supporting documents, documents per language,
 * first and last date, windows per time slice.
 *
 * <p>Languages, time slices and dates are numbered once for the run, so a pair keeps one block
 * of longs, its sample included, instead of two TreeMaps and a list: with maps, a 100 MB corpus
 * of 730,000 pairs needed gigabytes. A document's id is kept only when it enters some pair's sample.
 */
final class PairProvenance {
    private static final int SAMPLE = CooccurrenceCounts.Provenance.SAMPLE;
    /** The ints of a block before its sample: the dates, then the sizes of its parts. */
    private static final int HEAD = 4;
    /** In the slice count: the block's slice entries are wide. */
    private static final int WIDE = 1 << 31;

    /** The ids of sampled documents, the languages and the slices, numbered as first seen; the records share it. */
    private final CooccurrenceCounts.Dictionary words = new CooccurrenceCounts.Dictionary();

    /** Dates numbered from 1 as first seen, so a pair keeps two ints, not two references to follow. */
    private final Map<String, Integer> dateNumbers = new HashMap<>();
    private final List<String> dates = new ArrayList<>();
    /**
     * Per pair, one block, so that adding a pair's document touches one array, not one per
     * field (the threads adding documents wait on memory more than they compute):
     * <ol start="0">
     * <li>the number of its first date (0 for none), then of its last;
     * <li>its language slots L (bits 8 and up) and sample slots S (low 8 bits);
     * <li>its slice entries n, and {@link #WIDE} if they are wide;
     * <li>then S sampled document numbers;
     * <li>then L document counts, by language number;
     * <li>then n slice entries by slice number, narrow (one int, as in the records) until a
     *     number or a count outgrows one; then wide, two ints each.
     * </ol>
     * Ints, not longs: the blocks of the 1.5 million pairs of a dense gigabyte of news were most
     * of the heap at the end of reading, and their slice entries and samples most of a block.
     */
    private int[][] blocks = new int[64][];

    private String currentId;
    private int currentRef;
    private int currentLanguage;
    private int currentSlice;
    private String currentDate;
    private int currentDateNumber;

    /** Starts a document: what follows until the next call is provenance of this one. */
    void startDocument(DocumentInfo document, LocalDate slice) {
        currentId = document.id();
        currentRef = -1;
        currentLanguage = document.lang() == null ? -1 : words.languageNumber(document.lang());
        currentSlice = slice == null ? -1 : words.sliceNumber(slice);
        currentDate = document.date();
        currentDateNumber = currentDate == null ? 0 : dateNumbers.computeIfAbsent(currentDate, date -> {
            dates.add(date);
            return dates.size();
        });
    }

    /**
     * Records that pair {@code index}, already supported by {@code documentsBefore} earlier
     * documents, shares {@code windows} windows in the current document.
     */
    void add(int index, int documentsBefore, long windows) {
        ensureCapacity(index + 1);
        int[] block = blocks[index];
        int sampleSlots = block == null ? 0 : sampleSlots(block);
        int languageSlots = block == null ? 0 : languageSlots(block);
        boolean sampleFull = documentsBefore < SAMPLE && documentsBefore >= sampleSlots;
        if (block == null || sampleFull || currentLanguage >= languageSlots) {
            block = blocks[index] = reshaped(block,
                    sampleFull ? Math.min(SAMPLE, Math.max(2, documentsBefore * 2)) : sampleSlots,
                    currentLanguage >= languageSlots ? words.languageCount() : languageSlots);
        }
        if (documentsBefore < SAMPLE) {
            block[HEAD + documentsBefore] = currentRef();
        }
        if (currentLanguage >= 0) {
            block[languagesFrom(block) + currentLanguage]++;
        }
        if (currentDateNumber > 0) {
            int first = block[0];
            int last = block[1];
            if (first == 0 || first != currentDateNumber && currentDate.compareTo(dates.get(first - 1)) < 0) {
                block[0] = currentDateNumber;
            }
            if (last == 0 || last != currentDateNumber && currentDate.compareTo(dates.get(last - 1)) > 0) {
                block[1] = currentDateNumber;
            }
        }
        if (currentSlice >= 0) {
            addSliceWindows(index, block, windows);
        }
    }

    private static int languageSlots(int[] block) {
        return block[2] >>> 8;
    }

    private static int sampleSlots(int[] block) {
        return block[2] & 0xFF;
    }

    private static int sliceEntries(int[] block) {
        return block[3] & ~WIDE;
    }

    private static boolean isWide(int[] block) {
        return (block[3] & WIDE) != 0;
    }

    private static int width(int[] block) {
        return isWide(block) ? 2 : 1;
    }

    private static int languagesFrom(int[] block) {
        return HEAD + sampleSlots(block);
    }

    /** The first slice entry: after the head, the sample and the language counts. */
    private static int slicesFrom(int[] block) {
        return languagesFrom(block) + languageSlots(block);
    }

    /** {@code block} (or a new one) with room for {@code samples} sampled documents and {@code languages} language counts. */
    private static int[] reshaped(int[] block, int samples, int languages) {
        int entries = block == null ? 0 : sliceEntries(block);
        int width = block == null ? 1 : width(block);
        int slicesFrom = HEAD + samples + languages;
        int[] grown = new int[slicesFrom + width * Math.max(2, entries)];
        if (block != null) {
            grown[0] = block[0];
            grown[1] = block[1];
            grown[3] = block[3];
            System.arraycopy(block, HEAD, grown, HEAD, sampleSlots(block));
            System.arraycopy(block, languagesFrom(block), grown, HEAD + samples, languageSlots(block));
            System.arraycopy(block, slicesFrom(block), grown, slicesFrom, width * entries);
        }
        grown[2] = languages << 8 | samples;
        return grown;
    }

    private void addSliceWindows(int index, int[] block, long windows) {
        int from = slicesFrom(block);
        int n = sliceEntries(block);
        boolean wide = isWide(block);
        // kept sorted by slice number: a binary search, not a scan, finds the slice, in whatever
        // date order the documents come
        int low = 0;
        int high = n - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int slice = wide ? wideSlice(longAt(block, from + 2 * mid))
                    : narrowSlice(block[from + mid]);
            if (slice < currentSlice) {
                low = mid + 1;
            } else if (slice > currentSlice) {
                high = mid - 1;
            } else if (wide) {
                putLong(block, from + 2 * mid,
                        longAt(block, from + 2 * mid) + windows);
                return;
            } else if (fitsNarrow(slice,
                    narrowWindows(block[from + mid]) + windows)) {
                block[from + mid] += (int) windows;
                return;
            } else {
                addSliceWindows(index, widened(index, block), windows);
                return;
            }
        }
        if (!wide && !fitsNarrow(currentSlice, windows)) {
            addSliceWindows(index, widened(index, block), windows);
            return;
        }
        int width = wide ? 2 : 1;
        if (from + width * n == block.length) {
            // half again, not double: the blocks are most of the memory, and a pair gains slices slowly
            block = blocks[index] = Arrays.copyOf(block, from + width * (n + Math.max(2, n >> 1)));
        }
        System.arraycopy(block, from + width * low, block, from + width * (low + 1), width * (n - low));
        if (wide) {
            putLong(block, from + 2 * low,
                    wideEntry(currentSlice, windows));
        } else {
            block[from + low] = narrowEntry(currentSlice, windows);
        }
        block[3] = (block[3] & WIDE) | (n + 1);
    }

    /** Pair {@code index}'s block with its slice entries made wide. */
    private int[] widened(int index, int[] block) {
        int from = slicesFrom(block);
        int n = sliceEntries(block);
        int[] wide = Arrays.copyOf(block, from + 2 * Math.max(2, n));
        for (int i = 0; i < n; i++) {
            int entry = block[from + i];
            putLong(wide, from + 2 * i, wideEntry(
                    narrowSlice(entry), narrowWindows(entry)));
        }
        wide[3] = WIDE | n;
        return blocks[index] = wide;
    }

    private String dateOf(int number) {
        return number == 0 ? null : dates.get(number - 1);
    }

    private int currentRef() {
        if (currentRef < 0) {
            currentRef = words.addNewId(currentId);
        }
        return currentRef;
    }

    private void ensureCapacity(int pairs) {
        if (pairs > blocks.length) {
            blocks = Arrays.copyOf(blocks, Math.max(pairs, blocks.length * 2));
        }
    }

    /** Orders for the outputs: languages by name, slices by date; computed once per {@link #build} batch. */
    Sorter sorter() {
        return new Sorter();
    }

    /** The provenance of pair {@code index} supported by {@code documents} documents. */
    CooccurrenceCounts.Provenance build(int index, int documents, Sorter order) {
        // every pair added with provenance has its first document in its sample
        if (index >= blocks.length || blocks[index] == null) {
            return CooccurrenceCounts.Provenance.NONE;
        }
        int[] block = blocks[index];
        int sampleSize = Math.min(SAMPLE, documents);
        int slots = languageSlots(block);
        int languagesFrom = languagesFrom(block);
        int present = 0;
        for (int l = 0; l < slots; l++) {
            present += block[languagesFrom + l] > 0 ? 1 : 0;
        }
        int from = slicesFrom(block);
        int n = sliceEntries(block);
        boolean wide = isWide(block);
        // slots past the sample size were never written
        boolean wideSample = !sampleFitsNarrow(block, HEAD, sampleSize);
        int k = sampleInts(sampleSize, wideSample);
        int[] data = new int[k + 2 * present + (wide ? 2 : 1) * n];
        putSample(data, block, HEAD, sampleSize, wideSample);
        for (int l : order.languagesByName) {
            if (l < slots && block[languagesFrom + l] > 0) {
                data[k++] = l;
                data[k++] = block[languagesFrom + l];
            }
        }
        // into date order, through each slice's rank
        long[] byRank = new long[n];
        for (int i = 0; i < n; i++) {
            int slice;
            long windows;
            if (wide) {
                long entry = longAt(block, from + 2 * i);
                slice = wideSlice(entry);
                windows = wideWindows(entry);
            } else {
                slice = narrowSlice(block[from + i]);
                windows = narrowWindows(block[from + i]);
            }
            byRank[i] = wideEntry(order.sliceRank[slice], windows);
        }
        Arrays.sort(byRank);
        for (int i = 0; i < n; i++) {
            int slice = order.sliceOfRank[wideSlice(byRank[i])];
            long windows = wideWindows(byRank[i]);
            if (wide) {
                putLong(data, k + 2 * i, wideEntry(slice, windows));
            } else {
                data[k + i] = narrowEntry(slice, windows);
            }
        }
        return new CooccurrenceCounts.Provenance(words, data, sampleSize, wideSample, present, n, wide, dateOf(block[0]),
                dateOf(block[1]));
    }

    /** Frees what pair {@code index} holds; {@link #build} then gives it no provenance. */
    void release(int index) {
        if (index < blocks.length) {
            blocks[index] = null;
        }
    }

    /** Drops every block and the room the dictionary kept for more words: the records take no more. */
    void finish() {
        blocks = new int[0][];
        words.trim();
    }

    /** Languages in name order, and each slice's rank in date order. */
    final class Sorter {
        private final int[] languagesByName;
        private final int[] sliceRank;
        private final int[] sliceOfRank;

        private Sorter() {
            languagesByName = java.util.stream.IntStream.range(0, words.languageCount()).boxed()
                    .sorted(java.util.Comparator.comparing(words::language)).mapToInt(Integer::intValue).toArray();
            sliceOfRank = java.util.stream.IntStream.range(0, words.sliceCount()).boxed()
                    .sorted(java.util.Comparator.comparing(words::slice)).mapToInt(Integer::intValue).toArray();
            sliceRank = new int[sliceOfRank.length];
            for (int rank = 0; rank < sliceOfRank.length; rank++) {
                sliceRank[sliceOfRank[rank]] = rank;
            }
        }
    }
}
