package org.comention.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as newsrooms write them: one row per form, the day expected. */
class NewsDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // ISO 8601, with or without time and zone: the day as written
        "2024-07-02|2024-07-02",
        "2024-07-02T10:00:00Z|2024-07-02",
        "2024-07-02T23:30:00-05:00|2024-07-02",
        "2024-07-02 09:30|2024-07-02",
        "2024-07-02T09:30:00.123+03:00[Asia/Baghdad]|2024-07-02",
        // RFC 822/1123
        "Tue, 02 Jul 2024 10:00:00 GMT|2024-07-02",
        "Tue, 2 Jul 2024 10:00:00 +0300|2024-07-02",
        "02 Jul 2024 10:00:00 GMT|2024-07-02",
        // day, month name, year
        "2 July 2024|2024-07-02",
        "July 2, 2024|2024-07-02",
        "Tuesday, July 2, 2024 10:45 AM EDT|2024-07-02",
        "2 juillet 2024|2024-07-02",
        "1er février 2024|2024-02-01",
        "2 Temmuz 2024|2024-07-02",
        "2 Temmuz 2024 Salı|2024-07-02",
        "2 июля 2024 г.|2024-07-02",
        "2 Juli 2024|2024-07-02",
        "2 de julio de 2024|2024-07-02",
        "٢ يوليو ٢٠٢٤|2024-07-02",
        "الثلاثاء 2 يوليو 2024|2024-07-02",
        "2 تموز 2024|2024-07-02",
        "٢ تموز/يوليو ٢٠٢٤|2024-07-02",
        "15 كانون الثاني 2024|2024-01-15",
        "۲ ژوئیه ۲۰۲۴|2024-07-02",
        // Solar Hijri (1403/04/12 is 2 July 2024), with digits of any script and Persian month names
        "1403/04/12|2024-07-02",
        "۱۴۰۳/۰۴/۱۲|2024-07-02",
        "۱۲ تیر ۱۴۰۳|2024-07-02",
        "سه‌شنبه ۱۲ تیر ۱۴۰۳|2024-07-02",
        "12 Tir 1403|2024-07-02",
        "1 فروردین 1403|2024-03-20",
        // Hijri where marked (Umm al-Qura: 26 Dhu al-Hijjah 1445 is 2 July 2024)
        "26 ذو الحجة 1445 هـ|2024-07-02",
        "26 ذو الحجة 1445|2024-07-02",
        "١٤٤٥/١٢/٢٦ هـ|2024-07-02",
        "1 رمضان 1445|2024-03-11",
        // numbers: year first, or an order only one reading allows
        "2024/07/02|2024-07-02",
        "2024.07.02|2024-07-02",
        "13/02/2024|2024-02-13",
        "02/13/2024|2024-02-13",
        "07/07/2024|2024-07-07",
        "13.02.2024|2024-02-13",
    })
    void readsTheForms(String value, String day) {
        assertEquals(LocalDate.parse(day), NewsDates.standard().parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01", "2024-02-30", "30 February 2024", "July 2024", "2 July",
        "32/01/2024", "02/07/24", "12345/01/02", "+999999999-12-31T23:59:59Z", "0000-12-31", "2024-06",
        "1403/12/31", "31 تیر", "1 2 3 4 2024", "2 July 2024 3 4"})
    void readsNoDateInWhatIsNone(String value) {
        assertNull(NewsDates.standard().parse(value));
    }

    @Test
    void anAmbiguousDayMonthOrderIsRefusedUnlessThePatternSaysWhich() {
        NewsDates.Reading reading = NewsDates.standard().read("07/02/2024");
        assertNull(reading.day());
        assertTrue(reading.ambiguous());
        assertEquals(LocalDate.of(2024, 2, 7), NewsDates.withPattern("dd/MM/yyyy").parse("07/02/2024"));
        assertEquals(LocalDate.of(2024, 7, 2), NewsDates.withPattern("MM/dd/yyyy").parse("07/02/2024"));
        assertEquals(LocalDate.of(2024, 2, 7), NewsDates.withPattern("dd/MM/yyyy").parse("٠٧/٠٢/٢٠٢٤"));
        // what the pattern does not read is read as without one
        assertEquals(LocalDate.of(2024, 7, 2), NewsDates.withPattern("dd/MM/yyyy").parse("2 July 2024"));
        // the pattern is strict: no 30 February
        assertNull(NewsDates.withPattern("dd/MM/yyyy").parse("30/02/2024"));
    }

    @Test
    void aPatternThatReadsNoDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NewsDates.withPattern("MM/yyyy"));
        assertThrows(IllegalArgumentException.class, () -> NewsDates.withPattern("HH:mm"));
        assertThrows(IllegalArgumentException.class, () -> NewsDates.withPattern("dd/MM/yyyy{"));
        assertThrows(IllegalArgumentException.class, () -> NewsDates.withPattern("qqqq-bogus"));
    }

    @Test
    void anIsoDateIsIsoWhateverItsYearButTheSameNumbersWithSlashesOrPersianDigitsAreSolarHijri() {
        assertEquals(LocalDate.of(1403, 4, 12), NewsDates.standard().parse("1403-04-12"));
        assertEquals(LocalDate.of(2024, 7, 2), NewsDates.standard().parse("1403/04/12"));
        assertEquals(LocalDate.of(2024, 7, 2), NewsDates.standard().parse("۱۴۰۳-۰۴-۱۲"));
    }

    @Test
    void aLongStringIsReadOnlyAsAnIsoDateAtItsHead() {
        assertEquals(LocalDate.of(2024, 6, 12), NewsDates.standard().parse("2024-06-12" + "x".repeat(200_000)));
        assertNull(NewsDates.standard().parse("2 July 2024" + " ".repeat(100) + "x"));
        assertNull(NewsDates.standard().parse("1".repeat(100_000)));
    }
}
