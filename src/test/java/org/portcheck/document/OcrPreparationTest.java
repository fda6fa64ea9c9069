package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faint, grey and speckled scans: the copy OCR reads is cleaned, the page keeps its own pixels. */
class OcrPreparationTest {

    private static final int DPI = 300;
    private static final int INK = 110;
    private static final int PAPER = 205;

    /** The letter page as a poor scanner gives it: grey paper, grey ink, and dark specks of 2 to 3 pixels. */
    private static BufferedImage degraded(boolean specks) {
        BufferedImage page = Fixtures.letterPage(DPI, Fixtures.LETTER_LINES).image();
        byte[] px = GreyImages.pixels(page);
        for (int i = 0; i < px.length; i++) {
            int v = px[i] & 0xFF;
            px[i] = (byte) (INK + (PAPER - INK) * v / 255);
        }
        if (specks) {
            Random random = new Random(7);
            int w = page.getWidth();
            for (int n = 0; n < 6000; n++) {
                int x = 1 + random.nextInt(w - 4);
                int y = 1 + random.nextInt(page.getHeight() - 4);
                int size = 2 + random.nextInt(2);
                for (int dy = 0; dy < size; dy++) {
                    for (int dx = 0; dx < size; dx++) {
                        px[(y + dy) * w + x + dx] = (byte) (INK - 40);
                    }
                }
            }
        }
        return page;
    }

    private static void assertLabelsRead(Page page) {
        String text = Fixtures.text(page);
        assertTrue(text.contains("account holder name:"), text);
        assertTrue(text.contains("current provider: riverside telephone company"), text);
        assertTrue(text.contains("account number: 7730418825"), text);
        assertTrue(text.contains("billing telephone number:"), text);
    }

    @Test
    void shouldReadLabelsOfALowContrastSpeckledScanAndKeepThePagePixels() throws Exception {
        byte[] pdf = Fixtures.scannedPdf(degraded(true), DPI);
        Page page = DocumentTestSupport.reader().read(pdf).pages().get(0);
        assertLabelsRead(page);
        // the ink classifier must still see grey paper and faint ink, not the stretched copy (rendering the PDF's
        // grey image shifts levels a little, so no exact values)
        int paper = GreyImages.percentile(page.image(), 0.5);
        int ink = GreyImages.percentile(page.image(), 0.001);
        assertTrue(paper < 245, "page paper level " + paper);
        assertTrue(ink > 40, "page ink level " + ink);
        // but without the specks, which it would take for faint ink in an empty block
        int left = Specks.find(page.image(), 140, 12, 8).count();
        assertTrue(left < 300, left + " specks left of 6000");
    }

    @Test
    void shouldReadLabelsOfALowContrastImageFile() throws Exception {
        Page page = DocumentTestSupport.reader().read(Fixtures.png(degraded(false))).pages().get(0);
        assertLabelsRead(page);
    }

    @Test
    void shouldStretchLevelsBetweenInkAndPaper() {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GreyImages.pixels(img);
        px[0] = (byte) INK;
        px[1] = (byte) ((INK + PAPER) / 2);
        px[2] = (byte) PAPER;
        byte[] out = GreyImages.pixels(GreyImages.stretch(img, INK, PAPER));
        assertEquals(0, out[0] & 0xFF);
        assertEquals(128, out[1] & 0xFF, 2);
        assertEquals(255, out[2] & 0xFF);
    }

    @Test
    void shouldRemoveALoneSpeckButKeepADotBesideALetter() {
        int w = 60;
        BufferedImage img = new BufferedImage(w, 40, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GreyImages.pixels(img);
        java.util.Arrays.fill(px, (byte) 255);
        // a "letter": a 4 x 20 stroke, and a 3 x 3 full stop 3 pixels to its right
        for (int y = 10; y < 30; y++) {
            for (int x = 10; x < 14; x++) {
                px[y * w + x] = 0;
            }
        }
        for (int y = 27; y < 30; y++) {
            for (int x = 17; x < 20; x++) {
                px[y * w + x] = 0;
                // a lone speck of the same size far from both
                px[(y - 20) * w + x + 30] = 0;
            }
        }
        Specks d = Specks.find(img, 140, 12, 8);
        byte[] out = GreyImages.pixels(d.paintedOver(img, 255));
        assertEquals(1, d.count());
        assertEquals(0, out[28 * w + 18] & 0xFF, "the full stop stays");
        assertEquals(255, out[8 * w + 48] & 0xFF, "the speck goes");
        assertEquals(0, out[20 * w + 12] & 0xFF, "the stroke stays");
    }

    @Test
    void shouldFindTheStretchedCopysInkBelowOneLevelOfThePage() {
        BufferedImage levels = new BufferedImage(256, 1, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GreyImages.pixels(levels);
        for (int v = 0; v < 256; v++) {
            px[v] = (byte) v;
        }
        for (int ink = 0; ink < 255; ink += 3) {
            for (int paper = ink + 1; paper < 256; paper += 2) {
                byte[] stretched = GreyImages.pixels(GreyImages.stretch(levels, ink, paper));
                for (int threshold : new int[] {1, 100, 140, 200, 255, 256}) {
                    int below = GreyImages.stretchedBelow(ink, paper, threshold);
                    for (int v = 0; v < 256; v++) {
                        assertEquals((stretched[v] & 0xFF) < threshold, v < below,
                                "level " + v + ", ink " + ink + ", paper " + paper + ", threshold " + threshold);
                    }
                }
            }
        }
    }
}
