package org.portcheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.portcheck.extract.Address;
import org.portcheck.corpus.SampleCase.Bill;
import org.portcheck.corpus.SampleCase.Feature;
import org.portcheck.corpus.SampleCase.Mark;

/**
 * precheck-rules.md applied to a case's ground truth (what the documents really say, not what a reader finds).
 * The generator refuses a case whose declared codes differ from these, so a typo in the case table cannot slip into
 * expected.json. Kept independent of the product's rules on purpose: it is the second pair of eyes.
 */
final class SpecOracle {

    private static final Set<String> LOA_REQUIRED = Set.of("accountHolderName", "street", "city", "state", "zip",
            "currentProvider", "accountNumber", "btn", "signature1Date", "signature2Date");
    /** carrier-loa: BTN, losing carrier, account number, customer name, address, city/state/ZIP, print name, date. */
    private static final Set<String> CARRIER_LOA_REQUIRED = Set.of("btn", "currentProvider", "accountNumber",
            "accountHolderName", "street", "city", "state", "zip", "authorizedPerson", "signature1Date");

    private SpecOracle() {
    }

    static TreeSet<Integer> codes(SampleCase c) {
        TreeSet<Integer> out = new TreeSet<>();
        boolean loa = c.hasLoa();
        boolean order = c.order != null;
        boolean bill = c.hasBill();
        boolean legible = bill && c.billFormat.legible;
        Bill b = c.bill;
        boolean handSigned = loa && (c.signature1.byHand() || c.signature2.byHand());

        // 10
        if (loa && c.profile == SampleCase.Profile.V1) {
            boolean blank = LOA_REQUIRED.stream().anyMatch(f -> blank(c.loa.get(f))) || c.loaNumbers().isEmpty();
            if (blank || !c.initials1 || !c.initials2 || c.signature1 == Mark.EMPTY || c.signature2 == Mark.EMPTY) {
                out.add(10);
            }
        }
        if (loa && c.profile == SampleCase.Profile.CARRIER) {
            // one signature block, no initials
            boolean blank = CARRIER_LOA_REQUIRED.stream().anyMatch(f -> blank(c.loa.get(f)))
                    || c.loaNumbers().isEmpty();
            if (blank || c.signature1 == Mark.EMPTY) {
                out.add(10);
            }
        }

        Carrier carrier = legible ? c.carrier
                : loa && !blank(c.loa.get("currentProvider")) ? lookup(c.loa.get("currentProvider"))
                : order && c.order.get("carrier") != null ? lookup((String) c.order.get("carrier")) : null;

        String account = value(c, "accountNumber", "accountNumber");
        String pin = value(c, "pin", "pin");
        String ssn = order && c.order.get("ssnLast4") != null ? (String) c.order.get("ssnLast4")
                : loa && !blank(c.loa.get("ssnLast4")) ? c.loa.get("ssnLast4") : null;
        String btn = value(c, "btn", "btn");
        List<String> numbers = numbersToPort(c);
        boolean needs = loa || order;

        if (needs) {
            Address addr = serviceAddress(c);
            if (addr != null && (poBox(addr.line1()) || zipOutsideState(addr))) {
                out.add(20);
            }
            boolean missing30 = account == null;
            boolean differs30 = !missing30 && legible && b.accountNumber != null
                    && !alnum(account).equals(alnum(b.accountNumber));
            boolean c40 = carrier != null && carrier.requiresPin && pin == null;
            boolean c50 = carrier != null && carrier.requiresSsn && ssn == null;
            if (missing30 && c40 && c50) {
                out.add(70);
            } else if (missing30 && c40) {
                out.add(60);
                if (c50) {
                    out.add(50);
                }
            } else {
                if (missing30 || differs30) {
                    out.add(30);
                }
                if (c40) {
                    out.add(40);
                }
                if (c50) {
                    out.add(50);
                }
            }
            if (numbers.stream().anyMatch(n -> !eligible(n))) {
                out.add(220);
            }
            if (btn != null && (!validNanp(Phone.digits(btn))
                    || legible && !b.lines.contains(Phone.digits(btn)))) {
                out.add(230);
            }
            if (legible && !numbers.isEmpty()) {
                Set<String> port = new TreeSet<>();
                numbers.forEach(n -> port.add(Phone.digits(n)));
                if (b.lines.stream().anyMatch(l -> !port.contains(l))) {
                    out.add(260);
                }
            }
        }
        if (order && c.order.get("internetConnection") == null) {
            out.add(90);
        }
        boolean dsl = order && "DSL".equals(c.order.get("internetConnection")) || legible && b.dsl;
        if (dsl) {
            out.add(carrier != null && carrier.isVerizon() ? 100 : 110);
        }
        if (bill && !handSigned) {
            out.add(120);
        }
        if (loa && (c.signature1.illegible() || c.signature2.illegible())) {
            out.add(130);
        }
        if (handSigned && !bill || legible && b.date.isBefore(SampleCase.AS_OF.minusDays(30))) {
            out.add(140);
        }
        if (legible) {
            boolean lacksNumber = numbers.isEmpty() ? b.lines.isEmpty()
                    : numbers.stream().anyMatch(n -> !b.lines.contains(Phone.digits(n)));
            if (b.service == null || b.accountNumber == null || lacksNumber) {
                out.add(150);
            }
        }
        if (bill && !legible) {
            out.add(160);
        }
        if (!handSigned && !bill) {
            out.add(170);
            out.remove(120);
            out.remove(140);
        }
        if (legible && mismatch(c)) {
            out.add(carrier == Carrier.MAGICJACK ? 190 : carrier == Carrier.WINDSTREAM ? 200 : 180);
        }
        boolean business = order && "BUSINESS".equals(c.order.get("accountType")) || legible && b.business;
        if (loa && business && blank(c.loa.get("authorizedPerson"))) {
            out.add(240);
        }
        if (legible) {
            if (b.finalBill || b.disconnected) {
                out.add(250);
            }
            for (Feature f : b.features) {
                out.add(f.code);
            }
        }
        return out;
    }

