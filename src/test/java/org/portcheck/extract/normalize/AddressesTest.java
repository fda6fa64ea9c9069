package org.portcheck.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcheck.extract.Address;

class AddressesTest {

    @Test
    void parsesTheSpecExample() {
        Address a = Addresses.parse("123 N Main Street Apt 4, Springfield, IL 62704-1234");
        assertEquals(new Address("123 N Main Street", "Apt 4", "Springfield", "IL", "62704"), a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "123 Main St, Springfield, IL 62704 | 123 Main St | | Springfield | IL | 62704",
        "123 Main St Springfield IL 62704 | 123 Main St | | Springfield | IL | 62704",
        "88 West 3rd Street, Unit 5B, Brooklyn, NY 11201 | 88 West 3rd Street | Unit 5B | Brooklyn | NY | 11201",
        "1600 Blake St Ste 200, Denver, Colorado 80202 | 1600 Blake St | Ste 200 | Denver | CO | 80202",
        "PO Box 77, Denver, CO 80202 | PO Box 77 | | Denver | CO | 80202",
        "9 Elm Ct #3, Erie, PA 16501 | 9 Elm Ct | #3 | Erie | PA | 16501",
        "742 Evergreen Terrace, Lexington, KY | 742 Evergreen Terrace | | Lexington | KY | ",
        "55 Palm Dr, Phoenix, AZ 85001 | 55 Palm Dr | | Phoenix | AZ | 85001",
        "10 Lot Rd, Salem, OR 97301 | 10 Lot Rd | | Salem | OR | 97301"})
    void parsesOneLine(String text, String line1, String line2, String city, String state, String zip) {
        assertEquals(new Address(line1, line2, city, state, zip), Addresses.parse(text));
    }

