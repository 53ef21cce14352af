package org.comention.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one date parser: a day in the sane range, or no date, never an exception. */
class DocumentDatesTest {

    @ParameterizedTest
    @CsvSource({"2024-06-12, 2024-06-12", "2024-06-12T09:30:00Z, 2024-06-12", "'  2024-06-12 09:30 ', 2024-06-12",
        "2024-06-12T23:30:00-05:00, 2024-06-12", "0001-01-01, 0001-01-01", "9999-12-31T23:59:59Z, 9999-12-31"})
    void readsIsoDatesInRange(String value, String day) {
        assertEquals(LocalDate.parse(day), TimeSlice.parseDate(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
        "0000-12-31", "-0001-01-01", "2024-13-01", "2024-02-30", "yesterday", "", "12/06/2024", "2024-06"})
    void aDateOutOfRangeOrNotADateIsNone(String value) {
        assertNull(TimeSlice.parseDate(value));
    }

    @Test
    void theRecordedDateIsTheIsoDay() {
        assertEquals("2024-06-12", TimeSlice.recordedDate("2024-06-12T09:30:00Z"));
        assertEquals("2024-07-02", TimeSlice.recordedDate("Tue, 02 Jul 2024 10:00:00 GMT"));
        assertEquals("2024-06-12", TimeSlice.recordedDate("2024-06-12" + "x".repeat(200_000)));
        assertNull(TimeSlice.recordedDate("+999999999-12-31T23:59:59Z"));
        assertNull(TimeSlice.recordedDate(null));
    }
}
