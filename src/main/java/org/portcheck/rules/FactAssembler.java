package org.portcheck.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portcheck.document.Source;
import org.portcheck.extract.Address;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Block;
import org.portcheck.extract.Feature;
import org.portcheck.extract.Field;
import org.portcheck.extract.Line;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.Order;
import org.portcheck.extract.SignatureState;
import org.portcheck.extract.carrier.Carrier;
import org.portcheck.extract.carrier.CarrierTable;
import org.portcheck.extract.carrier.CoverageTable;
import org.portcheck.extract.carrier.Zip3Table;
import org.portcheck.extract.loa.LoaProfile;
import org.portcheck.extract.loa.LoaProfiles;
import org.portcheck.extract.normalize.AccountNumbers;
import org.portcheck.extract.normalize.Addresses;
import org.portcheck.extract.normalize.Names;
import org.portcheck.extract.normalize.Nanp;
import org.portcheck.extract.normalize.PhoneNumbers;

/**
 * Turns what was read (LOA, bill, order) into the facts the rules reason over: values taken from the LOA, else the
 * order; comparisons made on normalised names, addresses, account and phone numbers; facts left out where an input
 * they need is absent, so that a rule never fires on something that was not given.
 */
@ApplicationScoped
public class FactAssembler {

    private final LoaProfiles profiles;
    private final CarrierTable carriers;
    private final Zip3Table zip3;
    private final CoverageTable coverage;

    @Inject
    public FactAssembler(LoaProfiles profiles, CarrierTable carriers, Zip3Table zip3, CoverageTable coverage) {
        this.profiles = profiles;
        this.carriers = carriers;
        this.zip3 = zip3;
        this.coverage = coverage;
    }

