package org.comention.cooccurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.comention.corpus.NewsDates;

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

    /** The first day a document may have: see {@link NewsDates#EARLIEST}. */
    public static final LocalDate EARLIEST = NewsDates.EARLIEST;
    /** The last day a document may have: see {@link NewsDates#LATEST}. */
    public static final LocalDate LATEST = NewsDates.LATEST;
    /** The longest date recorded for a document: an ISO 8601 day is ten characters. */
    public static final int MAX_DATE_CHARS = 10;

    /**
     * The day of a document date in any form {@link NewsDates#standard()} reads; null when it
     * reads none, or a day outside {@link #EARLIEST} to {@link #LATEST}. Never throws.
     */
    public static LocalDate parseDate(String value) {
        return NewsDates.standard().parse(value);
    }

    /**
     * The date to record for a document dated {@code value}: its day in ISO 8601 ({@code 2024-07-02}), so dates
     * compare as text and no string that was not read is ever written as a date; null when {@link #parseDate}
     * reads no date in it.
     */
    public static String recordedDate(String value) {
        LocalDate day = parseDate(value);
        return day == null ? null : day.toString();
    }
}
