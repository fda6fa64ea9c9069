package org.portcheck.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountNumbersAndDatesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {"123-456-7890-0001 | 12345678900001 | true", "8310 0012 3456 | 831000123456 | true",
        "ab.12-34 | AB1234 | true", "123-456 | 123-457 | false", " | | false", "--- | --- | false"})
    void accountNumbers(String a, String b, boolean same) {
        assertEquals(same, AccountNumbers.same(a, b));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "018-483-8085-4 | 018-483-g085-4 | SAME",        // g: an 8 or a 9, unreadable between them
        "018-483-9085-4 | 018-483-g085-4 | SAME",
        "018-483-7085-4 | 018-483-g085-4 | DIFFERENT",   // neither 8 nor 9
        "018-483-8085-5 | 018-483-g085-4 | DIFFERENT",   // the other positions still count
        "1O2-4S6-78B0 | 102-456-7880 | SAME",
        "3851353180 | 385l353l8O | SAME",
        "3851353180 | '385|353180' | SAME",
        "MJ7017387671 | MJ7O17387671 | SAME",
        "MJ7017387671 | 117017387671 | DIFFERENT",      // letters beside letters are letters
        "AB1234 | 481234 | DIFFERENT",
        "101 0702 285728 | 101 07 | PARTIAL",            // cut short by OCR: for review
        "10107 | 101 0702 285728 | PARTIAL",
        "449819662-00001 | 449819662 | DIFFERENT",       // most of it, less a sub-account: a different number
        "101 0702 285728 | 102 07 | DIFFERENT",
        " | 123 | DIFFERENT"})
    void accountNumbersReadByOcr(String a, String b, AccountNumbers.Match match) {
        assertEquals(match, AccountNumbers.compare(a, b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1O2-4S6-78B0 | false | 102-456-7880 | false | DIFFERENT",   // typed letters are letters
        "1O2-4S6-78B0 | true  | 102-456-7880 | false | SAME",        // read by OCR: look-alikes of the typed digits
        "102-456-7880 | false | 1O2-4S6-78B0 | true  | SAME",
        "4532198 | false | 453219B | false | DIFFERENT",
        "101 0702 285728 | false | 101 07 | true | PARTIAL",          // the OCR reading is the short one
        "101 07 | false | 101 0702 285728 | true | DIFFERENT",         // typed short: a different number
        "101 0702 285728 | true | 101 07 | false | DIFFERENT"})
    void ocrSlipsAreAllowedForOnlyOnTheSideOcrRead(String a, boolean aByOcr, String b, boolean bByOcr,
                                                    AccountNumbers.Match match) {
        assertEquals(match, AccountNumbers.compare(a, aByOcr, b, bByOcr));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Bill date November 3, 2026 | 2026-11-03", "due 02/30/2026 or 03/01/2026 | 2026-03-01",
        "1/2/27 | 2027-01-02", "Sept. 9th 2026 | 2026-09-09", "9 Sep, 2026 | 2026-09-09", "2026/11/03 | 2026-11-03"})
    void dates(String text, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), Dates.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Account 20261103", "Nov 2026", "13/45/2026", "Oct 4 - Nov 3"})
    void notDates(String text) {
        assertEquals(Optional.empty(), Dates.parse(text));
    }
}
