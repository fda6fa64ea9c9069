package org.portcheck.corpus;

import static org.portcheck.corpus.SampleCase.BillFormat.BLURRY_PHOTO_JPEG;
import static org.portcheck.corpus.SampleCase.BillFormat.FADED_PHOTO_JPEG;
import static org.portcheck.corpus.SampleCase.BillFormat.LOW_RES_JPEG;
import static org.portcheck.corpus.SampleCase.BillFormat.PHOTO_JPEG;
import static org.portcheck.corpus.SampleCase.BillFormat.SCREENSHOT_PNG;
import static org.portcheck.corpus.SampleCase.LoaFormat.ACROFORM_PDF;
import static org.portcheck.corpus.SampleCase.LoaFormat.FAX_TIFF;
import static org.portcheck.corpus.SampleCase.LoaFormat.SCANNED_PDF;
import static org.portcheck.corpus.SampleCase.LoaFormat.TEXT_PDF;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcheck.corpus.SampleCase.BillFormat;
import org.portcheck.corpus.SampleCase.LoaFormat;
import org.portcheck.corpus.SampleCase.Feature;
import org.portcheck.corpus.SampleCase.Mark;
import org.portcheck.extract.Address;

/**
 * The sample cases. Each starts from a persona whose LOA, bill and order agree, then changes exactly what the case
 * is about. Every case declares its codes and why; {@link SpecOracle} must agree or generation stops.
 */
final class CaseTable {

    private CaseTable() {
    }

    static List<SampleCase> cases(long seed) {
        List<SampleCase> all = new ArrayList<>();
        Table t = new Table(seed, all);

        // ---- clean: nothing fires ----------------------------------------------------------------------------------
        t.kase("clean-verizon-textpdf", Carrier.VERIZON, 11).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF).order("FIBER")
                .expect().note("Hand-signed, complete LOA; recent Verizon bill that agrees with it and lists the "
                        + "number; order gives the internet connection.");
        t.kase("clean-att-acroform-photo", Carrier.ATT, 1).loa(ACROFORM_PDF).bill(PHOTO_JPEG)
                .expect().note("Filled AcroForm with stamped hand signatures and initials; AT&T bill photographed. "
                        + "The bill's 'ask us about a freeze' and 'to avoid disconnection' are general notices. "
                        + "No order, so no 90.");
        t.kase("clean-xfinity-scan-fax", Carrier.XFINITY, 3).loa(SCANNED_PDF).bill(BillFormat.FAX_TIFF).order("CABLE")
                .expect().note("Scanned hand-signed LOA, Xfinity bill by fax (G3); everything agrees.");
        t.kase("clean-tmobile-fax-screenshot", Carrier.TMOBILE, 8).loa(FAX_TIFF).bill(SCREENSHOT_PNG).order("CABLE")
                .expect().note("T-Mobile requires a PIN and the LOA gives one; LOA by fax (G4, 2 pages), bill as a "
                        + "screenshot of the online account. Unit 204 on both.");
        t.kase("clean-spectrum-textpdf-scan", Carrier.SPECTRUM, 2).loa(TEXT_PDF).bill(BillFormat.SCANNED_PDF)
                .expect().note("Two numbers, both on the LOA and both lines of the scanned Spectrum bill. No order.");
        t.kase("clean-frontier-business-acroform", Carrier.FRONTIER, 16).loa(ACROFORM_PDF).bill(BillFormat.TEXT_PDF)
                .orderFull("FIBER")
                .expect().note("Business account (bill says so, order says BUSINESS) with an authorized person on "
                        + "the LOA; the bill's customer name is the business name, which the LOA gives; three lines.");
        t.kase("clean-windstream-scan-photo", Carrier.WINDSTREAM, 7).loa(SCANNED_PDF).bill(PHOTO_JPEG).order("FIBER")
                .expect().note("Kinetic by Windstream bill photographed; scanned LOA; everything agrees.");
        t.kase("clean-verizon-fax-fax", Carrier.VERIZON, 10).loa(FAX_TIFF).bill(BillFormat.FAX_TIFF)
                .expect().note("LOA and bill both faxed; the bill's remittance PO box and service numbers are not "
                        + "the customer's.");

        // ---- 10: LOA incomplete ------------------------------------------------------------------------------------
        t.kase("10-loa-no-account-number-acroform", Carrier.ATT, 7).loa(ACROFORM_PDF).withoutLoaField("accountNumber")
                .bill(BillFormat.TEXT_PDF).orderFull("CABLE")
                .expect(10).note("The LOA's account number field is empty (10). The order gives the account number "
                        + "and it matches the bill, so no 30.");
        t.kase("10-loa-no-initials-page2-scan", Carrier.SPECTRUM, 4).loa(SCANNED_PDF).initials2(false).bill(PHOTO_JPEG)
                .expect(10).note("Page 2 initials rectangle left empty.");
        t.kase("10-loa-empty-second-signature-fax", Carrier.VERIZON, 12).loa(FAX_TIFF).signature2(Mark.EMPTY)
                .withoutLoaField("signature2Date").bill(BillFormat.SCANNED_PDF)
                .expect(10).note("Authorized Signature block and its date left empty; the account holder signed by "
                        + "hand, so the LOA is hand-signed (no 120).");
        t.kase("10-loa-no-btn-textpdf", Carrier.XFINITY, 13).loa(TEXT_PDF).withoutLoaField("btn").bill(SCREENSHOT_PNG)
                .order("CABLE")
                .expect(10).note("BTN left blank on the LOA and not in the order: 10, and a blank BTN is not 230.");

        // ---- 120: no hand signature --------------------------------------------------------------------------------
        t.kase("120-typed-esignatures-acroform", Carrier.FRONTIER, 18).loa(ACROFORM_PDF).signatures(Mark.TYPED)
                .bill(BillFormat.TEXT_PDF)
                .expect(120).note("Both signature fields hold a typed name (e-signature in the AcroForm field); a "
                        + "bill is present, so 120. Typed is not empty: no 10.");
        t.kase("120-slash-s-signatures-textpdf", Carrier.VERIZON, 19).loa(TEXT_PDF).signatures(Mark.SLASH_S)
                .bill(BillFormat.SCANNED_PDF).order("FIBER")
                .expect(120).note("Both signature lines hold '/s/ Name' e-signatures printed as text.");
        t.kase("120-bill-only-photo", Carrier.ATT, 9).bill(PHOTO_JPEG).orderFull("CABLE")
                .expect(120).note("No LOA at all, a bill and a complete order: 120. The order's account number, "
                        + "name, address, BTN and numbers agree with the bill.");
        t.kase("120-bill-only-screenshot", Carrier.SPECTRUM, 6).bill(SCREENSHOT_PNG)
                .expect(120).note("Only a screenshot of the online bill; no LOA, no order.");

