package org.portcheck.extract.bill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.DocumentReader;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.FieldState;

/**
 * A bill page drawn at 300 dpi and read by real Tesseract; then the first reading is spoilt as a whole-page layout
 * spoils a column of small labels (the label and the date come out as low-confidence blobs), and the reader must
 * read that column again from the picture.
 */
@QuarkusTest
class BillRereadTest {

    private static final int DPI = DrawnBill.DPI;
    private static final double PX_PER_PT = DrawnBill.PX_PER_PT;
    /** Rows of (x in points, text); rows are 16 pt apart. The right column is the header block of the bill. */
    private static final Object[][] ROWS = {
        {54, "Verizon", 400, "Bill Date"},
        {400, "October 27, 2026"},
        {400, "Account Number"},
        {54, "PAULA NGUYEN", 400, "400099879-00007"},
        {54, "88 ORCHARD RD", 400, "Service Address"},
        {54, "AMES, IA 50010", 400, "88 Orchard Rd"},
        {400, "Ames, IA 50010"},
        {},
        {54, "Services for (515) 232-0142"},
        {54, "Questions? Call 1-800-837-4966"},
    };

    private static BufferedImage image;

    @Inject
    DocumentReader documents;

    @Inject
    BillReader reader;

    @Inject
    RegionRereader rereader;

    @BeforeAll
    static void draw() {
        image = DrawnBill.draw(ROWS, 3.5);
    }

    /** The words Tesseract reads from the picture, where those of {@code spoilt} lines are one blob each. */
    private Page firstReading(List<String> spoilt) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Page read = documents.read(png.toByteArray()).pages().get(0);
        Layout layout = Layout.of(new Document(List.of(read), Source.OCR, Map.of(), Map.of(), 0), TestBills.config());
        List<Word> words = new ArrayList<>(read.words());
        for (TextLine seg : layout.segments) {
            if (spoilt.contains(seg.text)) {
                words.removeAll(seg.words);
                words.add(new Word("fee ee ek", seg.box, 0.2));
            }
        }
        return new Page(1, read.width(), read.height(), Source.OCR, DPI, words, image, 1);
    }

    private static Document document(Page page) {
        return new Document(List.of(page), Source.OCR, Map.of(), Map.of(), 0);
    }

    @Test
    void aColumnReadAsNoiseIsReadAgainFromThePicture() throws Exception {
        Document doc = document(firstReading(List.of("Service Address", "October 27, 2026")));
        BillFacts plain = TestBills.reader().read(doc);
        assertEquals(FieldState.BLANK, plain.serviceAddress().state());
        assertEquals(FieldState.BLANK, plain.statementDate().state());

        BillFacts bill = reader.read(doc);
        assertTrue(bill.serviceAddress().present(), bill.serviceAddress().toString());
        assertEquals("88 Orchard Rd", bill.serviceAddressParts().line1());
        assertEquals("2026-10-27", bill.statementDate().value());
        assertEquals("400099879-00007", bill.accountNumber().value());
    }

    @Test
    void aReadingThatDoesNotAgreeWithTheSureWordsIsNotTaken() throws Exception {
        Page read = firstReading(List.of("Service Address"));
        // The picture is of another page: the words the first reading was sure of are not where it put them.
        BufferedImage blank = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * PX_PER_PT)));
        g.drawString("Nothing to see here", 1400, 400);
        g.dispose();
        Document doc = document(new Page(1, read.width(), read.height(), Source.OCR, DPI, read.words(), blank, 1));
        assertSame(doc, rereader.reread(doc));
    }

    @Test
    void regionsKeepToTheColumnOfTheNoise() throws Exception {
        Page page = firstReading(List.of("Service Address"));
        List<Box> regions = rereader.regions(page);
        assertEquals(1, regions.size(), regions.toString());
        Box r = regions.get(0);
        int leftColumnRight = (int) Math.round(54 * PX_PER_PT + 300);
        assertTrue(r.x() > leftColumnRight, "region " + r + " reaches into the left column");
    }
}
