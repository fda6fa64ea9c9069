package org.portcheck.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecheckRulesTest {

    @Test
    void shouldStopOnABrokenRuleNamingFileAndLine() {
        Map<String, String> drl = Map.of("broken.drl", """
                package org.portcheck.rules.broken
                import org.portcheck.rules.*

                rule "10: broken"
                when
                    LoaCheck( nonsense == )
                then
                end
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PrecheckRules(drl));
        assertTrue(e.getMessage().contains("rules/broken.drl line 6"), e.getMessage());
    }

    @Test
    void shouldCompileEveryFileOfTheRulesDirectory() {
        assertTrue(TestFacts.rules().files().containsAll(java.util.List.of(
                "loa.drl", "bill.drl", "account.drl", "match.drl", "numbers.drl", "line-features.drl")));
    }
}