    public List<Object> assemble(LoaFacts loa, BillFacts bill, Order order, LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        boolean handSigned = loa != null && loa.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.SIGNATURE
                && (b.state() == SignatureState.HAND_SIGNED || b.state() == SignatureState.ILLEGIBLE));
        facts.add(new Presence(asOf, loa != null, bill != null, order != null, handSigned));
        boolean billReadable = bill != null && bill.legible();
        if (loa != null) {
            facts.add(loaCheck(loa));
        }
        if (bill != null) {
            facts.add(billCheck(bill));
            if (billReadable) {
                bill.lines().forEach(l -> facts.add(new BillLine(l.e164(), lineEvidence(l))));
                for (Feature f : bill.features()) {
                    if (f.kind() != Feature.Kind.BUSINESS && f.kind() != Feature.Kind.DSL) {
                        facts.add(new BillFeature(f.kind().name(), featureEvidence(f)));
                    }
                }
            }
        }
        carrier(loa, bill, order).ifPresent(facts::add);
        if (order != null) {
            facts.add(new Internet(order.internetConnection() == null ? null : order.internetConnection().name()));
        }
        dsl(bill, order).ifPresent(facts::add);
        business(bill, order).ifPresent(facts::add);
        if (loa != null || order != null) {
            Values values = new Values(loa, order);
            facts.add(account(values));
            serviceAddress(values).ifPresent(facts::add);
            portNumbers(values).forEach(facts::add);
            btn(values, bill).ifPresent(facts::add);
            if (billReadable) {
                comparisons(values, bill).forEach(facts::add);
            }
        }
        return facts;
    }

    private LoaCheck loaCheck(LoaFacts loa) {
        Optional<LoaProfile> profile = profiles.find(loa.profile());
        List<Evidence> blank = new ArrayList<>();
        profile.ifPresent(p -> {
            for (LoaProfile.FieldSpec spec : p.fields()) {
                Field f = loa.field(spec.name());
                if (spec.required() && (f == null || f.state() == org.portcheck.extract.FieldState.BLANK)) {
                    blank.add(fieldEvidence(spec.name(), f, "required field is blank"));
                }
            }
            if (p.numbers() != null && p.numbers().required() && loa.numbersToPort().isEmpty()) {
                blank.add(new Evidence("loa", null, "numbersToPort", "no number to port is written", null));
            }
            for (LoaProfile.BlockSpec spec : p.signatures()) {
                Field date = loa.field(spec.dateField());
                if (date == null || date.state() == org.portcheck.extract.FieldState.BLANK) {
                    blank.add(fieldEvidence(spec.dateField(), date, "signature date is blank"));
                }
            }
        });
        List<Evidence> empty = new ArrayList<>();
        List<Evidence> illegible = new ArrayList<>();
        List<Evidence> signatures = new ArrayList<>();
        for (Block b : loa.blocks()) {
            Evidence e = new Evidence("loa", b.page() == 0 ? null : b.page(), b.name(), describe(b), b.box());
            if (b.state() == SignatureState.EMPTY) {
                empty.add(e);
            }
            if (b.kind() == Block.Kind.SIGNATURE) {
                signatures.add(e);
                if (b.state() == SignatureState.ILLEGIBLE) {
                    illegible.add(e);
                }
            }
        }
        Field authorized = loa.field("authorizedPerson");
        return new LoaCheck(loa.profile(), blank, empty, illegible, signatures, authorized != null && authorized.present());
    }

    private static String describe(Block b) {
        String what = b.kind() == Block.Kind.SIGNATURE ? "signature block" : "initials block";
        return switch (b.state()) {
            case HAND_SIGNED -> what + " is hand-signed";
            case TYPED -> what + " holds typed text, not a hand signature";
            case EMPTY -> what + " is empty";
            case ILLEGIBLE -> what + " holds ink too faint, smeared or broken to be legible";
        };
    }

    private static Evidence fieldEvidence(String name, Field f, String detail) {
        return new Evidence("loa", f == null || f.page() == 0 ? null : f.page(), name, detail, f == null ? null : f.box());
    }

    private static BillCheck billCheck(BillFacts bill) {
        Evidence whole = new Evidence("bill", 1, null, "the bill", null);
        if (!bill.legible()) {
            Evidence why = new Evidence("bill", 1, null, bill.illegibleReason() == null
                    ? "the bill's text cannot be read with confidence" : bill.illegibleReason(), null);
            return new BillCheck(false, why, null, null, false, false, List.of(), whole);
        }
        LocalDate date = null;
        Evidence dated = null;
        if (bill.statementDate().present()) {
            try {
                date = LocalDate.parse(bill.statementDate().value());
                dated = billEvidence(bill.statementDate(), "statement date " + date);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        List<String> lines = bill.lines().stream().map(Line::e164).toList();
        // An unreadable value is there, only not read: it goes to review, not to 150.
        return new BillCheck(true, null, date, dated, notBlank(bill.serviceAddress()), notBlank(bill.accountNumber()),
                lines, whole);
    }

    private static boolean notBlank(Field f) {
        return f != null && f.state() != org.portcheck.extract.FieldState.BLANK;
    }

    private static Evidence billEvidence(Field f, String detail) {
        return new Evidence("bill", f.page() == 0 ? null : f.page(), f.name(), detail, f.box());
    }

    private static Evidence lineEvidence(Line l) {
        return new Evidence("bill", l.page(), "lines", "the bill lists line " + l.printed(), l.box());
    }

    private static Evidence featureEvidence(Feature f) {
        return new Evidence("bill", f.page(), "features", "the bill says \"" + f.matched() + "\"", f.box());
    }

    /** The bill's carrier when it names one, else the LOA's current provider, else the order's carrier. */
    private Optional<PortingCarrier> carrier(LoaFacts loa, BillFacts bill, Order order) {
        List<Candidate> candidates = new ArrayList<>();
        if (bill != null && bill.legible() && bill.carrier().present()) {
            candidates.add(new Candidate(bill.carrier().value(), billEvidence(bill.carrier(), "the bill is from " + bill.carrier().value())));
        }
        if (loa != null && loa.field("currentProvider") != null && loa.field("currentProvider").present()) {
            Field f = loa.field("currentProvider");
            candidates.add(new Candidate(f.value(), fieldEvidence("currentProvider", f, "current provider on the LOA: " + f.value())));
        }
        if (order != null && order.carrier() != null && !order.carrier().isBlank()) {
            candidates.add(new Candidate(order.carrier(), Evidence.of("order", "carrier", "carrier in the order: " + order.carrier())));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Candidate first = candidates.get(0);
        Optional<Carrier> known = carriers.match(first.name());
        return Optional.of(known
                .map(c -> new PortingCarrier(c.name(), c.requiresPin(), c.requiresSsnLast4(), first.evidence()))
                .orElseGet(() -> new PortingCarrier(first.name().strip(), false, false, first.evidence())));
    }

    private record Candidate(String name, Evidence evidence) {
    }

    private static Optional<Dsl> dsl(BillFacts bill, Order order) {
        if (order != null && order.internetConnection() == Order.InternetConnection.DSL) {
            return Optional.of(new Dsl(Evidence.of("order", "internetConnection", "the order gives a DSL connection")));
        }
        if (bill != null && bill.legible()) {
            return bill.features().stream().filter(f -> f.kind() == Feature.Kind.DSL).findFirst()
                    .map(f -> new Dsl(featureEvidence(f)));
        }
        return Optional.empty();
    }

    private static Optional<BusinessAccount> business(BillFacts bill, Order order) {
        if (order != null && order.accountType() == Order.AccountType.BUSINESS) {
            return Optional.of(new BusinessAccount(Evidence.of("order", "accountType", "the order is for a business account")));
        }
        if (bill != null && bill.legible()) {
            return bill.features().stream().filter(f -> f.kind() == Feature.Kind.BUSINESS).findFirst()
                    .map(f -> new BusinessAccount(featureEvidence(f)));
        }
        return Optional.empty();
    }

    /** Per field: the LOA's value when it gives one, else the order's. */
    private static final class Values {
        final LoaFacts loa;
        final Order order;

        Values(LoaFacts loa, Order order) {
            this.loa = loa;
            this.order = order;
        }

        Optional<Field> loaField(String name) {
            return loa == null ? Optional.empty() : Optional.ofNullable(loa.field(name)).filter(Field::present);
        }

        Optional<Given> get(String loaName, String orderValue, String orderName) {
            Optional<Field> f = loaField(loaName);
            if (f.isPresent()) {
                return Optional.of(new Given(f.get().value(), fieldEvidence(loaName, f.get(), "")));
            }
            if (orderValue != null && !orderValue.isBlank()) {
                return Optional.of(new Given(orderValue.strip(), Evidence.of("order", orderName, "")));
            }
            return Optional.empty();
        }

        Order o() {
            return order == null ? new Order(null, null, null, null, null, null, null, null, null, null, null, null) : order;
        }

        Optional<Given> accountNumber() {
            return get("accountNumber", o().accountNumber(), "accountNumber");
        }

        Optional<Given> name() {
            return get("accountHolderName", o().accountName(), "accountName");
        }

        Optional<Given> businessName() {
            return get("businessName", o().businessName(), "businessName");
        }

        Optional<Given> btn() {
            return get("btn", o().btn(), "btn");
        }

        /** The LOA's address when it gives a street, else the order's. */
        Optional<Located> address() {
            Optional<Field> street = loaField("street");
            if (street.isPresent()) {
                Address a = new Address(street.get().value(), loaField("unit").map(Field::value).orElse(null),
                        loaField("city").map(Field::value).orElse(null), loaField("state").map(Field::value).orElse(null),
                        loaField("zip").map(Field::value).orElse(null));
                return Optional.of(new Located(a, fieldEvidence("street", street.get(), "")));
            }
            Address a = o().serviceAddress();
            if (a != null && !a.isEmpty()) {
                return Optional.of(new Located(a, Evidence.of("order", "serviceAddress", "")));
            }
            return Optional.empty();
        }

        /** The order's numbers when it gives any, else the LOA's. */
        List<Given> numbers() {
            List<Given> out = new ArrayList<>();
            if (!o().numbers().isEmpty()) {
                o().numbers().forEach(n -> out.add(new Given(n, Evidence.of("order", "numbers", ""))));
            } else if (loa != null) {
                loa.numbersToPort().forEach(f -> out.add(new Given(f.value(), fieldEvidence("numbersToPort", f, ""))));
            }
            return out;
        }

        boolean pinGiven() {
            return loaField("pin").isPresent() || (order != null && order.pin() != null && !order.pin().isBlank());
        }

        boolean ssnGiven() {
            return loaField("ssnLast4").isPresent() || (order != null && order.ssnLast4() != null && !order.ssnLast4().isBlank());
        }
    }

    private record Given(String value, Evidence evidence) {
        Evidence saying(String detail) {
            return new Evidence(evidence.document(), evidence.page(), evidence.field(), detail, evidence.box());
        }
    }

    private record Located(Address address, Evidence evidence) {
    }

    private static Account account(Values v) {
        Optional<Given> number = v.accountNumber();
        Evidence where = number.map(g -> g.saying("account number given"))
                .orElse(new Evidence(v.loa != null ? "loa" : "order", null, "accountNumber",
                        "no account number on the LOA or in the order", v.loa != null && v.loa.field("accountNumber") != null
                        ? v.loa.field("accountNumber").box() : null));
        boolean unreadable = number.isEmpty() && v.loa != null && v.loa.field("accountNumber") != null
                && v.loa.field("accountNumber").state() == org.portcheck.extract.FieldState.UNREADABLE;
        return new Account(number.map(Given::value).orElse(null), unreadable, v.pinGiven(), v.ssnGiven(), where);
    }

    private Optional<ServiceAddress> serviceAddress(Values v) {
        return v.address().map(located -> {
            Address a = located.address();
            boolean poBox = Addresses.isPoBox(a);
            Boolean inState = null;
            // OCR leaves stray punctuation around a ZIP ("73107."); a ZIP that still does not read as one is not judged.
            Optional<String> zip = Addresses.zip5(a.zip() == null ? null : a.zip().replaceAll("[^0-9-]", ""));
            Optional<String> state = a.state() == null ? Optional.empty() : Addresses.stateCode(a.state().strip());
            if (zip.isPresent() && state.isPresent()) {
                inState = zip3.belongsTo(zip.get(), state.get());
            }
            String detail = poBox ? "the service address is a PO box"
                    : Boolean.FALSE.equals(inState) ? "ZIP " + a.zip() + " does not belong to " + a.state()
                    : "service address";
            return new ServiceAddress(poBox, inState, new Evidence(located.evidence().document(), located.evidence().page(),
                    "serviceAddress", detail, located.evidence().box()));
        });
    }

    private List<PortNumber> portNumbers(Values v) {
        List<PortNumber> out = new ArrayList<>();
        for (Given g : v.numbers()) {
            Optional<Nanp> n = PhoneNumbers.nanp(g.value());
            if (n.isEmpty()) {
                out.add(new PortNumber(g.value(), false, "GEOGRAPHIC", true, g.saying(g.value() + " is not a North American number")));
                continue;
            }
            Nanp nanp = n.get();
            boolean served = coverage.serves(nanp.e164());
            String detail = !nanp.valid() ? nanp.display() + " is not a valid NANP number"
                    + (nanp.problem() == null ? "" : " (" + nanp.problem() + ")")
                    : nanp.category() != Nanp.Category.GEOGRAPHIC ? nanp.display() + " is " + nanp.category().name().toLowerCase().replace('_', '-')
                    : !served ? "area code " + nanp.areaCode() + " is not served"
                    : "number to port " + nanp.display();
            out.add(new PortNumber(nanp.e164(), nanp.valid(), nanp.category().name(), served, g.saying(detail)));
        }
        return out;
    }

    private static Optional<Btn> btn(Values v, BillFacts bill) {
        return v.btn().map(g -> {
            Optional<Nanp> n = PhoneNumbers.nanp(g.value());
            boolean valid = n.isPresent() && n.get().valid();
            Boolean onBill = null;
            if (bill != null && bill.legible() && n.isPresent()) {
                String e164 = n.get().e164();
                onBill = bill.lines().stream().anyMatch(l -> l.e164().equals(e164));
            }
            String shown = n.map(Nanp::display).orElse(g.value());
            String detail = !valid ? "BTN " + shown + " is not a valid NANP number"
                    : Boolean.FALSE.equals(onBill) ? "BTN " + shown + " does not appear on the bill" : "BTN " + shown;
            return new Btn(n.map(Nanp::e164).orElse(g.value()), valid, onBill, g.saying(detail));
        });
    }

    /** The Comparisons of LOA (else order) and bill, and a ReviewNote for a value that could be compared only in part. */
    private static List<Object> comparisons(Values v, BillFacts bill) {
        List<Object> out = new ArrayList<>();
        Field billName = bill.customerName();
        Optional<Given> name = v.name();
        if (billName.present() && name.isPresent()) {
            boolean same = Names.sameName(name.get().value(), billName.value())
                    || v.businessName().map(b -> Names.sameName(b.value(), billName.value())).orElse(false);
            out.add(new Comparison("name", same, billEvidence(billName, same ? "name matches"
                    : "name on the bill (" + billName.value() + ") differs from " + name.get().value())));
        }
        Optional<Located> address = v.address();
        Address billAddress = bill.serviceAddressParts();
        if (address.isPresent() && bill.serviceAddress().present() && billAddress != null && !billAddress.isEmpty()) {
            boolean same = Addresses.sameAddress(address.get().address(), billAddress);
            out.add(new Comparison("address", same, billEvidence(bill.serviceAddress(), same ? "service address matches"
                    : "service address on the bill (" + bill.serviceAddress().value() + ") differs from "
                    + oneLine(address.get().address()))));
        }
        Optional<Given> account = v.accountNumber();
        if (account.isPresent() && bill.accountNumber().present()) {
            boolean givenByOcr = "loa".equals(account.get().evidence().document()) && v.loa != null
                    && v.loa.source() == Source.OCR;
            AccountNumbers.Match match = AccountNumbers.compare(account.get().value(), givenByOcr,
                    bill.accountNumber().value(), bill.source() == Source.OCR);
            // A number read only in part is neither the same nor different: no Comparison, so no 30; a ReviewNote.
            // The note points at the shorter reading: that is the one read in part.
            if (match == AccountNumbers.Match.PARTIAL) {
                String given = account.get().value();
                String billed = bill.accountNumber().value();
                String from = "loa".equals(account.get().evidence().document()) ? "LOA" : "order";
                String detail = "account number read only in part: the bill shows " + billed + ", the " + from + " "
                        + given;
                boolean billShorter = AccountNumbers.normalize(billed).length()
                        < AccountNumbers.normalize(given).length();
                out.add(new ReviewNote(billShorter ? billEvidence(bill.accountNumber(), detail)
                        : account.get().saying(detail)));
            } else {
                boolean same = match == AccountNumbers.Match.SAME;
                out.add(new Comparison("accountNumber", same, billEvidence(bill.accountNumber(), same
                        ? "account number matches"
                        : "account number on the bill (" + bill.accountNumber().value() + ") differs from "
                        + account.get().value())));
            }
        }
        return out;
    }

    private static String oneLine(Address a) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {a.line1(), a.line2(), a.city(), a.state(), a.zip()}) {
            if (part != null && !part.isBlank()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(part.strip());
            }
        }
        return sb.toString();
    }

}
