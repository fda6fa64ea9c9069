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
        return all;
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
