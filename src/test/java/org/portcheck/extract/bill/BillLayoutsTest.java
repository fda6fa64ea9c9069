package org.portcheck.extract.bill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcheck.document.Box;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Feature;
import org.portcheck.extract.Feature.Kind;
import org.portcheck.extract.Field;
import org.portcheck.extract.Line;
import org.portcheck.extract.normalize.Addresses;
import org.portcheck.extract.normalize.Names;

/** One bill per carrier, each with its own wording and layout; every field must be found, and nothing else. */
class BillLayoutsTest {

    record Case(String name, String carrier, String date, String account, String customer, String service,
                String billing, Set<String> lines, Set<Kind> features, String[] text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> bills() {
        return Stream.of(
            new Case("Verizon Fios, unlabelled mailing window, lines table", "Verizon", "2026-11-03",
                "123-456-7890-0001", "Jane Q. Public", "123 N Main St Apt 4, Springfield, IL 62704",
                "123 N Main Street Apt 4, Springfield, IL 62704",
                Set.of("+12175550134", "+12175550178"), Set.of(Kind.DSL, Kind.DISTINCTIVE_RING),
                new String[]{
                    "verizon                                         Page 1 of 3",
                    "Bill Date     November 3, 2026         Account Number   123-456-7890-0001",
                    "",
                    "Jane Q. Public",
                    "123 N Main Street Apt 4",
                    "Springfield, IL 62704-1234",
                    "",
                    "Service Address: 123 N Main St Apt 4, Springfield, IL 62704",
                    "",
                    "Your lines",
                    "(217) 555-0134      Fios Digital Voice          $35.00",
                    "(217) 555-0178      Fios Digital Voice          $20.00",
                    "Ringmaster for 217-555-0178                     $4.50",
                    "High Speed Internet (DSL)                       $39.99",
                    "",
                    "Questions? Call 1-800-837-4966 or visit verizon.com/support",
                    "To avoid disconnection, please pay by November 24, 2026.",
                    "Payments made online post within 2 business days."}),
            new Case("AT&T landline, labels with colons, freeze stated", "AT&T", "2026-11-03", "8310 0012 3456",
                "ROBERT SMITH", "456 Oak Avenue, Dallas, TX 75201", null,
                Set.of("+12143214567"), Set.of(Kind.FREEZE),
                new String[]{
                    "AT&T",
                    "Account number: 8310 0012 3456        Issue Date: Nov 03, 2026",
                    "Account holder: ROBERT SMITH",
                    "Service address",
                    "456 Oak Avenue",
                    "Dallas, TX 75201",
                    "",
                    "Billing Telephone Number: 214-321-4567",
                    "Local service                                   $28.00",
                    "Preferred Carrier Freeze: Yes",
                    "",
                    "Contact us: att.com/help   1-800-288-2020",
                    "TTY: 1-800-651-5111"}),
            new Case("Comcast Business, Bill To block, toll-free line", "Comcast", "2026-11-03",
                "8155 40 012 3456789", "ACME PLUMBING LLC", "1600 Blake St Ste 200, Denver, CO 80202",
                "PO Box 77, Denver, CO 80202",
                Set.of("+13033217788", "+18883217788"), Set.of(Kind.BUSINESS),
                new String[]{
                    "xfinity   Comcast Business",
                    "Statement Date 11/03/26                 Account #  8155 40 012 3456789",
                    "Bill To:",
                    "ACME PLUMBING LLC",
                    "PO Box 77",
                    "Denver, CO 80202",
                    "Service at: 1600 Blake St Ste 200, Denver, CO 80202",
                    "",
                    "Business Voice lines",
                    "303-321-7788        Business Voice Edge         $29.95",
                    "1-888-321-7788      Toll-free number            $15.00",
                    "",
                    "Need help? Call 1-800-391-3000 (Business Support)",
                    "Payments may take up to 3 business days to post."}),
            new Case("Spectrum residential, notices that state nothing", "Spectrum", "2026-11-03",
                "8353 1100 2233 4455", "Maria Gonzalez", "88 West 3rd Street, Unit 5B, Brooklyn, NY 11201", null,
                Set.of("+17183212345"), Set.of(),
                new String[]{
                    "Spectrum",
                    "Statement Date: 2026-11-03",
                    "Account Number: 8353 1100 2233 4455",
                    "Customer Name: Maria Gonzalez",
                    "Service Address: 88 West 3rd Street, Unit 5B, Brooklyn, NY 11201",
                    "",
                    "Spectrum Voice        Phone number: (718) 321-2345        $19.99",
                    "",
                    "Please allow 3-5 business days for payments to post.",
                    "Ask us about a freeze on your account.",
                    "Never a pending order fee.",
                    "For support call 1-855-707-7328."}),
            new Case("T-Mobile wireless, billing period only, shared lines", "T-Mobile", "2026-11-03", "987654321",
                "JOHN DOE", null, null,
                Set.of("+13122345544", "+13122345545"), Set.of(Kind.LINE_SHARING),
                new String[]{
                    "T-Mobile",
                    "Bill period: Oct 4 - Nov 3, 2026",
                    "Account: 987654321",
                    "Customer: JOHN DOE",
                    "",
                    "Your lines",
                    "(312) 234-5544      Magenta          $70.00",
                    "(312) 234-5545      Magenta          $50.00",
                    "Shared line charge                    $5.00",
                    "",
                    "Customer care: dial 611 from your phone or 1-800-937-8997"}),
            new Case("Frontier, invoice date day-first, pending order, distinctive ring", "Frontier", "2026-11-03",
                "570-123-4567-010199-5", "Susan Miller", "9 Elm Ct, Erie, PA 16501", null,
                Set.of("+18142342468"), Set.of(Kind.DISTINCTIVE_RING, Kind.PENDING_ORDER),
                new String[]{
                    "Frontier Communications",
                    "Invoice Date: 03 Nov 2026",
                    "Acct #: 570-123-4567-010199-5",
                    "Name: Susan Miller",
                    "Service Location: 9 Elm Ct, Erie, PA 16501",
                    "Telephone Number: 814.234.2468",
                    "Distinctive Ring                                $5.00",
                    "Pending service order #W12345 scheduled 11/20/2026",
                    "Repair: 1-877-462-5978       Billing questions: 1-800-921-8101"}),
            new Case("CenturyLink, BTN inside the account number, line sharing", "CenturyLink", "2026-11-03",
                "303-234-1212 123B", "Peter Brown", "77 Pine Rd, Boulder, CO 80302", null,
                Set.of("+13032341212"), Set.of(Kind.LINE_SHARING),
                new String[]{
                    "CenturyLink",
                    "Billing Date   Nov. 3rd, 2026",
                    "Account Number   303-234-1212 123B",
                    "Customer Name   Peter Brown",
                    "Service Address   77 Pine Rd, Boulder, CO 80302",
                    "Services for 303-234-1212",
                    "Line Sharing                                    $2.00",
                    "Call 1-800-244-1111 for repair"}),
            new Case("Kinetic by Windstream, final bill, mailing PO box", "Windstream", "2026-11-03", "0012345678",
                "WILLIAM T. JONES JR", "742 Evergreen Terrace, Lexington, KY 40502", "PO BOX 123, LEXINGTON KY 40507",
                Set.of("+18592347788"), Set.of(Kind.DISCONNECTED),
                new String[]{
                    "Kinetic by Windstream",
                    "Date of Bill: 11/03/2026",
                    "Account ID: 0012345678",
                    "Account Name: WILLIAM T. JONES JR",
                    "Mailing Address:",
                    "WILLIAM T JONES",
                    "PO BOX 123",
                    "LEXINGTON KY 40507",
                    "Service Address:",
                    "742 Evergreen Terrace",
                    "Lexington, KY 40502",
                    "FINAL BILL",
                    "Telephone Number 859-234-7788     Service disconnected 10/28/2026",
                    "Remit to: Windstream, PO Box 9001908, Louisville KY 40290-1908"}),
            new Case("Cox, header row with values below, teen line", "Cox", "2026-11-03", "001 2345 678901",
                "Ana Lee", "55 Palm Dr, Phoenix, AZ 85001", null,
                Set.of("+16022348899", "+16022348800"), Set.of(Kind.DISTINCTIVE_RING),
                new String[]{
                    "Cox Communications",
                    "Account Number        Statement Date        Amount Due",
                    "001 2345 678901       Nov 3, 2026           $89.99",
                    "",
                    "Account Holder        Service Address",
                    "Ana Lee               55 Palm Dr",
                    "                      Phoenix, AZ 85001",
                    "",
                    "Phone numbers on this account",
                    "(602) 234-8800      Cox Voice Preferred      $30.00",
                    "(602) 234-8899      Teen Line                $6.00",
                    "Cox customer service: 1-888-566-7065, available 24/7"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bills")
    void readsEveryField(Case c) {
        BillFacts bill = TestBills.reader().read(TestBills.document(c.text()));

        assertTrue(bill.legible(), c.name());
        assertEquals(c.carrier(), bill.carrier().value(), "carrier");
        assertEquals(c.date(), bill.statementDate().value(), "statement date");
        assertEquals(c.account(), bill.accountNumber().value(), "account number");
        assertTrue(Names.sameName(c.customer(), bill.customerName().value()),
                "customer name: " + bill.customerName().value());
        if (c.service() == null) {
            assertEquals(null, bill.serviceAddress().value(), "service address");
        } else {
            assertTrue(bill.serviceAddress().present(), "service address missing");
            assertTrue(Addresses.sameAddress(Addresses.parse(c.service()), bill.serviceAddressParts()),
                    "service address: " + bill.serviceAddressParts());
            assertNotEquals(null, bill.serviceAddressParts().line1(), "service street");
            assertNotEquals(null, bill.serviceAddressParts().zip(), "service zip");
        }
        if (c.billing() != null) {
            assertTrue(Addresses.sameAddress(Addresses.parse(c.billing()), bill.billingAddressParts()),
                    "billing address: " + bill.billingAddressParts());
        }
        assertEquals(c.lines(), bill.lines().stream().map(Line::e164).collect(Collectors.toSet()), "lines");
        assertEquals(c.features(), bill.features().stream().map(Feature::kind).collect(Collectors.toSet()),
                "features: " + bill.features());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bills")
    void everyValueSaysWhereItWas(Case c) {
        BillFacts bill = TestBills.reader().read(TestBills.document(c.text()));
        for (Field f : new Field[]{bill.carrier(), bill.statementDate(), bill.accountNumber(), bill.customerName()}) {
            assertEquals(1, f.page(), f.name());
            assertNotEquals(Box.NONE, f.box(), f.name());
        }
        for (Line l : bill.lines()) {
            assertNotEquals(Box.NONE, l.box(), l.printed());
        }
        for (Feature f : bill.features()) {
            assertNotEquals(Box.NONE, f.box(), f.matched());
        }
    }
}
