package org.comention.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Cuts original (not normalised) text into paragraphs and sentences, as sorted start offsets.
 *
 * <p>Paragraphs: when the text has blank lines, they separate paragraphs (hard-wrapped prose keeps
 * its lines together); otherwise every line is a paragraph, as scraped news usually comes.
 * Sentences: ICU4J's sentence {@link BreakIterator} (Unicode UAX #29, which ends sentences at the
 * Arabic question mark ؟ and full stop ۔ as well as at Latin punctuation; the JDK's does not know
 * ؟), with ICU's English abbreviation suppressions so "Mr. Blinken" stays one sentence; within
 * each paragraph, so a sentence never crosses a paragraph break.
 */
public final class Segmenter {

    /** Start offsets of the paragraphs of {@code text}; the first is always 0. */
    public int[] paragraphStarts(String text) {
        boolean blankLines = hasBlankLine(text);
        IntList starts = new IntList();
        starts.add(0);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int lineBreakStart = i;
                int breaks = 0;
                while (i < n && isLineSpace(text.charAt(i))) {
                    if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        breaks++;
                    }
                    i++;
                }
                if ((breaks >= 2 || !blankLines) && i < n && lineBreakStart > 0) {
                    starts.add(i);
                }
            } else {
                i++;
            }
        }
        return starts.toArray();
    }

    /** Start offsets of the sentences of {@code text}; the first is always 0. */
    public int[] sentenceStarts(String text) {
        int[] paragraphs = paragraphStarts(text);
        IntList starts = new IntList();
        BreakIterator sentences = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ROOT));
        for (int p = 0; p < paragraphs.length; p++) {
            int from = paragraphs[p];
            int to = p + 1 < paragraphs.length ? paragraphs[p + 1] : text.length();
            starts.add(from);
            int lastContent = to - 1;
            while (lastContent > from && Character.isWhitespace(text.charAt(lastContent))) {
                lastContent--;
            }
            sentences.setText(text.substring(from, to));
            for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
                if (from + b <= lastContent) {
                    starts.add(from + b);
                }
            }
        }
        return starts.toArray();
    }

    /** The index of the segment that contains {@code offset}, given sorted segment starts. */
    public static int segmentOf(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whether a line holds nothing but spaces; a lone CR, LF and CRLF each end a line. */
    private static boolean hasBlankLine(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int j = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLineSpace(char c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** A growable int array, to avoid boxing offsets. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
