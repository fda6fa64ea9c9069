package org.portcheck.extract.bill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sourceforge.tess4j.ITessAPI;
import com.sun.jna.Pointer;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import net.sourceforge.tess4j.TessAPI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Feature;
import org.portcheck.extract.Line;
import org.portcheck.extract.normalize.AccountNumbers;
import org.portcheck.extract.normalize.Addresses;
import org.portcheck.extract.normalize.Names;

/** A bill page drawn at 300 dpi, read by real Tesseract, then by the bill reader. */
class BillOcrTest {

    private static final int DPI = DrawnBill.DPI;
    private static final double PX_PER_PT = DrawnBill.PX_PER_PT;
    private static final String TESSDATA = System.getenv().getOrDefault("TESSDATA_PREFIX",
            "/usr/share/tesseract-ocr/5/tessdata");

    private static BillFacts bill;
    private static Page page;

    /** Rows of (x in points, text); rows are 16 pt apart, starting 54 pt from the top. */
    private static final Object[][] ROWS = {
        {54, "Frontier Communications", 380, "Page 1 of 2"},
        {},
        {54, "Invoice Date: November 3, 2026", 330, "Account Number: 570-234-4567-0101"},
        {54, "Customer Name: Susan Miller", 330, "Amount Due: $84.16"},
        {54, "Service Address: 9 Elm Ct, Erie, PA 16501"},
        {},
        {54, "Your services"},
        {54, "Telephone Number", 230, "Description", 460, "Amount"},
        {54, "(814) 234-2468", 230, "Home Phone Unlimited", 460, "$45.00"},
        {54, "(814) 234-2469", 230, "Distinctive Ring", 460, "$5.00"},
        {},
        {54, "Questions? Call 1-800-921-8101 or visit frontier.com/help"},
        {54, "To avoid disconnection, please pay by November 24, 2026."},
        {54, "Payments take 2 business days to post."},
    };

    @BeforeAll
    static void renderAndRead() throws Exception {
        BufferedImage image = DrawnBill.draw(ROWS, 4.5);
        int width = image.getWidth();
        int height = image.getHeight();

        page = new Page(1, width, height, Source.OCR, DPI, ocr(image), image, 1);
        bill = TestBills.reader().read(new Document(List.of(page), Source.OCR, Map.of(), Map.of(), 0));
    }

    /**
     * Tesseract through Tess4J's C API: {@code Tesseract.getWords} hands images over as TIFF, which needs the
     * jai-imageio plugin the build leaves out, so the grey pixels are passed directly.
     */
    private static List<Word> ocr(BufferedImage image) {
        TessAPI api = TessAPI.INSTANCE;
        TessAPI.TessBaseAPI handle = api.TessBaseAPICreate();
        List<Word> words = new ArrayList<>();
        try {
            assertEquals(0, api.TessBaseAPIInit3(handle, TESSDATA, "eng"), "Tesseract init with " + TESSDATA);
            api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
            buf.put(pixels).flip();
            api.TessBaseAPISetImage(handle, buf, image.getWidth(), image.getHeight(), 1, image.getWidth());
            api.TessBaseAPISetSourceResolution(handle, DPI);
            assertEquals(0, api.TessBaseAPIRecognize(handle, null), "recognize");
            TessAPI.TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
            TessAPI.TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
            api.TessPageIteratorBegin(pi);
            int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
            do {
                Pointer text = api.TessResultIteratorGetUTF8Text(ri, level);
                if (text == null) {
                    continue;
                }
                String t = text.getString(0).strip();
                api.TessDeleteText(text);
                float conf = api.TessResultIteratorConfidence(ri, level);
                IntBuffer l = IntBuffer.allocate(1);
                IntBuffer tp = IntBuffer.allocate(1);
                IntBuffer r = IntBuffer.allocate(1);
                IntBuffer b = IntBuffer.allocate(1);
                api.TessPageIteratorBoundingBox(pi, level, l, tp, r, b);
                if (!t.isEmpty()) {
                    words.add(new Word(t, new Box(l.get(0), tp.get(0), r.get(0) - l.get(0), b.get(0) - tp.get(0)),
                            Math.max(0, Math.min(1, conf / 100.0))));
                }
            } while (api.TessPageIteratorNext(pi, level) == ITessAPI.TRUE);
            api.TessResultIteratorDelete(ri);
        } finally {
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
        }
        return words;
    }

    @Test
    void tesseractReadTheWords() {
        assertTrue(page.words().size() > 60, "words: " + page.words().size());
        assertTrue(page.meanConfidence() > 0.8, "confidence: " + page.meanConfidence());
    }

    @Test
    void readsTheFieldsFromOcr() {
        assertTrue(bill.legible(), bill.illegibleReason());
        assertEquals("Frontier", bill.carrier().value());
        assertEquals("2026-11-03", bill.statementDate().value());
        assertTrue(AccountNumbers.same("570-234-4567-0101", bill.accountNumber().value()),
                bill.accountNumber().value());
        assertTrue(Names.sameName("Susan Miller", bill.customerName().value()), bill.customerName().value());
        assertTrue(Addresses.sameAddress(Addresses.parse("9 Elm Ct, Erie, PA 16501"), bill.serviceAddressParts()),
                String.valueOf(bill.serviceAddressParts()));
        assertEquals("16501", bill.serviceAddressParts().zip());
    }

    @Test
    void readsTheLinesAndFeaturesFromOcr() {
        assertEquals(Set.of("+18142342468", "+18142342469"),
                bill.lines().stream().map(Line::e164).collect(Collectors.toSet()));
        assertEquals(Set.of(Feature.Kind.DISTINCTIVE_RING),
                bill.features().stream().map(Feature::kind).collect(Collectors.toSet()));
        Feature ring = bill.features().get(0);
        // The evidence box is in pixels of the 300 dpi image: on the "Distinctive Ring" row.
        int rowY = (int) Math.round((54 + 16 * 9) * PX_PER_PT);
        assertTrue(Math.abs(ring.box().bottom() - rowY) < 20, "ring box " + ring.box() + " vs baseline " + rowY);
    }
}
