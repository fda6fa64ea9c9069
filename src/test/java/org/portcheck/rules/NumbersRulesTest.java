package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcheck.rules.TestFacts.HERE;
import static org.portcheck.rules.TestFacts.NUMBER;
import static org.portcheck.rules.TestFacts.aCleanPrecheck;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** numbers.drl: 220, 230, 260. */
class NumbersRulesTest {

    @Test
    void nothingFiresForEligibleNumbers() {
        assertEquals(Set.of(), aCleanPrecheck().codes());
    }

    @Test
    void shouldFlagAnInvalidNumberToPort() {
        TestFacts.Scenario s = aCleanPrecheck().without(PortNumber.class)
                .with(new PortNumber("+15555550150", false, "GEOGRAPHIC", true, HERE))
                .with(new PortNumber(NUMBER, true, "GEOGRAPHIC", true, HERE));
        assertEquals(Set.of(150, 220), s.codes(), "the fictional number is also not on the bill");
    }

    @Test
    void shouldFlagATollFreeNumberToPort() {
        TestFacts.Scenario s = aCleanPrecheck().with(new PortNumber("+18005550123", true, "TOLL_FREE", true, HERE))
                .with(new BillLine("+18005550123", HERE));
        s.bill = new BillCheck(true, null, TestFacts.AS_OF, HERE, true, true, java.util.List.of(NUMBER, "+18005550123"), HERE);
        assertEquals(Set.of(220), s.codes());
    }

    @Test
    void shouldFlagANumberInAnAreaNotServed() {
        TestFacts.Scenario s = aCleanPrecheck().without(PortNumber.class)
                .with(new PortNumber(NUMBER, true, "GEOGRAPHIC", false, HERE));
        assertEquals(Set.of(220), s.codes());
    }

    @Test
    void shouldFlagAnInvalidBtn() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.btn = new Btn("+11115550123", false, false, HERE);
        assertEquals(Set.of(230), s.codes());
    }

    @Test
    void shouldFlagABtnThatIsNotOnTheBill() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.btn = new Btn("+16503189999", true, false, HERE);
        assertEquals(Set.of(230), s.codes());
    }

    @Test
    void shouldNotCheckTheBtnAgainstAnIllegibleBill() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.btn = new Btn("+16503189999", true, false, HERE);
        s.bill = TestFacts.anIllegibleBill();
        assertEquals(Set.of(160), s.codes());
    }

    @Test
    void shouldFlagABillLineThatIsNotToBePorted() {
        TestFacts.Scenario s = aCleanPrecheck().with(new BillLine("+16503182047", HERE));
        assertEquals(Set.of(260), s.codes());
    }

    @Test
    void shouldNotFlagExtraLinesWhenNoNumbersAreKnown() {
        TestFacts.Scenario s = aCleanPrecheck().without(PortNumber.class).with(new BillLine("+16503182047", HERE));
        assertEquals(Set.of(), s.codes());
    }
}
