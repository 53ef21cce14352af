package org.comention.corpus;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's date as newsrooms write it, into its day:
 * <ul>
 * <li>ISO 8601, with or without a time and zone ({@code 2024-07-02}, {@code 2024-07-02T10:00:00+03:00}): the day as
 * written, in the writer's zone;</li>
 * <li>RFC 822/1123 ({@code Tue, 02 Jul 2024 10:00:00 GMT});</li>
 * <li>a day, a month name and a year in any order ({@code 2 July 2024}, {@code July 2, 2024}, {@code 2 juillet 2024},
 * {@code 2 Temmuz 2024}, {@code 2 июля 2024}, {@code ٢ يوليو ٢٠٢٤}, {@code ۱۲ تیر ۱۴۰۳}); the month names are ICU's
 * ({@link DateFormatSymbols}) for the Gregorian months in the languages of {@link #GREGORIAN_LOCALES}, the Solar Hijri
 * months ({@link PersianCalendar}) and the Hijri months ({@link IslamicCalendar}, Umm al-Qura), wide, abbreviated,
 * format and stand-alone forms; the calendar is the month's;</li>
 * <li>three numbers: year first is year, month, day ({@code 2024/07/02}); year last is day and month in the order
 * {@code --date-format} gives, else the order the numbers allow ({@code 13/02/2024}: a 13th month is none), and no
 * date when both orders are dates ({@code 07/02/2024});</li>
 * <li>digits of any script (٠-٩, ۰-۹); a time and what follows it are left aside; a year of 1300 to 1499 without
 * a marker, or marked {@code ش} (هـ.ش), is Solar Hijri ({@code 1403/04/12}); marked {@code هـ} or {@code ق} (هـ.ق)
 * it is Hijri.</li>
 * </ul>
 * Instances are immutable and thread-safe; {@link #read} never throws, whatever the string.
 */
public final class NewsDates {
    /** The first day a document may have: years of four digits, as GEXF, XML Schema and spreadsheets read them. */
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    /** The last day a document may have: see {@link #EARLIEST}. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /**
     * Longer strings are read only as an ISO date at their head: a date is short, and a long
     * string is no date worth the scans below.
     */
    public static final int MAX_CHARS = 64;

    /** The languages whose Gregorian month names are read: those of the news comention reads, and their neighbours. */
    static final List<String> GREGORIAN_LOCALES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "tr", "ru", "uk",
            "ar", "ar_SY", "ar_MA", "ar_TN", "ar_DZ", "fa@calendar=gregorian", "ur", "ps@calendar=gregorian", "ku", "az");

    /** Where a day falls: which calendar its numbers are in. */
    private enum Era { GREGORIAN, SOLAR_HIJRI, HIJRI }

    private record Month(Era era, int number) {
    }

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    /** Normalised month name to month; names in two months (in some language) are left out. */
    private static final Map<String, Month> MONTHS = months();
    /** The month names, longest first, so that {@code ربيع الأول} is taken before a shorter name inside it. */
    private static final List<String> MONTH_NAMES = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();

    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}.*$");
    private static final Pattern ISO_HEAD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+");

    private final DateTimeFormatter pattern;
    private final String patternText;

    private NewsDates(String patternText) {
        this.patternText = patternText;
        this.pattern = patternText == null ? null : new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(patternText).parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static final NewsDates STANDARD = new NewsDates(null);

    /** Reads the forms above, refusing day/month orders that are ambiguous. */
    public static NewsDates standard() {
        return STANDARD;
    }

    /**
     * As {@link #standard()}, reading first with {@code javaTimePattern} ({@code dd/MM/yyyy}, a {@link
     * DateTimeFormatter} pattern) the string with its digits made ASCII; null is {@link #standard()}.
     *
     * @throws IllegalArgumentException when the pattern is not one, or reads no day, month and year
     */
    public static NewsDates withPattern(String javaTimePattern) {
        if (javaTimePattern == null) {
            return STANDARD;
        }
        NewsDates dates = new NewsDates(javaTimePattern);
        // a pattern that cannot read the day it writes (no year, no day) would refuse every date unsaid
        LocalDate probe = LocalDate.of(2024, 7, 23);
        String written;
        try {
            written = dates.pattern.format(probe);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + javaTimePattern + "' writes more than a day (" + e.getMessage() + ")");
        }
        if (!probe.equals(dates.read(written).day())) {
            throw new IllegalArgumentException("'" + javaTimePattern + "' does not read a day, month and year");
        }
        return dates;
    }

    /** The pattern given, or null. */
    public String pattern() {
        return patternText;
    }

    /** What was read: the day, or none; {@code ambiguous} when the numbers were a date in both day/month orders. */
    public record Reading(LocalDate day, boolean ambiguous) {
        static final Reading NONE = new Reading(null, false);
        static final Reading AMBIGUOUS = new Reading(null, true);
    }

    /** The day of {@code value}, or null: see {@link #read}. */
    public LocalDate parse(String value) {
        return read(value).day();
    }

    /** Reads {@code value}; a day outside {@link #EARLIEST} to {@link #LATEST} is none. Never throws. */
    public Reading read(String value) {
        if (value == null) {
            return Reading.NONE;
        }
        String s = value.strip();
        if (s.length() > MAX_CHARS) {
            return s.length() >= 10 && ISO_HEAD.matcher(s.substring(0, 10)).matches() ? inRange(iso(s.substring(0, 10))) : Reading.NONE;
        }
        try {
            return inRange(readShort(s));
        } catch (RuntimeException e) {
            // java.time and ICU throw on values they cannot hold (a year of 19 digits): no date, as the contract says
            return Reading.NONE;
        }
    }

    private static Reading inRange(Reading r) {
        return r.day() == null || r.day().isBefore(EARLIEST) || r.day().isAfter(LATEST) ? (r.ambiguous() ? r : Reading.NONE) : r;
    }

    private static Reading iso(String s) {
        try {
            return new Reading(LocalDate.parse(s), false);
        } catch (DateTimeParseException e) {
            return Reading.NONE;
        }
    }

    private Reading readShort(String s) {
        try {
            return new Reading(OffsetDateTime.parse(s).toLocalDate(), false);
        } catch (DateTimeParseException e) {
            // not ISO 8601 with an offset
        }
        if (s.startsWith("-") || s.startsWith("+")) {
            // a signed ISO year (-0001, +10000) that java.time did not take: out of range, not a date of three numbers
            return Reading.NONE;
        }
        if (s.length() >= 10 && ISO_HEAD.matcher(s.substring(0, 10)).matches()) {
            // an ISO date, maybe with a time without an offset ("2024-06-12 09:30")
            return iso(s.substring(0, 10));
        }
        try {
            return new Reading(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(), false);
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        String ascii = asciiDigits(s);
        if (pattern != null) {
            try {
                return new Reading(LocalDate.from(pattern.parse(ascii)), false);
            } catch (DateTimeParseException e) {
                // not in the given pattern: the forms below may still read it
            }
        }
        return readWords(normalized(ascii));
    }

    /** A day, month name and year, or three numbers, with a calendar marker maybe. */
    private Reading readWords(String s) {
        String text = TIME.matcher(s).replaceFirst("");
        Month month = null;
        for (String name : MONTH_NAMES) {
            int at = wordAt(text, name);
            if (at >= 0) {
                month = MONTHS.get(name);
                text = text.substring(0, at) + " " + text.substring(at + name.length());
                break;
            }
        }
        List<String> numbers = new ArrayList<>(3);
        Set<String> words = new HashSet<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String t = token.group();
            if (Character.isDigit(t.charAt(0))) {
                if (t.length() > 4 || numbers.size() == 3) {
                    return Reading.NONE;
                }
                numbers.add(t);
            } else {
                words.add(t);
            }
        }
        Era marked = words.contains("ش") || words.contains("هش") ? Era.SOLAR_HIJRI
                : words.contains("ه") || words.contains("ق") || words.contains("هق") ? Era.HIJRI : null;
        if (month != null) {
            return numbers.size() == 2 ? named(month, numbers.get(0), numbers.get(1)) : Reading.NONE;
        }
        return numbers.size() == 3 ? numeric(numbers, marked) : Reading.NONE;
    }

    private static Reading named(Month month, String a, String b) {
        String year = a.length() >= 3 ? a : b;
        String day = a.length() >= 3 ? b : a;
        if (year.length() < 3 || day.length() > 2) {
            return Reading.NONE;
        }
        return day(month.era(), Integer.parseInt(year), month.number(), Integer.parseInt(day));
    }

    private static Reading numeric(List<String> n, Era marked) {
        if (n.get(0).length() == 4 && n.get(1).length() <= 2 && n.get(2).length() <= 2) {
            int year = Integer.parseInt(n.get(0));
            return day(era(year, marked), year, Integer.parseInt(n.get(1)), Integer.parseInt(n.get(2)));
        }
        if (n.get(2).length() != 4 || n.get(0).length() > 2 || n.get(1).length() > 2) {
            return Reading.NONE;
        }
        int year = Integer.parseInt(n.get(2));
        int a = Integer.parseInt(n.get(0));
        int b = Integer.parseInt(n.get(1));
        Era era = era(year, marked);
        Reading dayFirst = day(era, year, b, a);
        Reading monthFirst = day(era, year, a, b);
        if (dayFirst.day() != null && monthFirst.day() != null && a != b) {
            return Reading.AMBIGUOUS;
        }
        return dayFirst.day() != null ? dayFirst : monthFirst;
    }

    private static Era era(int year, Era marked) {
        return marked != null ? marked : year >= 1300 && year <= 1499 ? Era.SOLAR_HIJRI : Era.GREGORIAN;
    }

    private static Reading day(Era era, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Reading.NONE;
        }
        if (era == Era.GREGORIAN) {
            try {
                return new Reading(LocalDate.of(year, month, day), false);
            } catch (java.time.DateTimeException e) {
                return Reading.NONE;
            }
        }
        Calendar calendar;
        if (era == Era.SOLAR_HIJRI) {
            calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        } else {
            IslamicCalendar islamic = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            islamic.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            calendar = islamic;
        }
        calendar.setLenient(false);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        try {
            // the Julian day number names the civil day whatever the calendar; 2440588 is 1970-01-01
            return new Reading(LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - 2_440_588L), false);
        } catch (IllegalArgumentException e) {
            // a non-lenient ICU calendar throws on a day its month does not have
            return Reading.NONE;
        }
    }

    /** Where {@code word} stands in {@code text} as a whole word (not inside a longer one), or -1. */
    private static int wordAt(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetter(text.charAt(end));
            if (before && after) {
                return at;
            }
            from = at + 1;
        }
    }

    /** Every decimal digit, of any script, as its ASCII digit. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int digit = UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(c, 10) : -1;
            if (digit >= 0) {
                b.append((char) ('0' + digit));
            } else {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * The form month names are compared in: compatibility-decomposed without marks (so février and fevrier,
     * أبريل and ابريل meet), case-folded, the Persian yeh and keheh as the Arabic letters, tatweel gone, and a
     * zero-width non-joiner, as in ربیع‌الاول, a space.
     */
    static String normalized(String s) {
        String decomposed = NFKD.normalize(s);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640' || c == '\u200F' || c == '\u200E') {
                continue;
            }
            b.append(switch (c) {
                case '\u06CC', '\u0649' -> '\u064A';
                case '\u06A9' -> '\u0643';
                case '\u200C', '.', ',', '\u060C', '-', '/' -> ' ';
                default -> c;
            });
        }
        return UCharacter.foldCase(b.toString(), true).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Month> months() {
        Map<String, Month> names = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (String locale : GREGORIAN_LOCALES) {
            add(names, clashing, new ULocale(locale), Era.GREGORIAN);
        }
        for (String locale : List.of("fa", "en", "ps", "ar")) {
            add(names, clashing, new ULocale(locale + "@calendar=persian"), Era.SOLAR_HIJRI);
        }
        for (String locale : List.of("ar", "fa", "en", "ur", "tr")) {
            add(names, clashing, new ULocale(locale + "@calendar=islamic-umalqura"), Era.HIJRI);
        }
        clashing.forEach(names::remove);
        return Map.copyOf(names);
    }

    private static void add(Map<String, Month> names, Set<String> clashing, ULocale locale, Era era) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] months = symbols.getMonths(context, width);
                for (int m = 0; m < Math.min(12, months.length); m++) {
                    String name = normalized(months[m]);
                    // a name of one letter, or a number, would be found in any string
                    if (name.codePointCount(0, name.length()) < 2 || !Character.isLetter(name.charAt(0))) {
                        continue;
                    }
                    Month month = new Month(era, m + 1);
                    Month before = names.putIfAbsent(name, month);
                    if (before != null && !before.equals(month)) {
                        clashing.add(name);
                    }
                }
            }
        }
    }
}
