package org.portcheck.extract.bill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcheck.document.Document;
import org.portcheck.document.Source;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Feature;
import org.portcheck.extract.Feature.Kind;
import org.portcheck.extract.FieldState;
import org.portcheck.extract.Line;

/** Wording a bill reader must understand: date labels and formats, notices that state nothing, service numbers. */
class BillWordingTest {

    private final BillReader reader = TestBills.reader();

    private BillFacts read(String... lines) {
        return reader.read(TestBills.document(lines));
    }

    private static Set<Kind> kinds(BillFacts bill) {
        return bill.features().stream().map(Feature::kind).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"November 3, 2026", "Nov 03, 2026", "Nov. 3, 2026", "Nov 3rd, 2026", "11/03/2026",
        "11/03/26", "11-03-2026", "2026-11-03", "03 Nov 2026", "3 November 2026", "03-Nov-2026", "NOVEMBER 3 2026"})
    void readsDateFormats(String printed) {
        BillFacts bill = read("Frontier", "Bill Date: " + printed + "      Amount Due: $45.10");
        assertEquals("2026-11-03", bill.statementDate().value());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bill Date", "Statement Date", "Invoice Date", "Billing Date", "Issue Date", "Date of Bill",
        "Date Issued", "Statement Closing Date"})
    void readsDateLabels(String label) {
        BillFacts bill = read("Comcast", "Payment Due Date: Nov 24, 2026", label + " Nov 3, 2026");
        assertEquals("2026-11-03", bill.statementDate().value());
    }

    @Test
    void readsTheDateOnTheLineBelowItsLabel() {
        BillFacts bill = read("Spectrum", "Due Date           Statement Date", "11/24/2026         11/03/2026");
        assertEquals("2026-11-03", bill.statementDate().value());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Billing period: Oct 4 - Nov 3, 2026", "Bill period 10/04/2026 - 11/03/2026",
        "Service period ending 11/03/26", "Bill cycle: Oct 4, 2026 to Nov 3, 2026"})
    void takesTheEndOfTheBillingPeriodWhenNoDateOfIssue(String text) {
        assertEquals("2026-11-03", read("T-Mobile", text).statementDate().value());
    }

    @Test
    void aDueDateAloneIsNoStatementDate() {
        BillFacts bill = read("Cox", "Payment Due Date: Nov 24, 2026");
        assertEquals(FieldState.BLANK, bill.statementDate().state());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Account Number", "Account No.", "Account No", "Acct #", "Account #", "Account ID",
        "Acct. No.", "Billing Account Number", "Customer Account Number"})
    void readsAccountNumberLabels(String label) {
        BillFacts bill = read("AT&T", label + ": 4410-2233-9871", "Please write your account number on your check.");
        assertEquals("4410-2233-9871", bill.accountNumber().value());
    }

    @Test
    void sentenceAboutTheAccountNumberIsNoAccountNumber() {
        BillFacts bill = read("AT&T", "Please write your account number on your check.");
        assertEquals(FieldState.BLANK, bill.accountNumber().state());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "To avoid disconnection, please pay by November 24, 2026.",
        "Your service may be disconnected if payment is not received by Nov 24.",
        "Ask us about a freeze on your local service.",
        "Preferred carrier freeze: None",
        "Enjoy a 2-year price freeze on your plan.",
        "Never a pending order fee.",
        "Pending orders: none",
        "Payments take 3 business days to post.",
        "Business hours: Mon-Fri 8am-6pm. Allow 2 business days.",
        "Small business? Call 1-800-555-2000 for offers.",
        "Add Distinctive Ring for just $3.99/mo!",
        "DSL is available in your area.",
        "Want line sharing? Visit our store.",
        "This is not a final bill.",
        "If your service has been disconnected, call us.",
        "Learn how a PIC freeze protects you from slamming."})
    void generalNoticesStateNothing(String notice) {
        BillFacts bill = read("Frontier", "Account Number: 2233-4455", notice);
        assertEquals(Set.of(), kinds(bill), notice);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "DISCONNECTED | Service disconnected on 10/28/2026",
        "DISCONNECTED | Status: Disconnected",
        "DISCONNECTED | Your service has been terminated.",
        "DISCONNECTED | This is your final bill.",
        "FREEZE | PIC freeze: local and long distance",
        "FREEZE | Local service freeze added 09/12/2026",
        "PENDING_ORDER | Open order 554-221 for your account",
        "PENDING_ORDER | Work order W-88213 in progress",
        "DISTINCTIVE_RING | Ident-A-Call           $4.00",
        "DISTINCTIVE_RING | RingMate               $3.00",
        "DISTINCTIVE_RING | Smart Ring             $3.00",
        "LINE_SHARING | Line sharing charge   $2.00",
        "DSL | High Speed Internet (DSL) 15 Mbps   $45.00",
        "BUSINESS | Account Type: Business",
        "BUSINESS | Small Business Bundle            $120.00",
        "BUSINESS | Business Services summary"})
    void statementsAboutTheAccountAreTaken(Kind kind, String statement) {
        BillFacts bill = read("Frontier", "Account Number: 2233-4455", statement);
        assertEquals(Set.of(kind), kinds(bill), statement);
        Feature f = bill.features().get(0);
        assertEquals(2, (f.box().y() - TestBills.MARGIN) / TestBills.LINE_PITCH, "feature on its line (third)");
    }

    @Test
    void aSentenceCarriedOverALineKeepsItsCondition() {
        BillFacts bill = read("Frontier", "Account Number: 2233-4455", "Please note that your service may be",
                "disconnected if the balance is not paid.");
        assertEquals(Set.of(), kinds(bill));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Questions? Call 1-800-921-8101",
        "Customer Service 1-800-921-8101",
        "For repair, call (800) 921-8101",
        "TTY users: 1-800-921-8102",
        "Pay by phone: 1.800.921.8103",
        "Visit frontier.com or call 800-921-8101 with billing questions",
        "Billing questions: 1-800-921-8101"})
    void providerNumbersAreNoLines(String text) {
        BillFacts bill = read("Frontier", "Telephone Number: (814) 234-2468", text);
        assertEquals(List.of("+18142342468"), bill.lines().stream().map(Line::e164).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Line 2: (814) 234-2469", "Services for 814-234-2469", "Phone number 8142342469",
        "Your number: +1 814 234 2469", "Home phone 814.234.2469", "Toll-free line 1 (814) 234-2469"})
    void numbersWithLineWordingAreLines(String text) {
        BillFacts bill = read("Frontier", "Telephone Number: (814) 234-2468", text);
        assertEquals(Set.of("+18142342468", "+18142342469"),
                bill.lines().stream().map(Line::e164).collect(Collectors.toSet()));
    }

    @Test
    void aFooterFarBelowTheLinesTableIsNotARowOfIt() {
        String[] page = new String[24];
        java.util.Arrays.fill(page, "");
        page[0] = "Kinetic by Windstream";
        page[1] = "TELEPHONE NUMBERS ON THIS ACCOUNT";
        page[2] = "(859) 254-6631       RESIDENCE LINE";
        page[3] = "HOME PHONE UNLIMITED 859-254-6631";
        // a photo lost the "CUSTOMER" of "CUSTOMER SERVICE:"; the rows between are blank paper
        page[23] = "SERVICE: (859) 347-1991";
        assertEquals(List.of("+18592546631"), read(page).lines().stream().map(Line::e164).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SERVICE: 1-800-347-1991", "Sales: 1 (877) 347-1991", "Billing -  +1 888 347 1991",
        "SERVICE:        1-800-347-1991"})
    void aLabelledDialReadyTollFreeNumberUnderTheLinesHeadingIsTheProvidersOwn(String text) {
        BillFacts bill = read("Windstream", "TELEPHONE NUMBERS ON THIS ACCOUNT", "(859) 254-6631", text);
        assertEquals(List.of("+18592546631"), bill.lines().stream().map(Line::e164).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"877.436.2210", "(877) 436-2210", "Toll-free line: 1-877-436-2210",
        "1-877-436-2210      Toll-free number"})
    void aTollFreeLineOfTheAccountIsStillALine(String text) {
        BillFacts bill = read("CenturyLink", "Phone Number      Service", "410.752.2840      Home Phone", text);
        assertEquals(List.of("+14107522840", "+18774362210"), bill.lines().stream().map(Line::e164).toList());
    }

    @Test
    void aNumberUnderALineInItsColumnIsTheNextLineWhenItsLabelWasLost() {
        BillFacts bill = read("Xfinity", "",
                "Phone number   (248) 555-0142",
                "Xfinity Voice Unlimited                     $40.00",
                "               (248) 555-0148",
                "Xfinity Voice Unlimited                     $40.00");
        assertEquals(List.of("+12485550142", "+12485550148"), bill.lines().stream().map(Line::e164).toList());
    }

    @Test
    void aProviderNumberUnderALineIsNoLine() {
        BillFacts bill = read("Xfinity", "",
                "Phone number   (248) 555-0142",
                "Questions? Call us",
                "               (800) 555-0199");
        assertEquals(List.of("+12485550142"), bill.lines().stream().map(Line::e164).toList());
    }

    @Test
    void aNumberOutOfTheLinesColumnIsNoLine() {
        BillFacts bill = read("Xfinity", "",
                "Phone number   (248) 555-0142",
                "Xfinity Voice Unlimited                     $40.00",
                "                          (248) 555-0148");
        assertEquals(List.of("+12485550142"), bill.lines().stream().map(Line::e164).toList());
    }

    @Test
    void aNumberWithNoWordsAroundItIsNotTakenForALine() {
        BillFacts bill = read("Frontier", "Amount Due $45.00", "", "814-234-2470");
        assertEquals(List.of(), bill.lines());
    }

    @Test
    void textLayerBillsAreLegible() {
        BillFacts bill = read("Frontier", "Account Number: 2233-4455");
        assertTrue(bill.legible());
        assertEquals(null, bill.illegibleReason());
    }

    @Test
    void lowOcrConfidenceMakesTheBillIllegible() {
        String[] lines = {"Frontier Communications", "Account Number: 2233-4455", "Bill Date: 11/03/2026",
            "Service Address: 9 Elm Ct, Erie, PA 16501", "Telephone Number: (814) 234-2468"};
        Document doc = new Document(List.of(TestBills.page(1, Source.OCR, 0.41, lines)), Source.OCR, Map.of(),
                Map.of(), 0);
        BillFacts bill = reader.read(doc);
        assertFalse(bill.legible());
        assertTrue(bill.illegibleReason().contains("confidence"), bill.illegibleReason());
        assertEquals(FieldState.UNREADABLE, bill.accountNumber().state());
    }

    @Test
    void tinyTextMakesTheBillIllegible() {
        // TestBills lays words out 10 units high; on an OCR page that is 10 px: legible. Scale a copy down.
        String[] lines = {"Frontier Communications", "Account Number: 2233-4455", "Bill Date: 11/03/2026",
            "Service Address: 9 Elm Ct, Erie, PA 16501", "Telephone Number: (814) 234-2468"};
        var page = TestBills.page(1, Source.OCR, 0.9, lines);
        var small = page.words().stream().map(w -> new org.portcheck.document.Word(w.text(),
                new org.portcheck.document.Box(w.box().x() / 2, w.box().y() / 2, w.box().width() / 2,
                        w.box().height() / 2), w.confidence())).toList();
        var tiny = new org.portcheck.document.Page(1, 306, 396, Source.OCR, 36, small, null, 1);
        assertTrue(reader.read(new Document(List.of(page), Source.OCR, Map.of(), Map.of(), 0)).legible());
        BillFacts bill = reader.read(new Document(List.of(tiny), Source.OCR, Map.of(), Map.of(), 0));
        assertFalse(bill.legible());
        assertTrue(bill.illegibleReason().contains("too small"), bill.illegibleReason());
    }

    @Test
    void textEnlargedFromALowResolutionPictureIsJudgedAtItsOwnSize() {
        String[] lines = {"Frontier Communications", "Account Number: 2233-4455", "Bill Date: 11/03/2026",
            "Service Address: 9 Elm Ct, Erie, PA 16501", "Telephone Number: (814) 234-2468"};
        var page = TestBills.page(1, Source.OCR, 0.9, lines);
        // the same 10 px words, but on a picture the document stage enlarged twice: the file held 5 px text
        var enlarged = new org.portcheck.document.Page(1, page.width(), page.height(), Source.OCR, 120, page.words(),
                null, 1, 2.0);
        BillFacts bill = reader.read(new Document(List.of(enlarged), Source.OCR, Map.of(), Map.of(), 0));
        assertFalse(bill.legible());
        assertTrue(bill.illegibleReason().contains("too small"), bill.illegibleReason());
    }

    @Test
    void anInkedPageWithAlmostNoWordsIsIllegible() {
        var img = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(20, 20, 160, 60);
        g.dispose();
        var page = new org.portcheck.document.Page(1, 200, 200, Source.OCR, 300,
                TestBills.page(1, Source.OCR, 0.9, "Frontier").words(), img, 1);
        BillFacts bill = reader.read(new Document(List.of(page), Source.OCR, Map.of(), Map.of(), 0));
        assertFalse(bill.legible());
        assertTrue(bill.illegibleReason().contains("almost no words"), bill.illegibleReason());
    }

    @Test
    void remittanceAddressIsNotTheCustomers() {
        BillFacts bill = read("Windstream",
                "Remit to:",
                "Windstream",
                "PO Box 9001908",
                "Louisville KY 40290-1908",
                "",
                "Account Number: 0012345678");
        assertEquals(FieldState.BLANK, bill.billingAddress().state());
        assertEquals(FieldState.BLANK, bill.customerName().state());
    }
}
