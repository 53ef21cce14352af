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
 * <p>Languages and time slices are numbered once for the run, so a pair keeps small int and long
 * arrays instead of two TreeMaps: with maps, a 100 MB corpus of 730,000 pairs needed gigabytes.
 * A document's id is kept only when it enters some pair's sample.
 */
final class PairProvenance {
    private static final int SAMPLE = CooccurrenceCounts.Provenance.SAMPLE;
    private static final int SLICE_SHIFT = 40;
    private static final long WINDOWS_MASK = (1L << SLICE_SHIFT) - 1;

    private final List<String> sampledIds = new ArrayList<>();
    private final Map<String, Integer> languageNumbers = new HashMap<>();
    private final List<String> languages = new ArrayList<>();
    private final Map<LocalDate, Integer> sliceNumbers = new HashMap<>();
    private final List<LocalDate> slices = new ArrayList<>();

    private int[][] samples = new int[64][];
    private int[][] languageDocuments = new int[64][];
    /** Dates numbered from 1 as first seen, so a pair keeps two ints, not two references to follow. */
    private final Map<String, Integer> dateNumbers = new HashMap<>();
    private final List<String> dates = new ArrayList<>();
    /** Per pair, side by side in one array (one cache line): the numbers of its first and last date, 0 for none. */
    private int[] dateRange = new int[128];
    /**
     * Per pair: its entry count, then entries of slice number (high bits) and windows (low bits),
     * by slice number.
     */
    private long[][] sliceWindows = new long[64][];

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
        if (currentLanguage >= 0) {
            int[] counts = languageDocuments[index];
            if (counts == null || counts.length <= currentLanguage) {
                counts = languageDocuments[index] = Arrays.copyOf(counts == null ? new int[0] : counts, languages.size());
            }
            counts[currentLanguage]++;
        }
        if (currentDateNumber > 0) {
            int first = dateRange[2 * index];
            if (first == 0 || first != currentDateNumber && currentDate.compareTo(dates.get(first - 1)) < 0) {
                dateRange[2 * index] = currentDateNumber;
            }
            int last = dateRange[2 * index + 1];
            if (last == 0 || last != currentDateNumber && currentDate.compareTo(dates.get(last - 1)) > 0) {
                dateRange[2 * index + 1] = currentDateNumber;
            }
        }
        if (currentSlice >= 0) {
            addSliceWindows(index, windows);
        }
    }

    private void addSliceWindows(int index, long windows) {
        long[] entries = sliceWindows[index];
        int n = entries == null ? 0 : (int) entries[0];
        // kept sorted by slice number: a binary search, not a scan, finds the slice, in whatever
        // date order the documents come
        int low = 1;
        int high = n;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int slice = (int) (entries[mid] >>> SLICE_SHIFT);
            if (slice < currentSlice) {
                low = mid + 1;
            } else if (slice > currentSlice) {
                high = mid - 1;
            } else {
                entries[mid] += windows;
                return;
            }
        }
        if (entries == null || entries.length == n + 1) {
            entries = sliceWindows[index] = Arrays.copyOf(entries == null ? new long[1] : entries, Math.max(3, 2 * n + 1));
        }
        System.arraycopy(entries, low, entries, low + 1, n + 1 - low);
        entries[low] = ((long) currentSlice << SLICE_SHIFT) | (windows & WINDOWS_MASK);
        entries[0] = n + 1;
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
            languageDocuments = Arrays.copyOf(languageDocuments, grown);
            dateRange = Arrays.copyOf(dateRange, 2 * grown);
            sliceWindows = Arrays.copyOf(sliceWindows, grown);
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
        int[] counts = languageDocuments[index];
        int present = 0;
        for (int l = 0; counts != null && l < counts.length; l++) {
            present += counts[l] > 0 ? 1 : 0;
        }
        String[] langs = new String[present];
        int[] langCounts = new int[present];
        int k = 0;
        for (int l : order.languagesByName) {
            if (counts != null && l < counts.length && counts[l] > 0) {
                langs[k] = languages.get(l);
                langCounts[k++] = counts[l];
            }
        }
        long[] entries = sliceWindows[index];
        int n = entries == null ? 0 : (int) entries[0];
        long[] byRank = new long[n];
        for (int i = 0; i < n; i++) {
            long entry = entries[i + 1];
            byRank[i] = ((long) order.sliceRank[(int) (entry >>> SLICE_SHIFT)] << SLICE_SHIFT) | (entry & WINDOWS_MASK);
        }
        Arrays.sort(byRank);
        LocalDate[] sliceDates = new LocalDate[n];
        long[] windows = new long[n];
        for (int i = 0; i < n; i++) {
            sliceDates[i] = order.slicesByRank[(int) (byRank[i] >>> SLICE_SHIFT)];
            windows[i] = byRank[i] & WINDOWS_MASK;
        }
        return new CooccurrenceCounts.Provenance(sample, langs, langCounts, dateOf(dateRange[2 * index]),
                dateOf(dateRange[2 * index + 1]),
                sliceDates, windows);
    }

    /** Frees what pair {@code index} holds; {@link #build} then gives it no provenance. */
    void release(int index) {
        if (index < samples.length) {
            samples[index] = null;
            languageDocuments[index] = null;
            dateRange[2 * index] = 0;
            dateRange[2 * index + 1] = 0;
            sliceWindows[index] = null;
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
