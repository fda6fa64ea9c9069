package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcheck.rules.TestFacts.HERE;
import static org.portcheck.rules.TestFacts.aCleanPrecheck;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** account.drl: 20, 30, 40, 50, 60, 70, 240. */
class AccountRulesTest {

    @Test
    void nothingFiresForACompleteAccount() {
        assertEquals(Set.of(), aCleanPrecheck().codes());
    }

    @Test
    void shouldFlagAPoBoxServiceAddress() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.address = new ServiceAddress(true, true, HERE);
        assertEquals(Set.of(20), s.codes());
    }

    @Test
    void shouldFlagAZipOutsideItsState() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.address = new ServiceAddress(false, false, HERE);
        assertEquals(Set.of(20), s.codes());
    }

    @Test
    void shouldNotFlagAnAddressWithoutZip() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.address = new ServiceAddress(false, null, HERE);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldFlagAMissingAccountNumber() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class);
        s.account = new Account(null, false, true, true, HERE);
        assertEquals(Set.of(30), s.codes());
    }

    @Test
    void shouldNotFlagAnAccountNumberThatIsThereButUnreadable() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class);
        s.account = new Account(null, true, true, true, HERE);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldFlagAnAccountNumberThatDiffersFromTheBill() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class)
                .with(new Comparison("accountNumber", false, HERE));
        assertEquals(Set.of(30), s.codes());
    }

    @Test
    void shouldAskForAPinWhenTheCarrierRequiresOne() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.carrier = new PortingCarrier("T-Mobile", true, false, HERE);
        assertEquals(Set.of(40), s.codes());
    }

    @Test
    void shouldNotAskForAPinThatIsGiven() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.carrier = new PortingCarrier("T-Mobile", true, false, HERE);
        s.account = new Account("1003146451", false, true, false, HERE);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldAskForSsnDigitsWhenTheCarrierRequiresThem() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.carrier = new PortingCarrier("Sprint", true, true, HERE);
        s.account = new Account("1003146451", false, true, false, HERE);
        assertEquals(Set.of(50), s.codes());
    }

    @Test
    void shouldAskForPinAndSsnDigitsSeparatelyWhenTheAccountNumberIsGiven() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.carrier = new PortingCarrier("Sprint", true, true, HERE);
        s.account = new Account("1003146451", false, false, false, HERE);
        assertEquals(Set.of(40, 50), s.codes());
    }

    @Test
    void shouldRaise60InsteadOf30And40() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class);
        s.carrier = new PortingCarrier("T-Mobile", true, false, HERE);
        s.account = new Account(null, false, false, false, HERE);
        List<Finding> findings = TestFacts.rules().evaluate(s.facts());
        assertEquals(List.of(60), findings.stream().map(Finding::code).toList());
        assertEquals(2, findings.get(0).evidence().size(), "evidence of both the account number and the PIN");
    }

    @Test
    void shouldRaise70InsteadOf30And40And50() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class);
        s.carrier = new PortingCarrier("Boost Mobile", true, true, HERE);
        s.account = new Account(null, false, false, false, HERE);
        assertEquals(Set.of(70), s.codes());
    }

    @Test
    void shouldNotRaise60WhenTheAccountNumberDiffersRatherThanMissing() {
        TestFacts.Scenario s = aCleanPrecheck().without(Comparison.class)
                .with(new Comparison("accountNumber", false, HERE));
        s.carrier = new PortingCarrier("T-Mobile", true, false, HERE);
        s.account = new Account("999", false, false, false, HERE);
        assertEquals(Set.of(30, 40), s.codes());
    }

    @Test
    void shouldAskForAnAuthorizedPersonOnABusinessAccount() {
        TestFacts.Scenario s = aCleanPrecheck().with(new BusinessAccount(HERE));
        assertEquals(Set.of(240), s.codes());
    }

    @Test
    void shouldNotAskForAnAuthorizedPersonWhenTheLoaNamesOne() {
        TestFacts.Scenario s = aCleanPrecheck().with(new BusinessAccount(HERE));
        s.loa = new LoaCheck("portcheck-loa-v1", List.of(), List.of(), List.of(), List.of(HERE), true);
        assertEquals(Set.of(), s.codes());
    }

    @Test
    void shouldNotAskForAnAuthorizedPersonWithoutAnLoa() {
        TestFacts.Scenario s = aCleanPrecheck().with(new BusinessAccount(HERE)).without(LoaCheck.class);
        s.presence = new Presence(TestFacts.AS_OF, false, true, true, false);
        assertEquals(Set.of(120), s.codes());
    }
}
