package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.portcheck.document.Source;
import org.portcheck.extract.Address;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Block;
import org.portcheck.extract.Field;
import org.portcheck.extract.FieldState;
import org.portcheck.extract.Line;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.Order;
import org.portcheck.extract.SignatureState;
import org.portcheck.extract.carrier.CarrierTable;
import org.portcheck.extract.carrier.CoverageTable;
import org.portcheck.extract.carrier.Zip3Table;
import org.portcheck.extract.loa.LoaProfiles;

/** From what was read to facts, and through the rules: LOA else order, carrier precedence, normalised comparisons. */
class FactAssemblerTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-15");

    private static FactAssembler assembler() throws Exception {
        return new FactAssembler(new LoaProfiles(Files.readString(Path.of("rules/loa-profiles.txt"))),
                new CarrierTable(Path.of("rules/carriers.tsv")), new Zip3Table(Path.of("rules/zip3-states.tsv")),
                new CoverageTable(Path.of("rules/coverage.tsv")));
    }

    private static Order order(String carrier, String zip, String state, String pin) {
        return new Order(List.of("(650) 318-2046"), "650-318-2046", "Jane Q. Public", null, Order.AccountType.RESIDENTIAL,
                null, new Address("123 Main St", null, "Springfield", state, zip), carrier, "1003146451", pin, null,
                Order.InternetConnection.CABLE);
    }

    private static Set<Integer> codes(List<Object> facts) {
        Set<Integer> codes = new TreeSet<>();
        TestFacts.rules().evaluate(facts).forEach(f -> codes.add(f.code()));
        return codes;
    }

    @Test
    void shouldJudgeAZipWithStrayPunctuation() throws Exception {
        List<Object> facts = assembler().assemble(null, null, order("Comcast", "62704.", "IL", null), AS_OF);
        assertEquals(Set.of(170), codes(facts), "a ZIP read as 62704. belongs to IL");
    }

    @Test
    void shouldFlagAZipOfAnotherState() throws Exception {
        List<Object> facts = assembler().assemble(null, null, order("Comcast", "10001", "Illinois", null), AS_OF);
        assertEquals(Set.of(20, 170), codes(facts));
    }

    @Test
    void shouldTakeTheCarrierByAliasAndAskForItsPin() throws Exception {
        assertEquals(Set.of(40, 170), codes(assembler().assemble(null, null, order("Metro by T-Mobile", "62704", "IL", null), AS_OF)));
        assertEquals(Set.of(170), codes(assembler().assemble(null, null, order("Metro by T-Mobile", "62704", "IL", "4821"), AS_OF)));
    }

    @Test
    void shouldPreferTheLoaOverTheOrderPerField() throws Exception {
        Map<String, Field> fields = Map.of(
                "currentProvider", new Field("currentProvider", "Sprint", FieldState.PRESENT, 1, 1, null),
                "pin", new Field("pin", "4821", FieldState.PRESENT, 1, 1, null));
        LoaFacts loa = new LoaFacts("portcheck-loa-v1", 2, Source.TEXT_LAYER, fields, List.of(),
                List.of(new Block("signature1", Block.Kind.SIGNATURE, SignatureState.HAND_SIGNED, 2, null)));
        List<Object> facts = assembler().assemble(loa, null, order("Comcast", "62704", "IL", null), AS_OF);
        // Sprint (from the LOA) needs a PIN, given on the LOA, and SSN digits, given nowhere; the bill is missing.
        assertTrue(codes(facts).containsAll(Set.of(50, 140)), codes(facts).toString());
        assertTrue(!codes(facts).contains(40), codes(facts).toString());
    }

    /** A legible photographed bill that shows only an account number as OCR read it. */
    private static BillFacts billWithAccount(String accountNumber) {
        Field blank = Field.blank("x", 0, null);
        return new BillFacts(1, Source.OCR, true, null, 0.9, blank, blank,
                new Field("accountNumber", accountNumber, FieldState.PRESENT, 0.62, 1, null), blank, blank, null,
                blank, null, List.of(new Line("+16503182046", "(650) 318-2046", 1, null)), List.of());
    }

    private static List<Comparison> accountComparisons(List<Object> facts) {
        return facts.stream().filter(f -> f instanceof Comparison c && c.subject().equals("accountNumber"))
                .map(Comparison.class::cast).toList();
    }

    @Test
    void shouldReadALoneLookalikeLetterInAnAccountNumberAsTheDigitsItMayBe() throws Exception {
        // the order's account number is 1003146451; OCR gave O for its 0s and S for its 5
        List<Object> facts = assembler().assemble(null, billWithAccount("1OO31464S1"),
                order("Comcast", "62704", "IL", null), AS_OF);
        assertEquals(List.of(true), accountComparisons(facts).stream().map(Comparison::same).toList());
        assertTrue(!codes(facts).contains(30), codes(facts).toString());
    }

    @Test
    void shouldStillFlagAnAccountNumberThatDiffersBesideAnUnreadablePosition() throws Exception {
        List<Object> facts = assembler().assemble(null, billWithAccount("1003146g52"),
                order("Comcast", "62704", "IL", null), AS_OF);
        assertEquals(List.of(false), accountComparisons(facts).stream().map(Comparison::same).toList());
        assertTrue(codes(facts).contains(30), codes(facts).toString());
    }

    @Test
    void shouldSendAnAccountNumberReadOnlyInPartToReviewNotTo30() throws Exception {
        List<Object> facts = assembler().assemble(null, billWithAccount("100 3"),
                order("Comcast", "62704", "IL", null), AS_OF);
        assertEquals(List.of(), accountComparisons(facts));
        assertTrue(!codes(facts).contains(30), codes(facts).toString());
        List<ReviewNote> notes = facts.stream().filter(ReviewNote.class::isInstance).map(ReviewNote.class::cast).toList();
        assertEquals(1, notes.size());
        assertEquals("accountNumber", notes.get(0).evidence().field());
        assertEquals("bill", notes.get(0).evidence().document(), "the shorter reading is the one to look at");
    }
}
