package org.comention.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.comention.cooccurrence.TimeSlice;

/**
 * Fuzz test for the one date parser (issue 17, section 8): whatever the string, {@link
 * TimeSlice#parseDate} gives a day from {@link TimeSlice#EARLIEST} to {@link TimeSlice#LATEST} or
 * no date, never an exception; every slice of that day can be named; and the date recorded for a
 * document is short and reads back as the same day. Seeds (raw bytes, the string is their
 * remainder as Jazzer decodes it) are in
 * {@code src/test/resources/org/comention/fuzz/DateFuzzTestInputs/parseDate}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DateFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parseDate(FuzzedDataProvider data) {
        String value = data.consumeRemainingAsString();
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
}
