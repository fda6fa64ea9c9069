package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcheck.rules.TestFacts.HERE;
import static org.portcheck.rules.TestFacts.aCleanPrecheck;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** line-features.drl: 90, 100, 110, 250, 270, 280, 290, 300. */
class LineFeaturesRulesTest {

    @Test
    void nothingFiresForABillWithoutFeatures() {
        assertEquals(Set.of(), aCleanPrecheck().codes());
    }

    @Test
    void shouldAskForTheInternetConnection() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.internet = new Internet(null);
        assertEquals(Set.of(90), s.codes());
    }

    @Test
    void shouldNotAskForTheConnectionWithoutAnOrder() {
        assertEquals(Set.of(), aCleanPrecheck().without(Internet.class).codes());
    }

    @Test
    void shouldRaise100ForDslWithVerizon() {
        TestFacts.Scenario s = aCleanPrecheck().with(new Dsl(HERE));
        s.carrier = new PortingCarrier("Verizon Wireless", true, false, HERE);
        s.account = new Account("1003146451", false, true, false, HERE);
        assertEquals(Set.of(100), s.codes());
    }

    @Test
    void shouldRaise110ForDslWithAnotherCarrier() {
        assertEquals(Set.of(110), aCleanPrecheck().with(new Dsl(HERE)).codes());
    }

    @Test
    void shouldRaise110ForDslWithAnUnknownCarrier() {
        assertEquals(Set.of(110), aCleanPrecheck().with(new Dsl(HERE)).without(PortingCarrier.class).codes());
    }

    @ParameterizedTest
    @CsvSource({"DISCONNECTED, 250", "DISTINCTIVE_RING, 270", "LINE_SHARING, 280", "FREEZE, 290", "PENDING_ORDER, 300"})
    void shouldFlagWhatTheBillShows(String kind, int code) {
        assertEquals(Set.of(code), aCleanPrecheck().with(new BillFeature(kind, HERE)).codes());
    }

    @ParameterizedTest
    @CsvSource({"DISCONNECTED", "DISTINCTIVE_RING", "LINE_SHARING", "FREEZE", "PENDING_ORDER"})
    void shouldNotReadFeaturesOfAnIllegibleBill(String kind) {
        TestFacts.Scenario s = aCleanPrecheck().with(new BillFeature(kind, HERE));
        s.bill = TestFacts.anIllegibleBill();
        assertEquals(Set.of(160), s.codes());
    }

    @Test
    void shouldCombineFeatures() {
        assertEquals(Set.of(290, 300), aCleanPrecheck().with(new BillFeature("FREEZE", HERE))
                .with(new BillFeature("PENDING_ORDER", HERE)).codes());
    }
}
