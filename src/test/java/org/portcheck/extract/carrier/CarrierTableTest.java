package org.portcheck.extract.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcheck.document.Box;
import org.portcheck.document.Word;

class CarrierTableTest {

    private final CarrierTable table = new CarrierTable(Path.of("rules", CarrierTable.FILE));

    @Test
    void shipsTheSpecsDefaultTable() {
        assertEquals(List.of("Verizon", "Verizon Wireless", "AT&T", "AT&T Wireless", "T-Mobile", "Sprint",
                "Boost Mobile", "Comcast", "Spectrum", "CenturyLink", "Frontier", "Windstream", "MagicJack", "Cox",
                "Google Voice"), table.all().stream().map(Carrier::name).toList());
        Carrier sprint = table.match("Sprint").orElseThrow();
        assertTrue(sprint.requiresPin() && sprint.requiresSsnLast4());
        Carrier vw = table.match("Verizon Wireless").orElseThrow();
        assertTrue(vw.requiresPin() && !vw.requiresSsnLast4());
        Carrier verizon = table.match("Verizon").orElseThrow();
        assertFalse(verizon.requiresPin() || verizon.requiresSsnLast4());
        assertEquals(List.of("Google Voice"), table.all().stream().filter(c -> c.name().startsWith("Google"))
                .map(Carrier::name).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"verizon fios | Verizon", "VERIZON COMMUNICATIONS | Verizon",
        "Verizon Wireless | Verizon Wireless", "at&t u-verse | AT&T", "AT & T Mobility | AT&T Wireless",
        "AT8T | AT&T", "metro by t-mobile | T-Mobile", "T Mobile | T-Mobile", "boost | Boost Mobile",
        "Xfinity Voice | Comcast", "charter spectrum | Spectrum", "Lumen | CenturyLink",
        "Kinetic by Windstream | Windstream", "MAGICJACK | MagicJack", "ymax | MagicJack",
        "Cox Communications | Cox", "google voice | Google Voice", "Comcast Cable | Comcast",
        "Frontier Communications Corp. | Frontier"})
    void matchesNamesAndAliases(String text, String carrier) {
        assertEquals(Optional.of(carrier), table.match(text).map(Carrier::name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ooma", "Vonage", "", "AT"})
    void unknownCarriersMatchNothing(String text) {
        assertEquals(Optional.empty(), table.match(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Verizon Wireless Thank you for choosing Verizon | Verizon Wireless",
        "verizon Your Fios bill from Verizon | Verizon",
        "AT&T Mobility Wireless statement | AT&T Wireless",
        "AT8T Your monthly statement | AT&T",
        "Kinetic by Windstream | Windstream",
        "xfinity Comcast Business visit xfinity.com | Comcast",
        "Spectrum boost your speed today | Spectrum"})
    void findsBrandingInWords(String text, String carrier) {
        assertEquals(carrier, table.findIn(text).orElseThrow().carrier().name());
    }

    @Test
    void aBrandingMatchSaysWhereItIs() {
        List<Word> words = List.of(new Word("Your", new Box(10, 10, 30, 10), 1),
                new Word("AT", new Box(50, 10, 14, 10), 0.9), new Word("&", new Box(66, 10, 6, 10), 0.8),
                new Word("T", new Box(74, 10, 8, 10), 0.9), new Word("bill", new Box(90, 10, 20, 10), 1));
        CarrierMatch m = table.findIn(words, 2).orElseThrow();
        assertEquals("AT&T", m.carrier().name());
        assertEquals("AT & T", m.matched());
        assertEquals(2, m.page());
        assertEquals(new Box(50, 10, 32, 10), m.box());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Verizon~Verizon~yes | 2 | expected 4 TAB-separated columns",
        "Verizon~Verizon~maybe~no | 2 | requires PIN must be yes or no",
        "~Verizon~no~no | 2 | name is empty",
        "Acme~Verizon~no~no | 3 | already belongs to carrier Verizon"})
    void aBadRowNamesFileAndLine(String badRow, int line, String problem) {
        String text = "# carriers\n" + (line == 3 ? "Verizon\tVerizon\tno\tno\n" : "") + badRow.replace('~', '\t') + "\n";
        RulesTableException e = assertThrows(RulesTableException.class,
                () -> new CarrierTable(new StringReader(text), "rules/carriers.tsv"));
        assertTrue(e.getMessage().startsWith("rules/carriers.tsv:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void loadsThroughTheRulesDirectoryOrTheClasspath() {
        assertEquals(15, new CarrierTable("rules").all().size());
        // A rules directory that does not exist: the copy packed on the classpath.
        assertEquals(15, new CarrierTable("no-such-rules-dir").all().size());
    }
}
