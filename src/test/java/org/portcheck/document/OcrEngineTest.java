package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcrEngineTest {

    private OcrEngine.PageResult ocr(BufferedImage img, int dpi) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        return DocumentTestSupport.engine().submit(new OcrEngine.PageJob(1, img, dpi, deadline), false)
                .get(60, TimeUnit.SECONDS);
    }

    @Test
    void shouldBeWarmAfterWarmUp() {
        assertTrue(DocumentTestSupport.engine().isWarm());
    }

    @Test
    void shouldReadALetterPageAt300Dpi() throws Exception {
        Fixtures.Drawn page = Fixtures.letterPage(300, Fixtures.LETTER_LINES);
        long t = System.nanoTime();
        OcrEngine.PageResult r = ocr(page.image(), 300);
        System.out.printf("OCR of one 300-dpi Letter page: %d ms (engine %d ms)%n",
                (System.nanoTime() - t) / 1_000_000, r.ocrMillis());
        String text = String.join(" ", r.words().stream().map(Word::text).toList()).toLowerCase();
        assertTrue(text.contains("riverside telephone company"), text);
        assertTrue(text.contains("7730418825"), text);
        assertEquals(0, r.rotatedClockwise());
        assertEquals(1, r.readings());
    }

    @Test
    void shouldTurnSidewaysPageUpright() throws Exception {
        Fixtures.Drawn page = Fixtures.letterPage(300, Fixtures.LETTER_LINES);
        for (int turn : new int[]{90, 180, 270}) {
            BufferedImage turned = GreyImages.rotateClockwise(page.image(), turn);
            OcrEngine.PageResult r = ocr(turned, 300);
            String text = String.join(" ", r.words().stream().map(Word::text).toList()).toLowerCase();
            System.out.println("turned " + turn + " -> rotated back " + r.rotatedClockwise());
            assertTrue(text.contains("riverside telephone"), turn + ": " + text);
            assertEquals((360 - turn) % 360, r.rotatedClockwise());
            // on its side or upside down, the page's look sends it to orientation detection before any reading
            assertEquals(1, r.readings(), "turned " + turn + " read once");
        }
    }
}
