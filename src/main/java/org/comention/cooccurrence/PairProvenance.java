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
 * <p>Languages, time slices and dates are numbered once for the run, so a pair keeps its sample
 * (an int array) and one block of longs instead of two TreeMaps: with maps, a 100 MB corpus of
 * 730,000 pairs needed gigabytes. A document's id is kept only when it enters some pair's sample.
 */
final class PairProvenance {
    private static final int SAMPLE = CooccurrenceCounts.Provenance.SAMPLE;
    /** The longs of a block before its language counts: the dates, then the two counts. */
    private static final int HEAD = 2;
    private static final int SLICE_SHIFT = 40;
    private static final long WINDOWS_MASK = (1L << SLICE_SHIFT) - 1;

    private final List<String> sampledIds = new ArrayList<>();
    private final Map<String, Integer> languageNumbers = new HashMap<>();
    private final List<String> languages = new ArrayList<>();
    private final Map<LocalDate, Integer> sliceNumbers = new HashMap<>();
    private final List<LocalDate> slices = new ArrayList<>();

    private int[][] samples = new int[64][];
    /** Dates numbered from 1 as first seen, so a pair keeps two ints, not two references to follow. */
    private final Map<String, Integer> dateNumbers = new HashMap<>();
    private final List<String> dates = new ArrayList<>();
    /**
     * Per pair, one block, so that adding a pair's document touches one array, not one per
     * field (the thread adding documents waits on memory more than it computes):
     * <ol start="0">
     * <li>the numbers of its first and last date (high and low half; 0 for none);
     * <li>its language slots L (high half) and slice entries n (low half);
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
        currentLanguage = document.lang() == null ? -1 : languageNumbers.computeIfAbsent(document.lang(), lang -> {
            languages.add(lang);
            return languages.size() - 1;
        });
        currentSlice = slice == null ? -1 : sliceNumbers.computeIfAbsent(slice, s -> {
            slices.add(s);
            return slices.size() - 1;
        });
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
        if (documentsBefore < SAMPLE) {
            int[] sample = samples[index];
            if (sample == null || sample.length == documentsBefore) {
                sample = samples[index] = Arrays.copyOf(sample == null ? new int[0] : sample,
                        Math.min(SAMPLE, Math.max(2, documentsBefore * 2)));
            }
            sample[documentsBefore] = currentRef();
        }
        long[] block = blocks[index];
        if (block == null || currentLanguage >= languageSlots(block)) {
            block = blocks[index] = widened(block, languages.size());
        }
        if (currentLanguage >= 0) {
            block[HEAD + (currentLanguage >> 1)] += 1L << ((currentLanguage & 1) * 32);
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
        return (int) (block[1] >>> 32);
    }

    private static int sliceEntries(long[] block) {
        return (int) block[1];
    }

    /** The first slice entry: after the head and the language counts. */
    private static int slicesFrom(long[] block) {
        return HEAD + ((languageSlots(block) + 1) >> 1);
    }

    /** {@code block} (or a new one) with room for {@code slots} language counts, its slices moved up behind them. */
    private static long[] widened(long[] block, int slots) {
        int entries = block == null ? 0 : sliceEntries(block);
        int from = HEAD + ((slots + 1) >> 1);
        long[] grown = new long[from + Math.max(2, entries)];
        if (block != null) {
            int oldFrom = slicesFrom(block);
            System.arraycopy(block, 0, grown, 0, oldFrom);
            System.arraycopy(block, oldFrom, grown, from, entries);
        }
        grown[1] = ((long) slots << 32) | entries;
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
            sampledIds.add(currentId);
            currentRef = sampledIds.size() - 1;
        }
        return currentRef;
    }

    private void ensureCapacity(int pairs) {
        if (pairs > samples.length) {
            int grown = Math.max(pairs, samples.length * 2);
            samples = Arrays.copyOf(samples, grown);
            blocks = Arrays.copyOf(blocks, grown);
        }
    }

    /** Orders for the outputs: languages by name, slices by date; computed once per {@link #build} batch. */
    Sorter sorter() {
        return new Sorter();
    }

    /** The provenance of pair {@code index} supported by {@code documents} documents. */
    CooccurrenceCounts.Provenance build(int index, int documents, Sorter order) {
        // every pair added with provenance has its first document in its sample
        if (index >= samples.length || samples[index] == null) {
            return CooccurrenceCounts.Provenance.NONE;
        }
        int[] refs = samples[index];
        String[] sample = new String[Math.min(SAMPLE, documents)];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = sampledIds.get(refs[i]);
        }
        long[] block = blocks[index];
        int slots = languageSlots(block);
        int present = 0;
        for (int l = 0; l < slots; l++) {
            present += languageCount(block, l) > 0 ? 1 : 0;
        }
        String[] langs = new String[present];
        int[] langCounts = new int[present];
        int k = 0;
        for (int l : order.languagesByName) {
            if (l < slots && languageCount(block, l) > 0) {
                langs[k] = languages.get(l);
                langCounts[k++] = languageCount(block, l);
            }
        }
        int from = slicesFrom(block);
        int n = sliceEntries(block);
        long[] byRank = new long[n];
        for (int i = 0; i < n; i++) {
            long entry = block[from + i];
            byRank[i] = ((long) order.sliceRank[(int) (entry >>> SLICE_SHIFT)] << SLICE_SHIFT) | (entry & WINDOWS_MASK);
        }
        Arrays.sort(byRank);
        LocalDate[] sliceDates = new LocalDate[n];
        long[] windows = new long[n];
        for (int i = 0; i < n; i++) {
            sliceDates[i] = order.slicesByRank[(int) (byRank[i] >>> SLICE_SHIFT)];
            windows[i] = byRank[i] & WINDOWS_MASK;
        }
        return new CooccurrenceCounts.Provenance(sample, langs, langCounts, dateOf((int) (block[0] >>> 32)),
                dateOf((int) block[0]), sliceDates, windows);
    }

    private static int languageCount(long[] block, int language) {
        return (int) (block[HEAD + (language >> 1)] >>> ((language & 1) * 32));
    }

    /** Frees what pair {@code index} holds; {@link #build} then gives it no provenance. */
    void release(int index) {
        if (index < samples.length) {
            samples[index] = null;
            blocks[index] = null;
        }
    }

    /** Languages in name order, and each slice's rank in date order. */
    final class Sorter {
        private final int[] languagesByName;
        private final int[] sliceRank;
        private final LocalDate[] slicesByRank;

        private Sorter() {
            languagesByName = java.util.stream.IntStream.range(0, languages.size()).boxed()
                    .sorted(java.util.Comparator.comparing(languages::get)).mapToInt(Integer::intValue).toArray();
            slicesByRank = slices.stream().sorted().toArray(LocalDate[]::new);
            sliceRank = new int[slices.size()];
            for (int s = 0; s < slices.size(); s++) {
                sliceRank[s] = Arrays.binarySearch(slicesByRank, slices.get(s));
            }
        }
    }
}
