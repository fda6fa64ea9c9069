package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcheck.rules.TestFacts.HERE;
import static org.portcheck.rules.TestFacts.aCleanPrecheck;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** match.drl: 180, 190, 200. */
class MatchRulesTest {

    @Test
    void nothingFiresWhenNameAndAddressMatch() {
        assertEquals(Set.of(), aCleanPrecheck().codes());
    }

    @Test
    void shouldFlagANameMismatch() {
        assertEquals(Set.of(180), aCleanPrecheck().with(new Comparison("name", false, HERE)).codes());
    }

    @Test
    void shouldFlagAnAddressMismatch() {
        assertEquals(Set.of(180), aCleanPrecheck().with(new Comparison("address", false, HERE)).codes());
    }

    @Test
    void shouldRaise190InsteadOf180ForMagicJack() {
        TestFacts.Scenario s = aCleanPrecheck().with(new Comparison("name", false, HERE))
                .with(new Comparison("address", false, HERE));
        s.carrier = new PortingCarrier("MagicJack", false, false, HERE);
        assertEquals(Set.of(190), s.codes());
    }

    @Test
    void shouldRaise200InsteadOf180ForWindstream() {
        TestFacts.Scenario s = aCleanPrecheck().with(new Comparison("address", false, HERE));
        s.carrier = new PortingCarrier("Windstream", false, false, HERE);
        assertEquals(Set.of(200), s.codes());
    }

    @Test
    void shouldNotRaise190WithoutAMismatch() {
        TestFacts.Scenario s = aCleanPrecheck();
        s.carrier = new PortingCarrier("MagicJack", false, false, HERE);
        assertEquals(Set.of(), s.codes());
    }
}
