package org.portcheck.extract.bill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;
import org.portcheck.extract.BillFacts;

/**
 * What OCR of photos, faxes and scans does to a bill's words, built as synthetic words with the boxes Tesseract gave
 * on such pages: a tall blob beside a header, lines that slant, a label with a slipped letter, line spacing wider
 * than the words.
 */
class BillOcrSlipsTest {

    private static final double CHAR_WIDTH_PER_HEIGHT = 0.55;
    private final BillReader reader = TestBills.reader();
    private final List<Word> words = new ArrayList<>();

    /** Words of {@code text} from x, each on its own baseline: y grows by {@code slope} px per word (a slant). */
    private BillOcrSlipsTest put(int x, int y, int h, double slope, String text) {
        int cx = x;
        int i = 0;
        for (String t : text.split(" ")) {
            int w = (int) Math.round(t.length() * h * CHAR_WIDTH_PER_HEIGHT);
            words.add(new Word(t, new Box(cx, (int) Math.round(y + i * slope), w, h), 0.95));
            cx += w + h / 2;
            i++;
        }
        return this;
    }

    private BillOcrSlipsTest put(int x, int y, int h, String text) {
        return put(x, y, h, 0, text);
    }

    private BillFacts read() {
        Page page = new Page(1, 1485, 1852, Source.OCR, 175, words, null, 1);
        return reader.read(new Document(List.of(page), Source.OCR, Map.of(), Map.of(), 0));
    }

    @Test
    void aTallBlobBesideTheHeaderDoesNotGlueItsLinesTogether() {
        put(320, 171, 42, "AT&T");
        words.add(new Word("\u2014", new Box(224, 152, 79, 60), 0.46));
        put(969, 160, 16, "Page: 1 of 1 | Issue Date: Nov 4, 2026");
        put(979, 188, 16, "Account number: 293320659373");
        put(1013, 219, 16, "Billing period: Nov 4 - Dec 3, 2026");
        BillFacts bill = read();
        assertEquals("293320659373", bill.accountNumber().value());
        assertEquals("2026-11-04", bill.statementDate().value());
    }

    @Test
    void aSlantedLineStaysOneLine() {
        put(100, 150, 30, "xfinity");
        put(922, 195, 18, 1, "Account Number");
        put(1179, 203, 17, 1, "8155 44 090 3020241");
        BillFacts bill = read();
        assertEquals("8155 44 090 3020241", bill.accountNumber().value());
    }

    @Test
    void aSlantedValueRightOfItsLabelIsTaken() {
        put(100, 150, 30, "xfinity");
        put(1009, 270, 17, 3, "For service at");
        put(1329, 282, 18, 2.5, "1457 Waverley St");
        put(1303, 307, 19, 3, "Palo Alto, CA 94301");
        BillFacts bill = read();
        assertEquals("1457 Waverley St", bill.serviceAddressParts().line1());
        assertEquals("94301", bill.serviceAddressParts().zip());
    }

    @Test
    void aServiceAddressLabelWithSlippedLettersIsStillALabel() {
        put(100, 100, 30, "verizon");
        put(207, 320, 21, "MARIA ALVAREZ");
        put(1055, 343, 15, "ence ervice Add Address");
        put(207, 355, 21, "1457 WAVERLEY ST");
        put(1057, 376, 21, "1457 Waverley St");
        put(207, 389, 21, "PALO ALTO, CA 94301");
        put(1056, 410, 21, "Palo Alto, CA 94301");
        BillFacts bill = read();
        assertTrue(bill.serviceAddress().present(), bill.serviceAddress().toString());
        assertEquals("1457 Waverley St", bill.serviceAddressParts().line1());
        assertEquals("94301", bill.serviceAddressParts().zip());
        assertEquals("MARIA ALVAREZ", bill.customerName().value());
    }

