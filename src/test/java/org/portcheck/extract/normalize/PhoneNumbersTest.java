package org.portcheck.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(217) 555-0134", "217-555-0134", "217.555.0134", "2175550134", "1-217-555-0134",
        "1 (217) 555-0134", "+1 217 555 0134", "+12175550134", "12175550134", "tel:+1-217-555-0134",
        "217 555 0134 ext. 12"})
    void commonFormatsGiveE164(String printed) {
        assertEquals(Optional.of("+12175550134"), PhoneNumbers.toE164(printed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"555-0134", "21755501345", "+44 20 7946 0958", "call 217-555-0134", "", "1-800-FLOWERS"})
    void otherTextIsNoNumber(String text) {
        assertEquals(Optional.empty(), PhoneNumbers.toE164(text));
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "(217) 234-5678, true",
        "217-555-0150, false",
        "217-555-0100, false",
        "217-555-0199, false",
        "217-555-0200, true",
        "217-555-0099, true",
        "411-234-5678, false",
        "911-234-5678, false",
        "217-611-5678, false",
        "117-234-5678, false",
        "017-234-5678, false",
        "217-134-5678, false",
        "+1 212 234 5678, true",
        "1.212.234.5678, true"})
    void nanpValidity(String number, boolean valid) {
        assertEquals(valid, PhoneNumbers.isValid(number), number);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "800-234-5678, TOLL_FREE", "833-234-5678, TOLL_FREE", "844-234-5678, TOLL_FREE", "855-234-5678, TOLL_FREE",
        "866-234-5678, TOLL_FREE", "877-234-5678, TOLL_FREE", "888-234-5678, TOLL_FREE",
        "900-234-5678, PREMIUM", "500-234-5678, NON_GEOGRAPHIC", "533-234-5678, NON_GEOGRAPHIC",
        "600-234-5678, NON_GEOGRAPHIC", "700-234-5678, NON_GEOGRAPHIC", "512-234-5678, GEOGRAPHIC",
        "808-234-5678, GEOGRAPHIC", "217-234-5678, GEOGRAPHIC"})
    void categories(String number, Nanp.Category category) {
        Nanp n = PhoneNumbers.nanp(number).orElseThrow();
        assertEquals(category, n.category());
        assertEquals(category == Nanp.Category.GEOGRAPHIC, n.portable());
    }

    @org.junit.jupiter.api.Test
    void invalidNumbersSayWhy() {
        Nanp n = PhoneNumbers.nanp("217-555-0150").orElseThrow();
        assertFalse(n.valid());
        assertTrue(n.problem().contains("fiction"), n.problem());
        assertEquals("(217) 555-0150", n.display());
        assertTrue(PhoneNumbers.same("(217) 555-0150", "+12175550150"));
    }
}