    private static boolean mismatch(SampleCase c) {
        Bill b = c.bill;
        String name = value(c, "accountHolderName", "accountName");
        String business = value(c, "businessName", "businessName");
        if (name != null && b.customerName != null
                && !normName(name).equals(normName(b.customerName))
                && (business == null || !normName(business).equals(normName(b.customerName)))) {
            return true;
        }
        Address a = serviceAddress(c);
        return a != null && b.service != null && addressDiffers(a, b.service);
    }

    private static String value(SampleCase c, String loaField, String orderKey) {
        if (c.hasLoa() && !blank(c.loa.get(loaField))) {
            return c.loa.get(loaField);
        }
        if (c.order != null && c.order.get(orderKey) instanceof String s && !s.isBlank()) {
            return s;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Address serviceAddress(SampleCase c) {
        Map<String, Object> o = c.order == null ? Map.of()
                : (Map<String, Object>) c.order.getOrDefault("serviceAddress", Map.of());
        String line1 = pick(c, "street", o.get("line1"));
        String line2 = pick(c, "unit", o.get("line2"));
        String city = pick(c, "city", o.get("city"));
        String state = pick(c, "state", o.get("state"));
        String zip = pick(c, "zip", o.get("zip"));
        Address a = new Address(line1, line2, city, state, zip);
        return a.isEmpty() ? null : a;
    }

    private static String pick(SampleCase c, String loaField, Object orderValue) {
        if (c.hasLoa() && !blank(c.loa.get(loaField))) {
            return c.loa.get(loaField);
        }
        return orderValue instanceof String s && !s.isBlank() ? s : null;
    }

    private static List<String> numbersToPort(SampleCase c) {
        if (c.order != null && c.order.get("numbers") instanceof List<?> l && !l.isEmpty()) {
            List<String> out = new ArrayList<>();
            l.forEach(x -> out.add((String) x));
            return out;
        }
        return c.hasLoa() ? c.loaNumbers() : List.of();
    }

    static Carrier lookup(String written) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        for (Carrier k : Carrier.values()) {
            if (k.written.toLowerCase(Locale.ROOT).equals(w) || k.table.toLowerCase(Locale.ROOT).equals(w)) {
                return k;
            }
        }
        return switch (w) {
            case "xfinity voice", "comcast xfinity" -> Carrier.XFINITY;
            case "charter spectrum" -> Carrier.SPECTRUM;
            case "frontier communications" -> Carrier.FRONTIER;
            case "kinetic by windstream" -> Carrier.WINDSTREAM;
            case "boost" -> Carrier.BOOST;
            case "at&t u-verse" -> Carrier.ATT;
            case "lumen" -> Carrier.CENTURYLINK;
            case "cox communications" -> Carrier.COX;
            default -> null;
        };
    }

    static boolean validNanp(String d) {
        if (d == null || d.length() != 10) {
            return false;
        }
        boolean nxx = d.charAt(0) >= '2' && d.charAt(3) >= '2';
        boolean n11 = d.substring(1, 3).equals("11") || d.substring(4, 6).equals("11");
        boolean fiction = d.startsWith("555", 3) && d.startsWith("01", 6);
        return nxx && !n11 && !fiction;
    }

    static boolean eligible(String printed) {
        String d = Phone.digits(printed);
        if (!validNanp(d)) {
            return false;
        }
        String npa = d.substring(0, 3);
        // easily recognisable codes: 8XX toll-free (800, 833 ...) and 5XX personal (500, 533 ...)
        boolean tollFree = npa.charAt(0) == '8' && npa.charAt(1) == npa.charAt(2);
        boolean personal = npa.charAt(0) == '5' && npa.charAt(1) == npa.charAt(2);
        return !tollFree && !personal && !npa.equals("900") && !npa.equals("600") && !npa.equals("700");
    }

    private static boolean poBox(String line1) {
        return line1 != null && line1.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "").matches(".*(pobox|postofficebox).*");
    }

