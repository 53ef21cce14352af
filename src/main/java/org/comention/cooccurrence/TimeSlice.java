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
     * The first day a document may have: years of four digits, as GEXF's and XML Schema's
     * dates, spreadsheets and Gephi's timeline read them. A date outside, such as
     * {@code +999999999-12-31}, is taken for no date, for a slice of it would overflow.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    /** The last day a document may have: see {@link #EARLIEST}. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /**
     * A date written longer than this is recorded as its day: a date with a long tail after a
     * valid head is still a date, but every edge it supports would carry the tail twice.
     */
    public static final int MAX_DATE_CHARS = 64;

    /**
     * The day of a document date written as an ISO 8601 date ({@code 2024-06-12}) or date-time
     * ({@code 2024-06-12T09:30:00Z}, {@code 2024-06-12 09:30}); null when it is neither, or
     * outside {@link #EARLIEST} to {@link #LATEST}. Never throws, whatever the string.
     */
    public static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        LocalDate day = null;
        try {
            day = OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a date-time with an offset: try the date at its head
            if (s.length() >= 10) {
                try {
                    day = LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
        return day == null || day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
    }

    /**
     * The date to record for a document dated {@code value}: as written when {@link #parseDate}
     * reads it and it is at most {@link #MAX_DATE_CHARS} long, else its day; null when
     * {@link #parseDate} reads no date in it.
     */
    public static String recordedDate(String value) {
        LocalDate day = parseDate(value);
        if (day == null) {
            return null;
        }
        return value.length() <= MAX_DATE_CHARS ? value : day.toString();
    }
}