        // ---- 130: illegible hand signature -------------------------------------------------------------------------
        t.kase("130-faint-signature-textpdf", Carrier.TMOBILE, 0).loa(TEXT_PDF).signature1(Mark.FAINT)
                .bill(BillFormat.TEXT_PDF)
                .expect(130).note("Account holder signature ink is so faint (darkest grey about 226) it cannot be "
                        + "used; the second block is signed clearly. PIN given for T-Mobile.");
        t.kase("130-faint-signatures-scan", Carrier.XFINITY, 5).loa(SCANNED_PDF).signatures(Mark.FAINT).bill(PHOTO_JPEG)
                .expect(130).note("Both signatures faint on a scanned LOA; faint ink still makes it a hand-signed "
                        + "LOA, so no 120 or 170.");
        t.kase("130-smeared-signature-acroform", Carrier.VERIZON, 14).loa(ACROFORM_PDF).signature1(Mark.SMEARED)
                .bill(BillFormat.FAX_TIFF)
                .expect(130).note("Account holder signature smeared (blur and horizontal smudge) on a filled form.");
        t.kase("130-smeared-signature-fax", Carrier.FRONTIER, 13).loa(FAX_TIFF).signature2(Mark.SMEARED)
                .bill(SCREENSHOT_PNG)
                .expect(130).note("Authorized signature smeared, then faxed.");

        // ---- 140: bill missing or old -----------------------------------------------------------------------------
        t.kase("140-no-bill-textpdf", Carrier.VERIZON, 10).loa(TEXT_PDF).order("FIBER")
                .expect(140).note("Hand-signed LOA, no bill.");
        t.kase("140-no-bill-fax", Carrier.SPECTRUM, 18).loa(FAX_TIFF)
                .expect(140).note("Faxed hand-signed LOA, no bill, no order.");
        t.kase("140-bill-45-days-old-photo", Carrier.ATT, 12).loa(ACROFORM_PDF).bill(PHOTO_JPEG).billDaysOld(45)
                .expect(140).note("Issue date 45 days before asOf (more than 30).");
        t.kase("140-bill-60-days-old-scan", Carrier.WINDSTREAM, 11).loa(SCANNED_PDF).bill(BillFormat.SCANNED_PDF)
                .billDaysOld(60)
                .expect(140).note("Billing date 60 days before asOf.");