    @Test
    void aServiceAddressLabelWithTheDoubleLetterLostIsStillALabel() {
        put(100, 100, 30, "verizon");
        put(335, 492, 33, "PAULA NGUYEN");
        put(1584, 528, 26, ". ervice a ress");
        put(333, 544, 33, "88 ORCHARD RD");
        put(1583, 575, 34, "88 Orchard Rd");
        put(334, 596, 37, "AMES, IA 50010");
        put(1583, 626, 36, "Ames, IA 50010");
        BillFacts bill = read();
        assertTrue(bill.serviceAddress().present(), bill.serviceAddress().toString());
        assertEquals("88 Orchard Rd", bill.serviceAddressParts().line1());
        assertEquals("50010", bill.serviceAddressParts().zip());
    }

    @Test
    void wordsFarFromTheServiceAddressLabelAreNoLabel() {
        assertFalse(Labels.isFuzzyLabel("Service Access", Labels.SERVICE_ADDRESS_WORDS));
        assertFalse(Labels.isFuzzyLabel("Device Area", Labels.SERVICE_ADDRESS_WORDS));
        assertFalse(Labels.isFuzzyLabel("Services Agreement", Labels.SERVICE_ADDRESS_WORDS));
    }

    @Test
    void anAccountLabelRunIntoAStampIsStillALabel() {
        put(253, 186, 80, "KINETIC");
        put(1349, 167, 27, "BILLING DATE:");
        put(1735, 164, 32, "11/01/2026");
        put(949, 205, 30, ". FINAL BILEBccoont no.: 071-552-3108-2");
        put(1357, 265, 29, "DUE DATE:");
        put(1735, 264, 34, "11/21/2026");
        BillFacts bill = read();
        assertEquals("071-552-3108-2", bill.accountNumber().value());
    }

    @Test
    void aSlippedAccountLabelDoesNotOutrankOneReadAsPrinted() {
        put(100, 100, 30, "KINETIC");
        put(900, 200, 20, "Discount no.: 5521-9");
        put(900, 240, 20, "Account Number: 071-552-3108-2");
        BillFacts bill = read();
        assertEquals("071-552-3108-2", bill.accountNumber().value());
    }

    @Test
    void aNameAboveTheStreetIsTakenWhenLinesAreSpacedWiderThanTheirWords() {
        // A text-layer page: 7 pt words on a 12.5 pt pitch leave a gap wider than a word's height.
        put(100, 40, 12, "verizon");
        put(60, 114, 7, "STEVEN CARTER");
        put(60, 127, 7, "1640 GRAPE ST");
        put(60, 139, 7, "DENVER, CO 80220");
        BillFacts bill = read();
        assertEquals("STEVEN CARTER", bill.customerName().value());
    }

    @Test
    void aCallingPlanBetweenTwoLinesIsNoCustomerServiceNotice() {
        put(60, 40, 20, "T-Mobile");
        put(60, 576, 20, "Your lines");
        put(60, 615, 16, "(520) 323-6687");
        put(60, 644, 16, "Unlimited calling plan");
        put(60, 703, 16, "(520) 323-6690");
        put(60, 732, 16, "Unlimited calling plan");
        put(60, 800, 16, "Questions? Call 1-800-937-8997");
        assertEquals(List.of("+15203236687", "+15203236690"), read().lines().stream().map(l -> l.e164()).toList());
    }

    @Test
    void aHeadingThatNamesTheBrandsNumbersIsALinesHeading() {
        put(60, 40, 20, "magicJack");
        put(60, 576, 20, "Your magicJack numbers");
        put(60, 615, 16, "(303) 329-6157");
        assertEquals(List.of("+13033296157"), read().lines().stream().map(l -> l.e164()).toList());
    }

    @Test
    void anInvitationCarriedOverALineWithWideSpacingStatesNoFreeze() {
        put(60, 40, 12, "Frontier");
        put(60, 611, 6, "Allow 3 to 5 business days for online payments to post. Ask us");
        put(60, 622, 6, "about a freeze on your preferred carrier choices.");
        assertEquals(List.of(), read().features());
    }
}