    /** ZIP3 prefixes of the states the corpus uses (USPS). */
    private static final Map<String, int[][]> ZIP3 = Map.ofEntries(
            Map.entry("CA", new int[][] {{900, 961}}), Map.entry("IL", new int[][] {{600, 629}}),
            Map.entry("TX", new int[][] {{750, 799}, {885, 885}}), Map.entry("OR", new int[][] {{970, 979}}),
            Map.entry("CO", new int[][] {{800, 816}}), Map.entry("OH", new int[][] {{430, 459}}),
            Map.entry("FL", new int[][] {{320, 349}}), Map.entry("NC", new int[][] {{270, 289}}),
            Map.entry("WA", new int[][] {{980, 994}}), Map.entry("MN", new int[][] {{550, 567}}),
            Map.entry("NY", new int[][] {{5, 5}, {63, 63}, {100, 149}}), Map.entry("PA", new int[][] {{150, 196}}),
            Map.entry("WI", new int[][] {{530, 549}}), Map.entry("ID", new int[][] {{832, 838}}),
            Map.entry("AZ", new int[][] {{850, 865}}), Map.entry("KY", new int[][] {{400, 427}}),
            Map.entry("NM", new int[][] {{870, 884}}), Map.entry("VT", new int[][] {{50, 59}}),
            Map.entry("GA", new int[][] {{300, 319}, {398, 399}}), Map.entry("MI", new int[][] {{480, 499}}),
            Map.entry("MA", new int[][] {{10, 27}, {55, 55}}), Map.entry("NJ", new int[][] {{70, 89}}),
            Map.entry("LA", new int[][] {{700, 714}}), Map.entry("UT", new int[][] {{840, 847}}),
            Map.entry("TN", new int[][] {{370, 385}}), Map.entry("CT", new int[][] {{60, 69}}),
            Map.entry("MO", new int[][] {{630, 658}}), Map.entry("MD", new int[][] {{206, 219}}),
            Map.entry("NV", new int[][] {{889, 898}}), Map.entry("IA", new int[][] {{500, 528}}),
            Map.entry("SC", new int[][] {{290, 299}}), Map.entry("OK", new int[][] {{730, 749}}),
            Map.entry("IN", new int[][] {{460, 479}}), Map.entry("NE", new int[][] {{680, 693}}));

    private static boolean zipOutsideState(Address a) {
        if (a.zip() == null || a.state() == null) {
            return false;
        }
        int[][] ranges = ZIP3.get(a.state().toUpperCase(Locale.ROOT));
        if (ranges == null) {
            throw new IllegalStateException("corpus uses a state without ZIP3 data: " + a.state());
        }
        int z3 = Integer.parseInt(a.zip().substring(0, 3));
        for (int[] r : ranges) {
            if (z3 >= r[0] && z3 <= r[1]) {
                return false;
            }
        }
        return true;
    }

    private static String alnum(String s) {
        return s.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String normName(String s) {
        StringBuilder b = new StringBuilder();
        for (String t : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+")) {
            if (t.length() > 1) {
                b.append(t).append(' ');
            }
        }
        return b.toString().trim();
    }

    /** Compares street, city, state and ZIP where both sides give them (the unit is ignored; ZIP+4 as ZIP). */
    private static boolean addressDiffers(Address x, Address y) {
        return differs(street(x.line1()), street(y.line1())) || differs(lower(x.city()), lower(y.city()))
                || differs(lower(x.state()), lower(y.state()))
                || differs(x.zip() == null ? null : x.zip().substring(0, 5), y.zip() == null ? null : y.zip().substring(0, 5));
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String street(String line1) {
        if (line1 == null) {
            return null;
        }
        return line1.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\bstreet\\b", "st").replaceAll("\\bavenue\\b", "ave").replaceAll("\\bnorth\\b", "n")
                .replaceAll("\\s+", " ").trim();
    }
}
