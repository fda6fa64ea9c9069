package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcheck.rules.TestFacts.AS_OF;
import static org.portcheck.rules.TestFacts.HERE;
import static org.portcheck.rules.TestFacts.NUMBER;
import static org.portcheck.rules.TestFacts.aCleanPrecheck;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** bill.drl: 140, 150, 160. */
class BillRulesTest {

    @Test
    void nothingFiresForARecentCompleteBill() {
        assertEquals(Set.of(), aCleanPrecheck().codes());
    }

    @Test
    void shouldAskForABillWithAHandSignedLoa() {
        TestFacts.Scenario s = aCleanPrecheck().without(BillCheck.class).without(BillLine.class);
        s.presence = new Presence(AS_OF, true, false, true, true);
        assertEquals(Set.of(140), s.codes());
    }

    @Test
    void shouldFlagABillOlderThan30Days() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.bill = new BillCheck(true, null, AS_OF.minusDays(31), HERE, true, true, List.of(NUMBER), HERE);
        assertEquals(Set.of(140), s.codes());
    }

    @Test
    void shouldAcceptABillExactly30DaysOld() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.bill = new BillCheck(true, null, AS_OF.minusDays(30), HERE, true, true, List.of(NUMBER), HERE);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldNotFlagAnUndatedBill() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.bill = new BillCheck(true, null, null, null, true, true, List.of(NUMBER), HERE);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldFlagBillWithoutServiceAddress() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.bill = new BillCheck(true, null, AS_OF, HERE, false, true, List.of(NUMBER), HERE);
        assertEquals(Set.of(150), s.codes());
    }

    @Test
    void shouldFlagBillWithoutAccountNumber() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.bill = new BillCheck(true, null, AS_OF, HERE, true, false, List.of(NUMBER), HERE);
        assertEquals(Set.of(150), s.codes());
    }

    @Test
    void shouldFlagBillThatDoesNotShowANumberToPort() {
        TestFacts.Scenario s = aCleanPrecheck().with(new PortNumber("+16503182047", true, "GEOGRAPHIC", true, HERE));
        assertEquals(Set.of(150), s.codes());
    }

    @Test
    void shouldFlagBillWithNoLineWhenNoNumbersAreGiven() {
        TestFacts.Scenario s = aCleanPrecheck().without(PortNumber.class).without(BillLine.class);
        s.bill = new BillCheck(true, null, AS_OF, HERE, true, true, List.of(), HERE);
        assertEquals(Set.of(150), s.codes());
    }

    @Test
    void shouldNotFlagBillWithALineWhenNoNumbersAreGiven() {
        TestFacts.Scenario s = aCleanPrecheck().without(PortNumber.class);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldRaise160InsteadOf150AndTheBillChecks() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class)
                .with(new Comparison("name", false, HERE))
                .with(new BillFeature("FREEZE", HERE));
        s.bill = new BillCheck(false, HERE, AS_OF.minusDays(90), HERE, false, false, List.of(), HERE);
        s.btn = new Btn(NUMBER, true, false, HERE);
        assertEquals(Set.of(160), s.codes());
    }
}