    @Test
    void parsesLines() {
        assertEquals(new Address("742 Evergreen Terrace", null, "Lexington", "KY", "40502"),
                Addresses.parse(List.of("742 Evergreen Terrace", "Lexington, KY 40502")));
        assertEquals(new Address("123 Main St", "Apt 4", "Springfield", "IL", "62704"),
                Addresses.parse("123 Main St\nApt 4\nSpringfield IL 62704"));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "123 N Main Street Apt 4, Springfield, IL 62704-1234 | 123 North Main St #4, Springfield, IL 62704 | true",
        "123 N Main Street Apt 4, Springfield, IL 62704 | 123 N. MAIN ST., SPRINGFIELD IL 62704 | true",
        "123 N Main St Unit 4, Springfield, IL 62704 | 123 N Main St Suite 4, Springfield, Illinois 62704 | true",
        "100 Fifth Avenue, New York, NY 10011 | 100 5th Ave, New York, NY 10011 | true",
        "500 Northeast Oak Blvd, Portland, OR 97232 | 500 NE Oak Boulevard, Portland, OR 97232 | true",
        "12 Saint Marks Pl, Saint Louis, MO 63101 | 12 St Marks Place, St. Louis, MO 63101 | true",
        "123 N Main St Apt 4, Springfield, IL 62704 | 123 N Main St Apt 5, Springfield, IL 62704 | false",
        "123 N Main St, Springfield, IL 62704 | 125 N Main St, Springfield, IL 62704 | false",
        "123 N Main St, Springfield, IL 62704 | 123 S Main St, Springfield, IL 62704 | false",
        "123 Main St, Springfield, IL 62704 | 123 Main Ave, Springfield, IL 62704 | false",
        "123 Main St, Springfield, IL 62704 | 123 Main St, Springfield, IL 62711 | false",
        "123 Main St, Springfield, IL 62704 | 123 Main St, Springfield, MO 62704 | false",
        "100 N Charles St Suite 1400, Baltimore, MD 21201 | 100 Charles St Suite 1400, Baltimore, MD 21201 | true",
        "3003 S Lamar Blvd Apt 215, Austin, TX 78704 | 3003 S Lamar, Austin, TX 78704-4788 | true",
        "2208 Chatham Rd, Springfield, IL 62704 | 2208 Chatham Ra, Springfield, IL 62704 | true",
        "2600 Broadway Bldg B, Nashville, TN 37203 | 2600 Broadway Bidg B, Nashville, TN 37203 | true",
        "55 Sutter St #912, San Francisco, CA 94104 | 55 Sutter St #912, San Francisco rea, CA 94104 | true",
        "55 Sutter St #912, San Francisco, CA 94104 | 55 Sutter St #912, South San Francisco, CA 94104 | false",
        "2208 Chatham Rd, Springfield, IL 62704 | 2208 Chesham Rd, Springfield, IL 62704 | false",
        "830 E 900 S, Salt Lake City, UT 84105 | 830 E 900, Salt Lake City, UT 84105 | true",
        "830 E 900 S, Salt Lake City, UT 84105 | 830 W 900 S, Salt Lake City, UT 84105 | false"})
    void sameAddress(String a, String b, boolean same) {
        assertEquals(same, Addresses.sameAddress(Addresses.parse(a), Addresses.parse(b)));
        assertEquals(same, Addresses.sameAddress(Addresses.parse(b), Addresses.parse(a)));
    }

    @Test
    void aUnitOnOneSideOnlyIsIgnoredAlsoWhenWrittenIntoTheStreet() {
        Address loa = new Address("123 N Main St Apt 4", null, "Springfield", "IL", "62704");
        Address bill = new Address("123 North Main Street", null, "Springfield", "IL", "62704-1234");
        assertTrue(Addresses.sameAddress(loa, bill));
        assertFalse(Addresses.sameAddress(loa, new Address("123 N Main St", "Apt 5", null, "IL", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"PO Box 77 | true", "P.O. Box 77 | true", "p o box 77 | true",
        "Post Office Box 12 | true", "POB 12 | true", "Box 12 | true", "123 Boxwood Ln | false",
        "12 Post Office Rd | false", "1 Pobox Way | true"})
    void poBoxes(String line, boolean box) {
        assertEquals(box, Addresses.isPoBox(new Address(line, null, "Denver", "CO", "80202")));
    }

    @Test
    void stateCodesAndZips() {
        assertEquals(Optional.of("WV"), Addresses.stateCode("West Virginia"));
        assertEquals(Optional.of("DC"), Addresses.stateCode("D.C."));
        assertEquals(Optional.of("PR"), Addresses.stateCode("pr"));
        assertEquals(Optional.empty(), Addresses.stateCode("Ontario"));
        assertEquals(Optional.of("62704"), Addresses.zip5("62704-1234"));
        assertEquals(Optional.empty(), Addresses.zip5("6270"));
    }

    @Test
    void anOcrSlipInTheStreetSuffixStillMatches() {
        Address bill = Addresses.parse("2208 Chatham Ra, Springfield, IL 62704");
        Address loa = Addresses.parse("2208 Chatham Rd, Springfield, IL 62704");
        assertTrue(Addresses.sameAddress(bill, loa));
        assertTrue(Addresses.sameAddress(loa, bill));
    }

    @Test
    void aDifferentRealSuffixOrANumberSlipIsADifferentStreet() {
        Address loa = Addresses.parse("2208 Chatham St, Springfield, IL 62704");
        assertFalse(Addresses.sameAddress(Addresses.parse("2208 Chatham Sq, Springfield, IL 62704"), loa));
        assertFalse(Addresses.sameAddress(Addresses.parse("2209 Chatham Sa, Springfield, IL 62704"), loa));
        assertFalse(Addresses.sameAddress(Addresses.parse("2208 Chatham Rd, Springfield, IL 62704"), loa));
    }

    @Test
    void readsAStateThroughCommonOcrSlips() {
        Address typed = new Address("412 Main St", null, "Cedar Falls", "IA", "50613");
        assertTrue(Addresses.sameAddress(typed, new Address("412 Main St", null, "Cedar Falls", "|A", "50613")));
        assertTrue(Addresses.sameAddress(typed, new Address("412 Main St", null, "Cedar Falls", null, "50613")));
        assertFalse(Addresses.sameAddress(typed, new Address("412 Main St", null, "Cedar Falls", "IL", "50613")));
    }

    @Test
    void parsesAStateCodeWhoseIWasReadAsABar() {
        assertEquals(new Address("88 Orchard Rd", null, "Ames", "IA", "50010"),
                Addresses.parse(List.of("88 Orchard Rd", "Ames, |A 50010")));
        assertEquals(new Address("5 Lake St", null, "Peoria", "IL", "61602"),
                Addresses.parse("5 Lake St, Peoria, !L 61602"));
    }
}