        // ---- 150: bill incomplete ----------------------------------------------------------------------------------
        t.kase("150-bill-no-account-number-textpdf", Carrier.XFINITY, 1).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> b.accountNumber = null)
                .expect(150).note("The bill prints no account number anywhere (a bill without it cannot differ, so "
                        + "no 30).");
        t.kase("150-bill-no-address-photo", Carrier.TMOBILE, 15).loa(ACROFORM_PDF).bill(PHOTO_JPEG)
                .billEdit(b -> {
                    b.service = null;
                    b.mailing = null;
                })
                .expect(150).note("Paperless bill: no service address (nor any address) printed. Business bill "
                        + "with an authorized person on the LOA, so no 240.");
        t.kase("150-bill-missing-second-number-fax", Carrier.VERIZON, 0).loa(SCANNED_PDF).bill(BillFormat.FAX_TIFF)
                .billEdit(b -> b.lines.remove(1))
                .expect(150).note("The LOA ports two numbers; the bill lists only the first (the BTN).");
        t.kase("150-bill-no-account-number-screenshot", Carrier.FRONTIER, 14).loa(FAX_TIFF).bill(SCREENSHOT_PNG)
                .billEdit(b -> b.accountNumber = null)
                .expect(150).note("Online bill page without the account number.");

        // ---- 160: bill illegible -----------------------------------------------------------------------------------
        t.kase("160-bill-photo-out-of-focus", Carrier.SPECTRUM, 9).loa(TEXT_PDF).bill(BLURRY_PHOTO_JPEG)
                .expect(160).note("Bill photo so out of focus (blur sigma 8 px at ~165 dpi) that its print cannot be "
                        + "read; not read further.");
        t.kase("160-bill-photo-washed-out", Carrier.ATT, 17).loa(SCANNED_PDF).bill(FADED_PHOTO_JPEG)
                .expect(160).note("Washed-out, blurred photo: ink and paper within a few grey levels.");
        t.kase("160-bill-60dpi", Carrier.TMOBILE, 19).loa(ACROFORM_PDF).bill(LOW_RES_JPEG)
                .expect(160).note("Bill image of 510 x 660 pixels for a Letter page (60 dpi): 9-point print is 7 "
                        + "pixels tall.");
        t.kase("160-bill-blurry-no-loa", Carrier.VERIZON, 5).bill(BLURRY_PHOTO_JPEG).orderFull("CABLE")
                .expect(120, 160).note("Unreadable bill photo (160) and no LOA while a bill is present (120).");

        // ---- 170: neither hand-signed LOA nor bill -------------------------------------------------------------
        t.kase("170-order-only", Carrier.VERIZON, 2).orderFull("FIBER")
                .expect(170).note("A complete order and no documents.");
        t.kase("170-typed-loa-no-bill", Carrier.ATT, 6).loa(ACROFORM_PDF).signatures(Mark.TYPED)
                .expect(170).note("The LOA is typed-signed only and there is no bill: 170 instead of 120 and 140.");
        t.kase("170-nothing-at-all", Carrier.VERIZON, 0)
                .expect(170).note("An empty precheck: no LOA, no bill, no order.");
        t.kase("170-slash-s-loa-fax-no-bill", Carrier.SPECTRUM, 8).loa(FAX_TIFF).signatures(Mark.SLASH_S)
                .order("CABLE")
                .expect(170).note("Faxed LOA with '/s/' e-signatures only, no bill.");

        // ---- 180: name or address mismatch -----------------------------------------------------------------------
        t.kase("180-name-differs-textpdf", Carrier.VERIZON, 4).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> b.customerName = "Steven Carter")
                .expect(180).note("The bill is in another person's name (Steven Carter vs Linda Nguyen).");
        t.kase("180-address-differs-scan", Carrier.ATT, 2).loa(SCANNED_PDF).bill(BillFormat.SCANNED_PDF)
                .billEdit(b -> {
                    b.service = new Address("7702 Burnet Rd", null, "Austin", "TX", "78757");
                    b.mailing = b.service;
                })
                .expect(180).note("The bill's service address (7702 Burnet Rd, 78757) is not the LOA's "
                        + "(4810 Avenue H, 78751).");
        t.kase("180-name-differs-photo", Carrier.FRONTIER, 12).loa(FAX_TIFF).bill(PHOTO_JPEG)
                .billEdit(b -> b.customerName = "Erik Sorensen")
                .expect(180).note("Bill in the name of Erik Sorensen, LOA account holder Emily Larsen.");
        t.kase("180-order-name-differs-screenshot", Carrier.XFINITY, 10).bill(SCREENSHOT_PNG).orderFull("CABLE")
                .orderSet("accountName", "Margaret Doyle")
                .expect(120, 180).note("No LOA: the order's name (Margaret Doyle) is compared with the bill's "
                        + "(Helen Fitzgerald): 180; a bill without a hand-signed LOA: 120.");

        // ---- other codes -------------------------------------------------------------------------------------------
        t.kase("20-po-box-loa-no-bill", Carrier.VERIZON, 19).loa(TEXT_PDF).loaField("street", "PO Box 412")
                .expect(20, 140).note("Service address on the LOA is a PO box (20); hand-signed LOA without a bill "
                        + "(140).");
        t.kase("20-zip-not-in-state-order-only", Carrier.ATT, 1).orderFull("CABLE")
                .orderSet("serviceAddress", address("2208 Chatham Rd", "Springfield", "IL", "10001"))
                .expect(20, 170).note("Order-only: ZIP 10001 is a New York ZIP, not Illinois (20); no documents "
                        + "(170).");
        t.kase("30-account-number-differs-photo", Carrier.SPECTRUM, 13).loa(TEXT_PDF)
                .loaField("accountNumber", "8352 10 002 0099871").bill(PHOTO_JPEG)
                .expect(30).note("The LOA's account number differs from the one on the bill.");
        t.kase("30-account-number-nowhere", Carrier.ATT, 5).loa(SCANNED_PDF).withoutLoaField("accountNumber")
                .bill(BillFormat.TEXT_PDF).order("CABLE")
                .expect(10, 30).note("Account number blank on the LOA (10) and absent from the order (30); AT&T "
                        + "needs no PIN, so not 60.");
        t.kase("40-tmobile-no-pin", Carrier.TMOBILE, 6).loa(TEXT_PDF).withoutLoaField("pin").bill(BillFormat.TEXT_PDF)
                .expect(40).note("T-Mobile requires a PIN; neither the LOA (optional field left blank) nor an "
                        + "order gives one.");
        t.kase("60-tmobile-no-account-no-pin", Carrier.TMOBILE, 14).loa(ACROFORM_PDF)
                .withoutLoaField("accountNumber", "pin").bill(SCREENSHOT_PNG)
                .expect(10, 60).note("No account number (LOA blank, no order) and no PIN for T-Mobile: 60 "
                        + "instead of 30 and 40; the blank account number is also 10.");
        t.kase("50-sprint-order-no-ssn", Carrier.SPRINT, 3).orderFull("CABLE")
                .expect(50, 170).note("Order-only for Sprint with account number and PIN but no SSN last 4 (50); "
                        + "no documents (170).");
        t.kase("70-boost-order-no-account-pin-ssn", Carrier.BOOST, 4).orderFull("FIBER")
                .orderRemove("accountNumber", "pin")
                .expect(70, 170).note("Boost Mobile needs account number, PIN and SSN last 4; the order gives none: "
                        + "70 alone instead of 30, 40 and 50; no documents (170).");
        t.kase("90-order-without-internet", Carrier.VERIZON, 1).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF).order(null)
                .expect(90).note("An order is present but says nothing about the internet connection.");
        t.kase("100-verizon-dsl-order", Carrier.VERIZON, 7).loa(ACROFORM_PDF).bill(PHOTO_JPEG).order("DSL")
                .expect(100).note("The order's internet connection is DSL and the carrier is Verizon.");
        t.kase("110-att-bill-shows-dsl", Carrier.ATT, 11).loa(TEXT_PDF).bill(BillFormat.SCANNED_PDF)
                .billEdit(b -> b.dsl = true).order("CABLE")
                .expect(110).note("The AT&T bill shows High Speed Internet (DSL) on the line; the carrier is not "
                        + "Verizon.");
        t.kase("190-magicjack-name-differs", Carrier.MAGICJACK, 4).loa(TEXT_PDF).bill(SCREENSHOT_PNG)
                .billEdit(b -> b.customerName = "Kyle Brennan")
                .expect(190).note("Name mismatch with a magicJack account: 190 instead of 180.");
        t.kase("200-windstream-address-differs", Carrier.WINDSTREAM, 17).loa(FAX_TIFF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> {
                    b.service = new Address("3120 Tates Creek Rd", null, "Lexington", "KY", "40502");
                    b.mailing = b.service;
                })
                .expect(200).note("Service address mismatch with a Windstream account: 200 instead of 180.");
        t.kase("220-toll-free-number", Carrier.FRONTIER, 15).loa(TEXT_PDF).loaField("number3", "(888) 724-6610")
                .bill(BillFormat.FAX_TIFF).billEdit(b -> b.lines.add("8887246610"))
                .expect(220).note("A toll-free 888 number is among the numbers to port (and is a line of the "
                        + "business account).");
        t.kase("230-btn-not-on-bill", Carrier.XFINITY, 14).loa(SCANNED_PDF).loaField("btn", "520-323-6601")
                .bill(PHOTO_JPEG)
                .expect(230).note("The LOA's BTN 520-323-6601 is a valid number but the bill does not show it; the "
                        + "numbers to port are both on the bill.");
        t.kase("230-btn-fictional-555", Carrier.SPECTRUM, 8).loa(TEXT_PDF).loaField("btn", "(206) 555-0147")
                .bill(BillFormat.TEXT_PDF)
                .expect(230).note("BTN 206-555-0147 is in the 555-0100..0199 range reserved for fiction, and not "
                        + "on the bill.");
        t.kase("240-business-no-authorized-person", Carrier.SPECTRUM, 16).loa(TEXT_PDF)
                .withoutLoaField("authorizedPerson").bill(BillFormat.TEXT_PDF)
                .expect(240).note("The bill says Spectrum Business and the LOA names no authorized person.");
        t.kase("250-final-bill", Carrier.VERIZON, 17).loa(SCANNED_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> {
                    b.finalBill = true;
                    b.disconnected = true;
                })
                .expect(250).note("FINAL BILL; service terminated (disconnected) on the account.");
        t.kase("260-extra-line-on-bill", Carrier.ATT, 13).loa(ACROFORM_PDF).bill(BillFormat.FAX_TIFF)
                .billEdit(b -> b.lines.add("2083369027"))
                .expect(260).note("The bill lists a second line (208) 336-9027 that the LOA does not port.");
        t.kase("270-ringmaster", Carrier.ATT, 18).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> b.features.add(Feature.RINGMASTER))
                .expect(270).note("Ringmaster charge on the line.");
        t.kase("280-line-sharing", Carrier.VERIZON, 3).loa(FAX_TIFF).bill(BillFormat.SCANNED_PDF)
                .billEdit(b -> b.features.add(Feature.LINE_SHARING))
                .expect(280).note("Line Sharing charge on the line.");
        t.kase("290-local-service-freeze", Carrier.FRONTIER, 1).loa(ACROFORM_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> b.features.add(Feature.FREEZE))
                .expect(290).note("Local Service Freeze (PIC freeze) listed on the line; the general 'ask us "
                        + "about a freeze' notice is on every Frontier bill and is not it.");
        t.kase("300-pending-service-order", Carrier.XFINITY, 0).loa(TEXT_PDF).bill(PHOTO_JPEG)
                .billEdit(b -> b.features.add(Feature.PENDING_ORDER))
                .expect(300).note("The bill states a pending service order on the account.");

        more(t);
        return all;
    }

    /**
     * The second set (issue part 2): the carrier-loa form, four more bill layouts, the newer degradations and
     * multi-code cases. Names are new; the first 63 cases above keep their names and codes.
     */
    private static void more(Table t) {
        // ---- clean, with the newer forms ---------------------------------------------------------------------------
        t.kase("clean-centurylink-carrierloa-textpdf", Carrier.CENTURYLINK, 4).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.TEXT_PDF).order("FIBER")
                .expect().note("Carrier-style LOA (one signature, numbers on Attachment A page 2) and a CenturyLink "
                        + "bill that agree.");
        t.kase("clean-cox-carrierloa-upside-down", Carrier.COX, 32).carrierLoa(LoaFormat.SCAN_UPSIDE_DOWN_PDF)
                .bill(BillFormat.SCAN_JPEG)
                .expect().note("Carrier LOA scanned upside down (both pages rotated 180 deg); Cox bill as a 200-dpi "
                        + "JPEG scan. Everything agrees.");
        t.kase("clean-boost-carrierloa-photo", Carrier.BOOST, 20).carrierLoa(LoaFormat.PHOTO_JPEG)
                .bill(PHOTO_JPEG)
                .expect().note("Boost Mobile needs a PIN and the SSN last 4: the one-page carrier LOA (numbers on "
                        + "page 1) gives both. LOA and bill are phone photos. Unit 'Apt 1207', ZIP+4 30308-1137.");
        t.kase("clean-googlevoice-screenshot-noisy-loa", Carrier.GOOGLE_VOICE, 27).loa(LoaFormat.NOISY_SCAN_PDF)
                .bill(SCREENSHOT_PNG).order("OTHER")
                .expect().note("Google Voice requires a PIN; the LOA (noisy scan) gives it. Bill is a screenshot of "
                        + "the Google Voice billing page. Unit written '#912', ZIP+4.");
        t.kase("clean-verizon-zip4-low-contrast", Carrier.VERIZON, 22).loa(LoaFormat.LOW_CONTRAST_SCAN_PDF)
                .bill(BillFormat.NOISY_SCAN_PDF).order("FIBER")
                .expect().note("Low-contrast LOA scan, noisy bill scan; ZIP+4 01609-2214 on both; unit 3.");
        t.kase("clean-att-business-carrierloa-fax", Carrier.ATT, 23).carrierLoa(FAX_TIFF)
                .bill(BillFormat.JPEG_ARTEFACTS_JPG).orderFull("CABLE")
                .expect().note("Business account: the carrier LOA's Customer (Company) Name is the business, Print "
                        + "Name the authorized person; faxed in two pages. Bill JPEG at quality 10.");
        t.kase("clean-spectrum-bill-sideways", Carrier.SPECTRUM, 30).loa(TEXT_PDF).bill(BillFormat.SCAN_SIDEWAYS_PDF)
                .expect().note("Bill scanned sideways (page rotated 90 deg in a landscape PDF). Apt 215, ZIP+4.");
        t.kase("clean-xfinity-photo-sideways", Carrier.XFINITY, 37).loa(LoaFormat.JPEG_ARTEFACTS_PDF)
                .bill(BillFormat.PHOTO_SIDEWAYS_JPEG).order("CABLE")
                .expect().note("Bill photographed with the phone held sideways (no orientation tag); LOA pages as "
                        + "quality-10 JPEGs.");
        t.kase("clean-centurylink-business-fax-upside-down", Carrier.CENTURYLINK, 31).loa(ACROFORM_PDF)
                .bill(BillFormat.FAX_UPSIDE_DOWN_TIFF).orderFull("FIBER")
                .expect().note("Business with three lines and an authorized person; the bill was faxed upside down.");
        t.kase("clean-tmobile-carrierloa-scan-jpeg", Carrier.TMOBILE, 29).carrierLoa(LoaFormat.SCAN_JPEG)
                .bill(BillFormat.LOW_CONTRAST_JPEG)
                .expect().note("One-page carrier LOA scanned to JPEG with the Transfer PIN; low-contrast bill scan.");
        t.kase("clean-spectrum-address-spelled-out", Carrier.SPECTRUM, 7).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> {
                    b.service = new Address("1215 Glenwood Avenue", null, "Raleigh", "NC", "27605-1620");
                    b.mailing = b.service;
                })
                .expect().note("The bill spells out 'Avenue' and prints ZIP+4; the LOA has 'Ave' and the ZIP: the "
                        + "same address after normalising.");

        // ---- multi-code ------------------------------------------------------------------------------------------
        t.kase("multi-business-freeze-pending-no-authorized", Carrier.COX, 36).loa(TEXT_PDF)
                .withoutLoaField("authorizedPerson").bill(BillFormat.TEXT_PDF)
                .billEdit(b -> {
                    b.features.add(Feature.FREEZE);
                    b.features.add(Feature.PENDING_ORDER);
                })
                .expect(240, 290, 300).note("Cox Business account without an authorized person on the LOA (240), "
                        + "a local service freeze (290) and a pending service order (300) on the bill.");
        t.kase("multi-verizon-dsl-stale-bill", Carrier.VERIZON, 34).loa(SCANNED_PDF)
                .bill(BillFormat.SCAN_UPSIDE_DOWN_JPEG)
                .billEdit(b -> b.dsl = true).billDaysOld(42)
                .expect(100, 140).note("Verizon bill shows DSL (100) and is 42 days old (140); scanned upside down.");
        t.kase("multi-centurylink-dsl-ring-sharing", Carrier.CENTURYLINK, 25).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.NOISY_SCAN_PDF)
                .billEdit(b -> {
                    b.dsl = true;
                    b.features.add(Feature.RINGMASTER);
                    b.features.add(Feature.LINE_SHARING);
                })
                .order("DSL")
                .expect(110, 270, 280).note("DSL with CenturyLink (110), Distinctive Ring (270) and Line Sharing "
                        + "(280) on a noisy scanned bill.");
        t.kase("multi-boost-no-pin-no-ssn", Carrier.BOOST, 35).carrierLoa(LoaFormat.TEXT_PDF)
                .withoutLoaField("pin", "ssnLast4").bill(BillFormat.TEXT_PDF)
                .expect(40, 50).note("Boost Mobile requires a PIN and the SSN last 4; the carrier LOA leaves both "
                        + "optional fields blank and there is no order.");
        t.kase("multi-order-no-internet-ringmaster", Carrier.ATT, 21).loa(FAX_TIFF).bill(BillFormat.LOW_CONTRAST_JPEG)
                .billEdit(b -> b.features.add(Feature.RINGMASTER)).order(null)
                .expect(90, 270).note("Order without internet connection (90); Ringmaster on a low-contrast bill "
                        + "(270).");
        t.kase("multi-final-bill-name-differs-windstream", Carrier.WINDSTREAM, 11).loa(ACROFORM_PDF)
                .bill(BillFormat.NOISY_SCAN_PDF)
                .billEdit(b -> {
                    b.customerName = "Margaret O'Connor";
                    b.finalBill = true;
                    b.disconnected = true;
                })
                .expect(200, 250).note("Windstream final bill (250) in another name (200 instead of 180).");
        t.kase("multi-final-bill-stale-tmobile", Carrier.TMOBILE, 27).loa(TEXT_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> {
                    b.finalBill = true;
                    b.disconnected = true;
                })
                .billDaysOld(75)
                .expect(140, 250).note("A 75-day-old final bill: too old (140) and disconnected (250).");
        t.kase("multi-shared-line-stale-verizon", Carrier.VERIZON, 30).loa(ACROFORM_PDF)
                .bill(BillFormat.LOW_CONTRAST_JPEG)
                .billEdit(b -> b.features.add(Feature.LINE_SHARING)).billDaysOld(35)
                .expect(140, 280).note("Line Sharing (280) on a bill 35 days old (140).");
        t.kase("multi-cox-pending-freeze-photo-sideways", Carrier.COX, 35).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.PHOTO_SIDEWAYS_JPEG)
                .billEdit(b -> {
                    b.features.add(Feature.PENDING_ORDER);
                    b.features.add(Feature.FREEZE);
                })
                .expect(290, 300).note("Freeze (290) and pending order (300) on a bill photographed sideways.");

        // ---- 10 / 120 / 130 / 140 / 150 / 160 / 170 / 180 on the carrier-loa -----------------------------------
        t.kase("10-carrierloa-no-date", Carrier.XFINITY, 21).carrierLoa(LoaFormat.TEXT_PDF)
                .withoutLoaField("signature1Date").bill(BillFormat.SCAN_JPEG)
                .expect(10).note("Signed carrier LOA without the signature date.");
        t.kase("10-120-carrierloa-unsigned", Carrier.SPECTRUM, 25).carrierLoa(LoaFormat.NOISY_SCAN_PDF)
                .signature1(Mark.EMPTY).bill(BillFormat.TEXT_PDF)
                .expect(10, 120).note("The only signature line is empty (10), so there is no hand-signed LOA beside "
                        + "the bill (120).");
        t.kase("10-carrierloa-no-city-state-zip-photo", Carrier.ATT, 37).carrierLoa(LoaFormat.PHOTO_JPEG)
                .withoutLoaField("city", "state", "zip").bill(PHOTO_JPEG)
                .expect(10).note("City/State/ZIP left blank on a photographed one-page carrier LOA.");
        t.kase("120-carrierloa-typed", Carrier.VERIZON, 24).carrierLoa(LoaFormat.TEXT_PDF).signature1(Mark.TYPED)
                .bill(BillFormat.TEXT_PDF)
                .expect(120).note("The carrier LOA's signature is a typed name.");
        t.kase("130-carrierloa-faint-scan-jpeg", Carrier.COX, 33).carrierLoa(LoaFormat.SCAN_JPEG)
                .signature1(Mark.FAINT).bill(BillFormat.TEXT_PDF)
                .expect(130).note("Faint signature (darkest grey ~226) on a one-page carrier LOA scanned to JPEG.");
        t.kase("130-carrierloa-smeared-photo", Carrier.CENTURYLINK, 38).carrierLoa(LoaFormat.PHOTO_JPEG)
                .signature1(Mark.SMEARED).bill(BillFormat.SCAN_JPEG)
                .expect(130).note("Smeared signature on a photographed carrier LOA.");
        t.kase("130-faint-second-signature-sideways", Carrier.FRONTIER, 3).loa(LoaFormat.SCAN_SIDEWAYS_PDF)
                .signature2(Mark.FAINT).bill(BillFormat.TEXT_PDF)
                .expect(130).note("Authorized signature faint on an LOA scanned sideways.");
        t.kase("140-carrierloa-no-bill-sideways", Carrier.SPECTRUM, 39).carrierLoa(LoaFormat.SCAN_SIDEWAYS_PDF)
                .order("CABLE")
                .expect(140).note("Hand-signed carrier LOA scanned sideways, no bill.");
        t.kase("150-boost-bill-no-service-address", Carrier.BOOST, 29).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.TEXT_PDF).billEdit(b -> b.service = null)
                .expect(150).note("Boost statement with a billing address but no service address.");
        t.kase("160-bill-blurry-carrierloa", Carrier.BOOST, 24).carrierLoa(LoaFormat.SCAN_JPEG)
                .bill(BLURRY_PHOTO_JPEG)
                .expect(160).note("Bill photo out of focus; the carrier LOA is complete (PIN and SSN last 4).");
        t.kase("170-carrierloa-slash-s-no-bill", Carrier.COX, 26).carrierLoa(LoaFormat.TEXT_PDF)
                .signature1(Mark.SLASH_S)
                .expect(170).note("'/s/' e-signature on the carrier LOA and no bill.");
        t.kase("180-carrierloa-name-differs-noisy", Carrier.ATT, 39).carrierLoa(LoaFormat.NOISY_SCAN_PDF)
                .bill(BillFormat.TEXT_PDF).billEdit(b -> b.customerName = "Thanh Nguyen")
                .expect(180).note("Bill in the name of Thanh Nguyen, carrier LOA customer Minh Tran.");

        // ---- 20 / 30 / 40 / 50 / 60 / 70 ---------------------------------------------------------------------------
        t.kase("20-carrierloa-po-box-no-bill", Carrier.XFINITY, 24).carrierLoa(FAX_TIFF)
                .loaField("street", "P.O. Box 5531")
                .expect(20, 140).note("Service address on the faxed carrier LOA is a PO box (20); no bill (140).");
        t.kase("20-zip-of-another-state", Carrier.SPECTRUM, 35).loa(TEXT_PDF).loaField("zip", "92101")
                .bill(BillFormat.SCAN_JPEG)
                .expect(20, 180).note("LOA ZIP 92101 is Californian, the state SC (20); the bill's ZIP 29201 "
                        + "differs (180).");
        t.kase("20-order-po-box-bill-only", Carrier.CENTURYLINK, 38).bill(BillFormat.SCAN_JPEG).orderFull("FIBER")
                .orderSet("serviceAddress", address("PO Box 3310", "Omaha", "NE", "68103"))
                .expect(20, 120, 180).note("The order's service address is a PO box (20) and not the bill's (180); "
                        + "no LOA (120).");
        t.kase("30-carrierloa-account-differs-sideways", Carrier.SPECTRUM, 39)
                .carrierLoa(LoaFormat.SCAN_SIDEWAYS_PDF).loaField("accountNumber", "8352 10 044 0071123")
                .bill(BillFormat.TEXT_PDF)
                .expect(30).note("The carrier LOA's account number is not the bill's.");
        t.kase("30-order-account-differs-no-loa", Carrier.COX, 28).bill(BillFormat.JPEG_ARTEFACTS_JPG)
                .orderFull("CABLE").orderSet("accountNumber", "150 0093 218877")
                .expect(30, 120).note("No LOA; the order's account number differs from the bill's (30); 120.");
        t.kase("40-googlevoice-no-pin", Carrier.GOOGLE_VOICE, 21).loa(TEXT_PDF).withoutLoaField("pin")
                .bill(BillFormat.SCREENSHOT_JPEG)
                .expect(40).note("Google Voice requires a PIN; none given. Bill screenshot saved as JPEG.");
        t.kase("40-tmobile-carrierloa-photo-no-pin", Carrier.TMOBILE, 37).carrierLoa(LoaFormat.PHOTO_JPEG)
                .withoutLoaField("pin").bill(PHOTO_JPEG)
                .expect(40).note("Transfer PIN left blank on a photographed T-Mobile carrier LOA.");
        t.kase("50-boost-v1-no-ssn", Carrier.BOOST, 24).loa(SCANNED_PDF).bill(BillFormat.TEXT_PDF)
                .expect(50).note("portcheck-loa-v1 has no SSN field and there is no order: Boost's SSN last 4 is "
                        + "missing (50); the PIN is given.");
        t.kase("50-boost-carrierloa-no-ssn-fax", Carrier.BOOST, 38).carrierLoa(FAX_TIFF)
                .withoutLoaField("ssnLast4").bill(BillFormat.FAX_TIFF)
                .expect(50).note("Faxed carrier LOA with the Transfer PIN but no SSN last 4.");
        t.kase("60-sprint-order-ssn-only", Carrier.SPRINT, 38).orderFull("CELLULAR")
                .orderRemove("accountNumber", "pin").orderSet("ssnLast4", "4417")
                .expect(60, 170).note("Sprint order with the SSN last 4 but no account number and no PIN: 60; no "
                        + "documents (170).");
        t.kase("60-boost-carrierloa-no-account-no-pin", Carrier.BOOST, 33).carrierLoa(LoaFormat.TEXT_PDF)
                .withoutLoaField("accountNumber", "pin").bill(BillFormat.TEXT_PDF)
                .expect(10, 60).note("Account number (required: 10) and PIN blank, SSN last 4 given: 60.");
        t.kase("60-googlevoice-v1-no-account-no-pin", Carrier.GOOGLE_VOICE, 20).loa(ACROFORM_PDF)
                .withoutLoaField("accountNumber", "pin").bill(SCREENSHOT_PNG)
                .expect(10, 60).note("Google Voice: no account number (10) and no PIN: 60.");
        t.kase("70-boost-carrierloa-blank-account-pin-ssn", Carrier.BOOST, 39).carrierLoa(LoaFormat.SCANNED_PDF)
                .withoutLoaField("accountNumber", "pin", "ssnLast4").bill(PHOTO_JPEG)
                .expect(10, 70).note("Account number, PIN and SSN last 4 all missing for Boost: 70 alone; the "
                        + "blank account number is also 10.");
        t.kase("70-boost-order-bill-only", Carrier.BOOST, 30).bill(BillFormat.NOISY_SCAN_PDF).orderFull("CELLULAR")
                .orderRemove("accountNumber", "pin")
                .expect(70, 120).note("Order without account number, PIN or SSN for Boost (70); bill but no LOA "
                        + "(120).");
        t.kase("70-sprint-order-only", Carrier.SPRINT, 25).orderFull("OTHER").orderRemove("accountNumber", "pin")
                .expect(70, 170).note("Sprint order with none of account number, PIN, SSN (70); no documents (170).");

        // ---- 90 / 100 / 110 ----------------------------------------------------------------------------------------
        t.kase("90-carrierloa-order-no-internet", Carrier.CENTURYLINK, 18).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.SCAN_JPEG).order(null)
                .expect(90).note("The order gives numbers but no internet connection.");
        t.kase("90-business-order-no-internet", Carrier.COX, 26).loa(ACROFORM_PDF).bill(BillFormat.TEXT_PDF)
                .orderFull(null)
                .expect(90).note("Complete business order without the internet connection.");
        t.kase("100-verizon-bill-dsl-carrierloa-fax", Carrier.VERIZON, 21).carrierLoa(LoaFormat.FAX_UPSIDE_DOWN_TIFF)
                .bill(BillFormat.TEXT_PDF).billEdit(b -> b.dsl = true)
                .expect(100).note("Verizon bill shows DSL; the carrier LOA was faxed upside down.");
        t.kase("100-verizon-dsl-order-no-loa", Carrier.VERIZON, 33).bill(BillFormat.SCAN_SIDEWAYS_PDF)
                .orderFull("DSL")
                .expect(100, 120).note("Order says DSL with Verizon (100); bill scanned sideways, no LOA (120).");
        t.kase("110-frontier-order-dsl-upside-down", Carrier.FRONTIER, 29).loa(LoaFormat.SCAN_UPSIDE_DOWN_PDF)
                .bill(BillFormat.TEXT_PDF).order("DSL")
                .expect(110).note("Order DSL with Frontier; LOA scanned upside down.");
        t.kase("110-centurylink-bill-dsl-fax", Carrier.CENTURYLINK, 37).loa(TEXT_PDF).bill(BillFormat.FAX_TIFF)
                .billEdit(b -> b.dsl = true)
                .expect(110).note("Faxed CenturyLink bill shows High Speed Internet (DSL).");

        // ---- 190 / 200 -----------------------------------------------------------------------------------------------
        t.kase("190-magicjack-address-differs-jpeg", Carrier.MAGICJACK, 24).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.SCREENSHOT_JPEG)
                .billEdit(b -> b.service = new Address("915 Esplanade Ave", null, "New Orleans", "LA", "70116"))
                .expect(190).note("magicJack account registered at another address: 190 instead of 180.");
        t.kase("190-magicjack-order-name-differs", Carrier.MAGICJACK, 35).bill(SCREENSHOT_PNG).orderFull("OTHER")
                .orderSet("accountName", "Imani Brooks")
                .expect(120, 190).note("No LOA; the order's name is not the magicJack account's: 190 (and 120).");
        t.kase("190-magicjack-name-differs-noisy-loa", Carrier.MAGICJACK, 38).loa(LoaFormat.NOISY_SCAN_PDF)
                .bill(SCREENSHOT_PNG).billEdit(b -> b.customerName = "Gary Lowe")
                .expect(190).note("magicJack account in another name.");
        t.kase("200-windstream-name-differs-carrierloa", Carrier.WINDSTREAM, 17).carrierLoa(LoaFormat.SCAN_JPEG)
                .bill(PHOTO_JPEG).billEdit(b -> b.customerName = "Donna Turner")
                .expect(200).note("Windstream bill in another name: 200 instead of 180.");
        t.kase("200-windstream-address-differs-sideways", Carrier.WINDSTREAM, 38).loa(TEXT_PDF)
                .bill(BillFormat.SCAN_SIDEWAYS_PDF)
                .billEdit(b -> {
                    b.service = new Address("4410 Dodge St", null, "Omaha", "NE", "68131");
                    b.mailing = b.service;
                })
                .expect(200).note("Windstream service address differs; bill scanned sideways.");

        // ---- 220 / 230 / 240 / 250 / 260 --------------------------------------------------------------------------
        t.kase("220-premium-900-not-on-bill", Carrier.ATT, 27).loa(TEXT_PDF).loaField("number2", "(900) 733-4210")
                .bill(BillFormat.TEXT_PDF)
                .expect(150, 220).note("A 900 premium number to port (220) that the bill does not list (150).");
        t.kase("220-personal-500-carrierloa", Carrier.COX, 32).carrierLoa(LoaFormat.TEXT_PDF)
                .loaField("number2", "500-247-3318").bill(BillFormat.TEXT_PDF)
                .expect(150, 220).note("A 500 personal number (non-geographic) among the numbers (220), not a line "
                        + "of the bill (150).");
        t.kase("220-toll-free-877-business", Carrier.CENTURYLINK, 31).loa(FAX_TIFF).loaField("number4",
                "(877) 436-2210").bill(BillFormat.TEXT_PDF).billEdit(b -> b.lines.add("8774362210"))
                .expect(220).note("Toll-free 877 line of the business account among the numbers to port.");
        t.kase("220-order-n11-number", Carrier.SPECTRUM, 39).orderFull("CABLE")
                .orderSet("numbers", List.of("713-777-0422", "713-411-0429"))
                .expect(170, 220).note("Order-only; 713-411-0429 has an N11 exchange, not a valid NANP number "
                        + "(220); no documents (170).");
        t.kase("230-carrierloa-btn-not-on-bill", Carrier.COX, 26).carrierLoa(LoaFormat.TEXT_PDF)
                .loaField("btn", "615-327-4400").bill(BillFormat.TEXT_PDF)
                .expect(230).note("The carrier LOA's BTN is valid but not on the bill.");
        t.kase("230-order-btn-n11-no-loa", Carrier.ATT, 33).bill(BillFormat.PHOTO_SIDEWAYS_JPEG).orderFull("CABLE")
                .orderSet("btn", "(319) 211-0385")
                .expect(120, 230).note("The order's BTN has an N11 exchange (230); no LOA (120).");
        t.kase("240-carrierloa-business-no-print-name", Carrier.SPECTRUM, 36).carrierLoa(LoaFormat.SCAN_JPEG)
                .withoutLoaField("authorizedPerson").bill(BillFormat.TEXT_PDF)
                .expect(10, 240).note("Business account; Print Name blank (required: 10) so no authorized person "
                        + "(240).");
        t.kase("240-xfinity-business-no-authorized", Carrier.XFINITY, 23).loa(TEXT_PDF)
                .withoutLoaField("authorizedPerson").bill(BillFormat.SCAN_JPEG)
                .expect(240).note("Comcast Business Voice bill; the LOA names no authorized person.");
        t.kase("240-cox-business-fax-photo", Carrier.COX, 26).loa(FAX_TIFF).withoutLoaField("authorizedPerson")
                .bill(PHOTO_JPEG)
                .expect(240).note("Cox Business bill photographed; faxed LOA without an authorized person.");
        t.kase("250-centurylink-disconnected", Carrier.CENTURYLINK, 4).carrierLoa(LoaFormat.TEXT_PDF)
                .bill(BillFormat.JPEG_ARTEFACTS_JPG).billEdit(b -> b.disconnected = true)
                .expect(250).note("The bill says the service was disconnected (not marked final).");
        t.kase("250-cox-final-bill-upside-down", Carrier.COX, 32).loa(SCANNED_PDF)
                .bill(BillFormat.SCAN_UPSIDE_DOWN_JPEG).billEdit(b -> b.finalBill = true)
                .expect(250).note("FINAL BILL banner on a bill scanned upside down.");
        t.kase("260-carrierloa-ports-one-of-two", Carrier.SPECTRUM, 21).carrierLoa(LoaFormat.TEXT_PDF)
                .withoutLoaField("number2").bill(BillFormat.TEXT_PDF)
                .expect(260).note("Attachment A lists one number; the bill has a second line.");
        t.kase("260-order-ports-one-of-three", Carrier.FRONTIER, 16).loa(ACROFORM_PDF).bill(BillFormat.SCAN_JPEG)
                .orderFull("FIBER").orderSet("numbers", List.of("612-827-3350"))
                .expect(260).note("The order ports one number; the bill has three lines.");
        t.kase("260-extra-line-cox-noisy", Carrier.COX, 36).loa(LoaFormat.NOISY_SCAN_PDF).bill(BillFormat.TEXT_PDF)
                .billEdit(b -> b.lines.add("4055251879"))
                .expect(260).note("The bill lists a third line (405) 525-1879 that the LOA does not port.");

        // ---- 270 / 280 / 290 / 300 --------------------------------------------------------------------------------
        t.kase("270-ident-a-call-windstream-sideways", Carrier.WINDSTREAM, 17).loa(LoaFormat.SCAN_SIDEWAYS_PDF)
                .bill(BillFormat.TEXT_PDF).billEdit(b -> b.features.add(Feature.RINGMASTER))
                .expect(270).note("Ident-A-Call charge on the Windstream bill.");
        t.kase("270-teen-line-cox-low-contrast", Carrier.COX, 28).carrierLoa(LoaFormat.LOW_CONTRAST_SCAN_PDF)
                .bill(BillFormat.TEXT_PDF).billEdit(b -> b.features.add(Feature.RINGMASTER))
                .expect(270).note("Teen Line charge on the Cox bill; low-contrast carrier LOA.");
        t.kase("280-line-sharing-att-photo", Carrier.ATT, 33).carrierLoa(LoaFormat.PHOTO_JPEG).bill(PHOTO_JPEG)
                .billEdit(b -> b.features.add(Feature.LINE_SHARING))
                .expect(280).note("Line Sharing on a photographed AT&T bill.");
        t.kase("280-line-sharing-centurylink-fax", Carrier.CENTURYLINK, 29).loa(FAX_TIFF)
                .bill(BillFormat.FAX_UPSIDE_DOWN_TIFF).billEdit(b -> b.features.add(Feature.LINE_SHARING))
                .expect(280).note("Line Sharing on a CenturyLink bill faxed upside down.");
        t.kase("290-freeze-verizon-carrierloa", Carrier.VERIZON, 39).carrierLoa(LoaFormat.SCAN_UPSIDE_DOWN_PDF)
                .bill(BillFormat.SCANNED_PDF).billEdit(b -> b.features.add(Feature.FREEZE))
                .expect(290).note("Local Service Freeze on the Verizon bill.");
        t.kase("290-freeze-spectrum-jpeg", Carrier.SPECTRUM, 37).loa(LoaFormat.LOW_CONTRAST_SCAN_PDF)
                .bill(BillFormat.JPEG_ARTEFACTS_JPG).billEdit(b -> b.features.add(Feature.FREEZE))
                .expect(290).note("PIC freeze on a bill saved at JPEG quality 10.");
        t.kase("300-pending-order-tmobile-screenshot", Carrier.TMOBILE, 34).loa(TEXT_PDF).bill(SCREENSHOT_PNG)
                .billEdit(b -> b.features.add(Feature.PENDING_ORDER))
                .expect(300).note("Pending service order shown on the T-Mobile account page.");
        t.kase("300-pending-att-order-no-loa", Carrier.ATT, 38).bill(BillFormat.FAX_TIFF).orderFull("CABLE")
                .billEdit(b -> b.features.add(Feature.PENDING_ORDER))
                .expect(120, 300).note("Pending service order on a faxed bill (300); no LOA (120).");
    }

    private static Map<String, Object> address(String line1, String city, String state, String zip) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("line1", line1);
        a.put("city", city);
        a.put("state", state);
        a.put("zip", zip);
        return a;
    }

    private record Table(long seed, List<SampleCase> all) {
        SampleCase kase(String name, Carrier c, int persona) {
            SampleCase k = SampleCase.kase(name, c, persona, seed);
            all.add(k);
            return k;
        }
    }
}
