package org.portcheck.document;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real files through the whole stage: text layers, forms, scans, photos, faxes, turned and skewed pages. */
class DocumentReaderTest {

    private final DocumentReader reader = DocumentTestSupport.reader();

    private static void assertReadsLetter(Page page) {
        String text = Fixtures.text(page);
        for (String key : List.of("agreement", "riverside", "telephone", "7730418825", "orchard", "springfield")) {
            assertTrue(text.contains(key), "'" + key + "' missing from page " + page.number() + ": " + text);
        }
    }

    private static Word word(Page page, String text) {
        return page.words().stream().filter(w -> w.text().toLowerCase(Locale.ROOT).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no word '" + text + "' on page " + page.number()));
    }

    @Test
    void shouldReadTextLayerWordsWithBoxesInPointsFromTheTop() throws Exception {
        byte[] pdf = Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES));
        long t = System.nanoTime();
        Document doc = reader.read(pdf);
        System.out.printf("text-layer PDF (1 Letter page) read in %d ms%n", (System.nanoTime() - t) / 1_000_000);

        assertEquals(Source.TEXT_LAYER, doc.source());
        assertEquals(1, doc.pages().size());
        Page page = doc.pages().get(0);
        assertEquals(Source.TEXT_LAYER, page.source());
        assertEquals(612, page.width());
        assertEquals(792, page.height());
        assertReadsLetter(page);
        assertTrue(page.words().stream().allMatch(w -> w.confidence() == 1.0));
        // line 5 ("Account Number: ...") has its baseline 72 + 4 * 24 pt from the top; it starts at x = 72
        Word account = word(page, "7730418825");
        assertTrue(Math.abs(account.box().bottom() - (72 + 4 * 24)) <= 3, account.toString());
        Word first = page.words().stream().filter(w -> w.text().equals("Account")).findFirst().orElseThrow();
        assertTrue(Math.abs(first.box().x() - 72) <= 2, first.toString());
        assertTrue(first.box().height() >= 6 && first.box().height() <= 14, first.toString());
        // the ink picture is at the ink DPI, so image pixels = points * 100/72
        assertNotNull(page.image());
        assertEquals(100 / 72.0, page.imageScale(), 1e-9);
        assertEquals(Math.round(612 * 100 / 72.0), page.image().getWidth(), 1);
        assertEquals(0, doc.ocrMillis());
    }

    @Test
    void shouldReadPdfAfterLeadingJunk() throws Exception {
        byte[] pdf = Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES));
        byte[] junk = "From: scanner@example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] both = new byte[junk.length + pdf.length];
        System.arraycopy(junk, 0, both, 0, junk.length);
        System.arraycopy(pdf, 0, both, junk.length, pdf.length);
        assertReadsLetter(reader.read(both).pages().get(0));
    }

    @Test
    void shouldTakeAcroFormValuesWithTheirPlaces() throws Exception {
        PDDocument doc = Fixtures.textPdf(Fixtures.LETTER_LINES, new String[]{"Account Holder Signature:", "Date:"});
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), Fixtures.helvetica());
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        addField(doc, form, doc.getPage(0), "accountNumber", new PDRectangle(300, 600, 150, 20), "1003146451");
        addField(doc, form, doc.getPage(1), "signature1Date", new PDRectangle(120, 650, 100, 18), "11/02/2026");
        addField(doc, form, doc.getPage(1), "pin", new PDRectangle(120, 500, 100, 18), "");

        Document read = reader.read(Fixtures.save(doc));

        assertEquals(Source.ACROFORM, read.source());
        assertEquals("1003146451", read.formFields().get("accountNumber"));
        assertEquals("11/02/2026", read.formFields().get("signature1Date"));
        assertTrue(!read.formFields().containsKey("pin"), "an empty field holds no value");
        Document.FieldPlace place = read.formFieldBoxes().get("accountNumber");
        assertEquals(1, place.page());
        assertEquals(new Box(300, 792 - 620, 150, 20), place.box());
        assertEquals(2, read.formFieldBoxes().get("signature1Date").page());
        assertEquals(2, read.formFieldBoxes().get("pin").page());
        assertReadsLetter(read.pages().get(0));
    }

    private static void addField(PDDocument doc, PDAcroForm form, PDPage page, String name, PDRectangle rect,
                                 String value) throws Exception {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
        if (!value.isEmpty()) {
            field.setValue(value);
        }
    }

    @Test
    void shouldOcrScannedPdfPageAtOcrDpi() throws Exception {
        byte[] pdf = Fixtures.scannedPdf(Fixtures.letterPage(200, Fixtures.LETTER_LINES).image(), 200);
        Document doc = reader.read(pdf);
        assertEquals(Source.OCR, doc.source());
        Page page = doc.pages().get(0);
        assertEquals(Source.OCR, page.source());
        assertEquals(300, page.dpi());
        assertEquals(2550, page.width(), 2);
        assertEquals(1.0, page.imageScale());
        assertReadsLetter(page);
        assertTrue(doc.ocrMillis() > 0);
        assertTrue(page.meanConfidence() > 0.8, "confidence " + page.meanConfidence());
    }

    @Test
    void shouldPutOcrWordBoxesWhereTheTextWasDrawn() throws Exception {
        Fixtures.Drawn drawn = Fixtures.letterPage(300, Fixtures.LETTER_LINES);
        Page page = reader.read(Fixtures.png(drawn.image())).pages().get(0);
        assertReadsLetter(page);
        assertEquals(drawn.image().getWidth(), page.width());
        Rectangle line = drawn.lineBoxes().get(4);
        Word account = word(page, "7730418825");
        int tolerance = 12;
        assertTrue(account.box().x() >= line.x - tolerance && account.box().right() <= line.x + line.width + tolerance,
                account + " vs " + line);
        assertTrue(Math.abs(account.box().centerY() - line.getCenterY()) <= tolerance, account + " vs " + line);
    }

    @Test
    void shouldReadJpegPhotoTurnedUpsideDown() throws Exception {
        BufferedImage upside = GreyImages.rotateClockwise(Fixtures.letterPage(200, Fixtures.LETTER_LINES).image(), 180);
        Page page = reader.read(Fixtures.jpeg(upside)).pages().get(0);
        assertReadsLetter(page);
        Word first = word(page, "agreement");
        assertTrue(first.box().y() < page.height() / 4, "title should be at the top once upright: " + first);
    }

    @Test
    void shouldReadPngTurnedSideways() throws Exception {
        BufferedImage sideways = GreyImages.rotateClockwise(Fixtures.letterPage(200, Fixtures.LETTER_LINES).image(), 90);
        Page page = reader.read(Fixtures.png(sideways)).pages().get(0);
        assertReadsLetter(page);
        assertTrue(page.height() > page.width(), "upright Letter is portrait: " + page.width() + "x" + page.height());
    }

    @Test
    void shouldStraightenPageSkewedThreeDegrees() throws Exception {
        BufferedImage skewed = GreyImages.rotate(Fixtures.letterPage(200, Fixtures.LETTER_LINES).image(), 3);
        Page page = reader.read(Fixtures.png(skewed)).pages().get(0);
        assertReadsLetter(page);
        // on the deskewed image both ends of a long line sit at the same height (3 degrees over ~1000 px is ~50 px)
        Word left = page.words().stream().filter(w -> w.text().equals("Billing")).findFirst().orElseThrow();
        Word right = word(page, "2046");
        assertTrue(Math.abs(left.box().centerY() - right.box().centerY()) <= 8, left + " / " + right);
    }

    @Test
    void shouldReadEveryFrameOfMultiPageTiff() throws Exception {
        BufferedImage one = Fixtures.letterPage(200, Fixtures.LETTER_LINES).image();
        BufferedImage two = Fixtures.letterPage(200, "Second page of the bill", "Amount due 42.17 dollars").image();
        Document doc = reader.read(Fixtures.tiff(List.of(one, two), "LZW", 200, 200));
        assertEquals(2, doc.pages().size());
        assertReadsLetter(doc.pages().get(0));
        String second = Fixtures.text(doc.pages().get(1));
        assertTrue(second.contains("second page") && second.contains("42.17"), second);
        assertEquals(2, doc.pages().get(1).number());
    }

    @Test
    void shouldSquareFaxPixelsAtFineAndNormalResolution() throws Exception {
        BufferedImage page = Fixtures.letterPage(204, Fixtures.LETTER_LINES).image();
        double aspect = page.getWidth() / (double) page.getHeight();
        // fine resolution as Group 4 (T.6), normal resolution as Group 3 (T.4)
        for (double yDpi : new double[]{196, 98}) {
            BufferedImage fax = Fixtures.binary(Fixtures.squeezeHeight(page, 204, yDpi));
            String compression = yDpi > 100 ? "CCITT T.6" : "CCITT T.4";
            Document doc = reader.read(Fixtures.tiff(List.of(fax), compression, 204, yDpi));
            Page read = doc.pages().get(0);
            double got = read.image().getWidth() / (double) read.image().getHeight();
            assertEquals(aspect, got, aspect * 0.01, "aspect at 204x" + yDpi);
            assertEquals(204, read.dpi());
            String text = Fixtures.text(read);
            for (String key : List.of("agreement", "riverside", "7730418825")) {
                assertTrue(text.contains(key), "fax 204x" + yDpi + " lacks '" + key + "': " + text);
            }
        }
    }

    @Test
    void shouldUpscaleLowResolutionScreenshot() throws Exception {
        Fixtures.Drawn shot = Fixtures.letterPage(96, Fixtures.LETTER_LINES);
        Page page = reader.read(Fixtures.png(shot.image())).pages().get(0);
        assertEquals(shot.image().getWidth() * 2, page.width());
        assertEquals(192, page.dpi());
        assertReadsLetter(page);
    }

    @Test
    void shouldHonourExifOrientationOfPhoto() throws Exception {
        BufferedImage upright = Fixtures.letterPage(150, Fixtures.LETTER_LINES).image();
        // a camera stores the sensor's picture (turned left) and an EXIF tag 6 saying "turn right to view"
        byte[] jpeg = ExifOrientationTest.withOrientation(Fixtures.jpeg(GreyImages.rotateClockwise(upright, 270)), 6);
        Page page = reader.read(jpeg).pages().get(0);
        assertTrue(page.height() > page.width());
        assertReadsLetter(page);
    }
}
