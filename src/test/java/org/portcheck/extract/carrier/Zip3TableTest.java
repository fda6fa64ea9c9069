package org.portcheck.extract.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Zip3TableTest {

    private final Zip3Table table = new Zip3Table(Path.of("rules", Zip3Table.FILE));

    @Test
    void coversEveryStateDcAndTheTerritories() {
        Set<String> expected = new TreeSet<>(Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
                "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
                "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
                "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP"));
        assertEquals(59, expected.size());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(table.codes());
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"62704, IL", "62704-1234, IL", "10001, NY", "00501, NY", "00901, PR", "00802, VI", "96910, GU",
        "96799, AS", "96950, MP", "96813, HI", "20500, DC", "20001, DC", "22201, VA", "09012, AE", "34002, AA",
        "96201, AP", "99501, AK", "82001, WY", "73301, TX", "75201, TX", "79901, TX", "88510, TX", "73102, OK",
        "02903, RI", "03301, NH", "05401, VT", "05501, MA", "39530, MS", "39901, GA", "59601, MT", "83702, ID",
        "89501, NV", "97201, OR", "98101, WA", "84101, UT", "87501, NM", "85001, AZ", "80202, CO", "16501, PA",
        "19901, DE", "21201, MD", "25301, WV", "40502, KY", "11201, NY", "90210, CA", "33101, FL", "70112, LA",
        "72201, AR", "68102, NE", "66101, KS", "57101, SD", "58102, ND", "55101, MN", "53202, WI", "50309, IA"})
    void mapsZipsToStates(String zip, String state) {
        assertEquals(Optional.of(state), table.stateOf(zip));
        assertTrue(table.belongsTo(zip, state));
    }

    @Test
    void aZipOutsideItsStateOrUnallocatedBelongsNowhere() {
        assertFalse(table.belongsTo("62704", "MO"));
        assertTrue(table.belongsTo("62704", "Illinois"));
        assertEquals(Optional.empty(), table.stateOf("00100"));
        assertFalse(table.belongsTo("00100", "NY"));
        assertFalse(table.belongsTo("6270", "IL"));
        assertFalse(table.belongsTo("62704", "Ontario"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"350-36900 AL | same length", "369-350 AL | runs backwards",
        "350-369 Alabama | two-letter", "35O AL | expected", "360 GA | already given to AL on line 1"})
    void aBadRowNamesFileAndLine(String row, String problem) {
        RulesTableException e = assertThrows(RulesTableException.class,
                () -> new Zip3Table(new StringReader("350-369 AL\n" + row + "\n"), "rules/zip3-states.tsv"));
        assertTrue(e.getMessage().startsWith("rules/zip3-states.tsv:2: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
