package org.comention.cooccurrence;

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
    /** The longs of a block before its sample: the dates, then the sizes of its parts. */
    private static final int HEAD = 2;
    private static final int SLICE_SHIFT = 40;
    private static final long WINDOWS_MASK = (1L << SLICE_SHIFT) - 1;

    /** The ids of sampled documents, the languages and the slices, numbered as first seen; the records share it. */
    private final CooccurrenceCounts.Dictionary words = new CooccurrenceCounts.Dictionary();

    /** Dates numbered from 1 as first seen, so a pair keeps two ints, not two references to follow. */
    private final Map<String, Integer> dateNumbers = new HashMap<>();
    private final List<String> dates = new ArrayList<>();
    /**
     * Per pair, one block, so that adding a pair's document touches one array, not one per
     * field (the threads adding documents wait on memory more than they compute):
     * <ol start="0">
     * <li>the numbers of its first and last date (high and low half; 0 for none);
     * <li>its language slots L (bits 40 and up), sample slots S (bits 32 to 39) and slice entries n (low half);
     * <li>then {@code (S + 1) / 2} longs of sampled document numbers, two to a long;
     * <li>then {@code (L + 1) / 2} longs of document counts per language number, two to a long;
     * <li>then n entries of slice number (high bits) and windows (low bits), by slice number.
     * </ol>
     */
    private long[][] blocks = new long[64][];

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
        long[] block = blocks[index];
        int sampleSlots = block == null ? 0 : sampleSlots(block);
        int languageSlots = block == null ? 0 : languageSlots(block);
        boolean sampleFull = documentsBefore < SAMPLE && documentsBefore >= sampleSlots;
        if (block == null || sampleFull || currentLanguage >= languageSlots) {
            block = blocks[index] = reshaped(block,
                    sampleFull ? Math.min(SAMPLE, Math.max(2, documentsBefore * 2)) : sampleSlots,
                    currentLanguage >= languageSlots ? words.languageCount() : languageSlots);
        }
        if (documentsBefore < SAMPLE) {
            block[HEAD + (documentsBefore >> 1)] |= (long) currentRef() << ((documentsBefore & 1) * 32);
        }
        if (currentLanguage >= 0) {
            block[languagesFrom(block) + (currentLanguage >> 1)] += 1L << ((currentLanguage & 1) * 32);
        }
        if (currentDateNumber > 0) {
            int first = (int) (block[0] >>> 32);
            int last = (int) block[0];
            if (first == 0 || first != currentDateNumber && currentDate.compareTo(dates.get(first - 1)) < 0) {
                first = currentDateNumber;
            }
            if (last == 0 || last != currentDateNumber && currentDate.compareTo(dates.get(last - 1)) > 0) {
                last = currentDateNumber;
            }
            block[0] = ((long) first << 32) | (last & 0xFFFFFFFFL);
        }
        if (currentSlice >= 0) {
            addSliceWindows(index, block, windows);
        }
    }

    private static int languageSlots(long[] block) {
        return (int) (block[1] >>> 40);
    }

    private static int sampleSlots(long[] block) {
        return (int) (block[1] >>> 32) & 0xFF;
    }

    private static int sliceEntries(long[] block) {
        return (int) block[1];
    }

    private static int languagesFrom(long[] block) {
        return HEAD + ((sampleSlots(block) + 1) >> 1);
    }

    /** The first slice entry: after the head, the sample and the language counts. */
    private static int slicesFrom(long[] block) {
        return languagesFrom(block) + ((languageSlots(block) + 1) >> 1);
    }

    /** {@code block} (or a new one) with room for {@code samples} sampled documents and {@code languages} language counts. */
    private static long[] reshaped(long[] block, int samples, int languages) {
        int entries = block == null ? 0 : sliceEntries(block);
        int languagesFrom = HEAD + ((samples + 1) >> 1);
        int slicesFrom = languagesFrom + ((languages + 1) >> 1);
        long[] grown = new long[slicesFrom + Math.max(2, entries)];
        if (block != null) {
            grown[0] = block[0];
            System.arraycopy(block, HEAD, grown, HEAD, (sampleSlots(block) + 1) >> 1);
            System.arraycopy(block, languagesFrom(block), grown, languagesFrom, (languageSlots(block) + 1) >> 1);
            System.arraycopy(block, slicesFrom(block), grown, slicesFrom, entries);
        }
        grown[1] = ((long) languages << 40) | ((long) samples << 32) | entries;
        return grown;
    }

    private void addSliceWindows(int index, long[] block, long windows) {
        int from = slicesFrom(block);
        int n = sliceEntries(block);
        // kept sorted by slice number: a binary search, not a scan, finds the slice, in whatever
        // date order the documents come
        int low = from;
        int high = from + n - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int slice = (int) (block[mid] >>> SLICE_SHIFT);
            if (slice < currentSlice) {
                low = mid + 1;
            } else if (slice > currentSlice) {
                high = mid - 1;
            } else {
                block[mid] += windows;
                return;
            }
        }
        if (from + n == block.length) {
            block = blocks[index] = Arrays.copyOf(block, from + 2 * n);
        }
        System.arraycopy(block, low, block, low + 1, from + n - low);
        block[low] = ((long) currentSlice << SLICE_SHIFT) | (windows & WINDOWS_MASK);
        block[1] = (block[1] & 0xFFFFFFFF00000000L) | (n + 1);
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
        long[] block = blocks[index];
        int sampleSize = Math.min(SAMPLE, documents);
        int sampleLongs = CooccurrenceCounts.Provenance.sampleLongs(sampleSize);
        int slots = languageSlots(block);
        int present = 0;
        for (int l = 0; l < slots; l++) {
            present += languageCount(block, l) > 0 ? 1 : 0;
        }
        int from = slicesFrom(block);
        int n = sliceEntries(block);
        // the sample is copied as it is: slots past the sample size were never written
        long[] data = Arrays.copyOfRange(block, HEAD, HEAD + sampleLongs + present + n);
        int k = sampleLongs;
        for (int l : order.languagesByName) {
            if (l < slots && languageCount(block, l) > 0) {
                data[k++] = CooccurrenceCounts.Provenance.languageEntry(l, languageCount(block, l));
            }
        }
        for (int i = 0; i < n; i++) {
            long entry = block[from + i];
            data[k + i] = ((long) order.sliceRank[(int) (entry >>> SLICE_SHIFT)] << SLICE_SHIFT) | (entry & WINDOWS_MASK);
        }
        Arrays.sort(data, k, k + n);
        for (int i = k; i < k + n; i++) {
            data[i] = CooccurrenceCounts.Provenance.sliceEntry(order.sliceOfRank[(int) (data[i] >>> SLICE_SHIFT)],
                    data[i] & WINDOWS_MASK);
        }
        return new CooccurrenceCounts.Provenance(words, data, sampleSize, present, n, dateOf((int) (block[0] >>> 32)),
                dateOf((int) block[0]));
    }

    private static int languageCount(long[] block, int language) {
        return (int) (block[languagesFrom(block) + (language >> 1)] >>> ((language & 1) * 32));
    }

    /** Frees what pair {@code index} holds; {@link #build} then gives it no provenance. */
    void release(int index) {
        if (index < blocks.length) {
            blocks[index] = null;
        }
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
