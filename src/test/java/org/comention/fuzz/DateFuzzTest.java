package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.comention.cooccurrence.TimeSlice;
import org.comention.corpus.NewsDates;

/**
 * Fuzz test for the one date parser (issue 17, section 8): whatever the string, {@link
 * TimeSlice#parseDate} gives a day from {@link TimeSlice#EARLIEST} to {@link TimeSlice#LATEST} or
 * no date, never an exception; every slice of that day can be named; and the date recorded for a
 * document is short and reads back as the same day. Seeds are raw bytes: the last byte even
 * (Jazzer takes numbers from the end) for the rest as the string, odd for a date-shaped string
 * built from them; they are in
 * {@code src/test/resources/org/comention/fuzz/DateFuzzTestInputs/parseDate}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DateFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parseDate(FuzzedDataProvider data) {
        // half the inputs are shaped like dates, since coverage cannot guide the fuzzer inside java.time
        String value = data.consumeBoolean() ? dateShaped(data) : data.consumeRemainingAsString();
        LocalDate day = TimeSlice.parseDate(value);
        String recorded = TimeSlice.recordedDate(value);
        if (day == null) {
            assertEquals(null, recorded, "no day, no date recorded");
            return;
        }
        assertFalse(day.isBefore(TimeSlice.EARLIEST) || day.isAfter(TimeSlice.LATEST), day.toString());
        for (TimeSlice slicing : new TimeSlice[] {TimeSlice.DAY, TimeSlice.WEEK, TimeSlice.MONTH, TimeSlice.YEAR}) {
            LocalDate start = slicing.start(day);
            LocalDate end = slicing.end(start);
            assertFalse(day.isBefore(start) || day.isAfter(end), slicing + " of " + day);
        }
        assertTrue(recorded != null && recorded.length() <= TimeSlice.MAX_DATE_CHARS, "recorded: " + recorded);
        assertEquals(day, TimeSlice.parseDate(recorded), "the recorded date is the same day");
    }

    /** The --date-format patterns the newsroom target reads with; null is none. */
    private static final String[] PATTERNS = {null, "dd/MM/yyyy", "MM/dd/yyyy", "d MMMM uuuu", "dd.MM.yy"};

    /**
     * Any string through the newsroom date reader, with or without a --date-format pattern: a day in range or
     * none, never an exception, and the ISO day recorded for it reads back as the same day. Seeds in {@code
     * DateFuzzTestInputs/newsDates} are the string in UTF-8 and one last byte that picks the pattern.
     */
    @FuzzTest(maxDuration = "10m")
    void newsDates(FuzzedDataProvider data) {
        String pattern = PATTERNS[data.consumeInt(0, PATTERNS.length - 1)];
        String value = data.consumeRemainingAsString();
        NewsDates.Reading reading = NewsDates.withPattern(pattern).read(value);
        LocalDate day = reading.day();
        if (day == null) {
            return;
        }
        assertFalse(reading.ambiguous(), "an ambiguous date has no day");
        assertFalse(day.isBefore(NewsDates.EARLIEST) || day.isAfter(NewsDates.LATEST), day.toString());
        assertEquals(day, NewsDates.standard().parse(day.toString()), "the recorded ISO day reads back");
    }

    /** A year of any size and sign, month, day, time and offset, each maybe out of range, then anything. */
    private static String dateShaped(FuzzedDataProvider data) {
        long year = data.consumeBoolean() ? data.consumeLong() : data.consumeLong(-2, 10_001);
        String date = (year > 9999 ? "+" : "") + (year < 0 ? "-" : "")
                + String.format(java.util.Locale.ROOT, "%04d", Math.abs(year == Long.MIN_VALUE ? 0 : year))
                + "-" + String.format(java.util.Locale.ROOT, "%02d", data.consumeInt(0, 13))
                + "-" + String.format(java.util.Locale.ROOT, "%02d", data.consumeInt(0, 32));
        if (data.consumeBoolean()) {
            date += (data.consumeBoolean() ? "T" : " ") + String.format(java.util.Locale.ROOT, "%02d:%02d:%02d",
                    data.consumeInt(0, 25), data.consumeInt(0, 60), data.consumeInt(0, 61));
            date += switch (data.consumeInt(0, 3)) {
                case 0 -> "Z";
                case 1 -> String.format(java.util.Locale.ROOT, "%+03d:%02d", data.consumeInt(-19, 19), data.consumeInt(0, 60));
                case 2 -> "";
                default -> data.consumeString(8);
            };
        }
        return date + data.consumeRemainingAsString();
    }
}
