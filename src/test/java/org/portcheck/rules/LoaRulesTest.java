package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcheck.rules.TestFacts.AS_OF;
import static org.portcheck.rules.TestFacts.HERE;
import static org.portcheck.rules.TestFacts.aCleanPrecheck;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** loa.drl: 10, 120, 130, 170. */
class LoaRulesTest {

    @Test
    void nothingFiresForACompleteHandSignedLoa() {
        assertEquals(Set.of(), aCleanPrecheck().codes());
    }

    @Test
    void shouldFlagABlankRequiredField() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.loa = new LoaCheck("portcheck-loa-v1", List.of(HERE), List.of(), List.of(), List.of(HERE), false);
        assertEquals(Set.of(10), s.codes());
    }

    @Test
    void shouldFlagAnEmptyInitialsOrSignatureBlock() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.loa = new LoaCheck("portcheck-loa-v1", List.of(), List.of(HERE, HERE), List.of(), List.of(HERE), false);
        assertEquals(Set.of(10), s.codes());
    }

    @Test
    void shouldRaise10OnceForBlankFieldsAndEmptyBlocks() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.loa = new LoaCheck("carrier-loa", List.of(HERE), List.of(HERE), List.of(), List.of(HERE), false);
        List<Finding> findings = TestFacts.rules().evaluate(s.facts());
        assertEquals(1, findings.size());
        assertEquals(10, findings.get(0).code());
        assertEquals(1, findings.get(0).evidence().size(), "the same evidence is not repeated");
    }

    @Test
    void shouldAskForAnLoaWhenOnlyABillCame() {
        TestFacts.Scenario s = aCleanPrecheck().without(LoaCheck.class);
        s.presence = new Presence(AS_OF, false, true, true, false);
        assertEquals(Set.of(120), s.codes());
    }

    @Test
    void shouldAskForAHandSignatureWhenTheLoaIsTyped() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.presence = new Presence(AS_OF, true, true, true, false);
        assertEquals(Set.of(120), s.codes());
    }

    @Test
    void shouldNotAskForAnLoaWhenNoBillCameEither() {
        TestFacts.Scenario s = aCleanPrecheck().without(BillCheck.class);
        s.presence = new Presence(AS_OF, true, false, true, false);
        assertEquals(Set.of(170), s.codes(), "a typed LOA without a bill is 170, not 120");
    }

    @Test
    void shouldFlagAnIllegibleSignature() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.loa = new LoaCheck("portcheck-loa-v1", List.of(), List.of(), List.of(HERE), List.of(HERE), false);
        assertEquals(Set.of(130), s.codes());
    }

    @Test
    void shouldRaise170AloneWhenNothingCame() {
        TestFacts.Scenario s = aCleanPrecheck().without(LoaCheck.class).without(BillCheck.class)
                .without(Account.class).without(Internet.class).without(ServiceAddress.class).without(Btn.class)
                .without(PortNumber.class).without(BillLine.class).without(Comparison.class)
                .without(PortingCarrier.class);
        s.presence = new Presence(AS_OF, false, false, false, false);
        assertEquals(Set.of(170), s.codes());
    }

    @Test
    void shouldNotRaise170WhenAHandSignedLoaCame() {
        TestFacts.Scenario s = aCleanPrecheck().without(BillCheck.class).without(BillLine.class);
        s.presence = new Presence(AS_OF, true, false, true, true);
        assertEquals(Set.of(140), s.codes());
    }
}
