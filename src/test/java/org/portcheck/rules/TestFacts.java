package org.portcheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Small builders for rule facts, and the rules compiled once from {@code rules/}. */
final class TestFacts {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-15");
    static final Evidence HERE = Evidence.of("test", "field", "detail");
    static final String NUMBER = "+16503182046";

    private static PrecheckRules rules;

    private TestFacts() {
    }

    static synchronized PrecheckRules rules() {
        if (rules == null) {
            rules = new PrecheckRules(readDrl(Path.of("rules")));
        }
        return rules;
    }

    static Map<String, String> readDrl(Path dir) {
        Map<String, String> drl = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                drl.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drl;
    }

    static Set<Integer> codes(Object... facts) {
        return codes(Arrays.asList(facts));
    }

    static Set<Integer> codes(List<?> facts) {
        Set<Integer> codes = new TreeSet<>();
        rules().evaluate(facts).forEach(f -> codes.add(f.code()));
        return codes;
    }

    /** A complete, consistent precheck that raises nothing: hand-signed LOA, recent legible bill, order. */
    static final class Scenario {
        Presence presence = new Presence(AS_OF, true, true, true, true);
        LoaCheck loa = anLoa();
        BillCheck bill = aBill();
        PortingCarrier carrier = new PortingCarrier("Comcast", false, false, HERE);
        Account account = new Account("1003146451", false, false, false, HERE);
        Internet internet = new Internet("CABLE");
        ServiceAddress address = new ServiceAddress(false, true, HERE);
        Btn btn = new Btn(NUMBER, true, true, HERE);
        final List<Object> more = new ArrayList<>(List.of(
                new PortNumber(NUMBER, true, "GEOGRAPHIC", true, HERE),
                new BillLine(NUMBER, HERE),
                new Comparison("name", true, HERE),
                new Comparison("address", true, HERE),
                new Comparison("accountNumber", true, HERE)));

        Scenario with(Object fact) {
            more.add(fact);
            return this;
        }

        Scenario without(Class<?> type) {
            more.removeIf(type::isInstance);
            if (type == LoaCheck.class) {
                loa = null;
            } else if (type == BillCheck.class) {
                bill = null;
            } else if (type == PortingCarrier.class) {
                carrier = null;
            } else if (type == Account.class) {
                account = null;
            } else if (type == Internet.class) {
                internet = null;
            } else if (type == ServiceAddress.class) {
                address = null;
            } else if (type == Btn.class) {
                btn = null;
            }
            return this;
        }

        List<Object> facts() {
            List<Object> all = new ArrayList<>(more);
            Stream.of(presence, loa, bill, carrier, account, internet, address, btn)
                    .filter(java.util.Objects::nonNull).forEach(all::add);
            return all;
        }

        Set<Integer> codes() {
            return TestFacts.codes(facts());
        }
    }

    static Scenario aCleanPrecheck() {
        return new Scenario();
    }

    static LoaCheck anLoa() {
        return new LoaCheck("portcheck-loa-v1", List.of(), List.of(), List.of(), List.of(HERE), false);
    }

    static BillCheck aBill() {
        return new BillCheck(true, null, AS_OF.minusDays(10), HERE, true, true, List.of(NUMBER), HERE);
    }

    static BillCheck anIllegibleBill() {
        return new BillCheck(false, HERE, null, null, false, false, List.of(), HERE);
    }
}
