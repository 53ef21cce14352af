package org.comention.cooccurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The periods a dynamic graph is cut into: a document's date falls in one slice, named by its
 * first day. Weeks start on Monday (ISO 8601).
 */
public enum TimeSlice {
    DAY, WEEK, MONTH, YEAR,
    /** No slices: a static graph even of dated documents, and no windows per slice to count for every pair. */
    NONE;

    public static TimeSlice byName(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("time slice must be day, week, month, year or none, not '" + name + "'");
        }
    }

    /** The first day of the slice holding {@code date}; null for {@link #NONE}. */
    public LocalDate start(LocalDate date) {
        switch (this) {
            case NONE:
                return null;
            case DAY:
                return date;
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            case YEAR:
                return date.withDayOfYear(1);
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The last day of the slice that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        switch (this) {
            case DAY:
                return start;
            case WEEK:
                return start.plusDays(6);
            case MONTH:
                return start.plusMonths(1).minusDays(1);
            case YEAR:
                return start.plusYears(1).minusDays(1);
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * The day of a document date written as an ISO 8601 date ({@code 2024-06-12}) or date-time
     * ({@code 2024-06-12T09:30:00Z}, {@code 2024-06-12 09:30}); null when it is neither.
     */
    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a date-time with an offset: try the date at its head
        }
        if (s.length() >= 10) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
