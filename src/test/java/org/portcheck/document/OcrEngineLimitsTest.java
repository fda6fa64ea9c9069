package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool's own limits: a full queue refuses new documents, and a page that runs too long is stopped. */
class OcrEngineLimitsTest {

    @Test
    void shouldRefuseNewDocumentAsBusyWhenTheQueueIsFull() throws Exception {
        DocumentConfig config = DocumentTestSupport.config(Map.of("ocr-workers", "1", "ocr-queue-size", "1"));
        BufferedImage page = Fixtures.letterPage(300, Fixtures.LETTER_LINES).image();
        try (OcrEngine engine = new OcrEngine(config)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            List<CompletableFuture<OcrEngine.PageResult>> taken = new ArrayList<>();
            DocumentException busy = null;
            // one page on the worker, one waiting: a third new document finds no room (pages take ~1 s each)
            for (int i = 1; i <= 3 && busy == null; i++) {
                try {
                    taken.add(engine.submit(new OcrEngine.PageJob(i, page, 300, deadline), false));
                } catch (DocumentException e) {
                    busy = e;
                }
            }
            assertNotNull(busy, "a third document should have been refused");
            assertEquals(DocumentException.Reason.BUSY, busy.reason());
            assertTrue(busy.getMessage().contains("queue is full"), busy.getMessage());
            // what was taken is still read
            for (CompletableFuture<OcrEngine.PageResult> f : taken) {
                assertTrue(f.get(60, TimeUnit.SECONDS).words().size() > 10);
            }
        }
    }

    @Test
    void shouldStopPageThatRunsPastItsDeadline() throws Exception {
        DocumentConfig config = DocumentTestSupport.config(Map.of("page-deadline", "0.3s"));
        try (OcrEngine engine = new OcrEngine(config)) {
            DocumentReader reader = new DocumentReader(config, engine);
            String[] many = new String[40];
            for (int i = 0; i < many.length; i++) {
                many[i] = "Line " + i + " of a long page with plenty of words to keep Tesseract busy for a while";
            }
            byte[] png = Fixtures.png(Fixtures.letterPage(300, many).image());
            DocumentException e = assertThrows(DocumentException.class, () -> reader.read(png));
            assertEquals(DocumentException.Reason.UNREADABLE, e.reason());
            assertTrue(e.getMessage().contains("reading page 1 ran past its 0.3 s deadline"), e.getMessage());
        }
    }

    @Test
    void shouldCutTesseractShortAtItsDeadline() {
        BufferedImage page = Fixtures.letterPage(300, Fixtures.LETTER_LINES).image();
        try (TesseractHandle handle = new TesseractHandle(DocumentTestSupport.engine().tessdata(), "eng")) {
            long t = System.nanoTime();
            TesseractHandle.Recognition cut = handle.recognize(page, 300, 50);
            long cutMillis = (System.nanoTime() - t) / 1_000_000;
            assertTrue(!cut.finished(), "a 50 ms budget cannot read a whole page");
            TesseractHandle.Recognition full = handle.recognize(page, 300, 60_000);
            assertTrue(full.finished() && full.words().size() > 20);
            System.out.printf("recognition cut after %d ms%n", cutMillis);
        }
    }

    @Test
    void shouldStopDocumentThatRunsPastTheRequestDeadline() throws Exception {
        DocumentReader reader = DocumentTestSupport.reader();
        byte[] tiff = Fixtures.tiff(List.of(Fixtures.letterPage(300, Fixtures.LETTER_LINES).image(),
                Fixtures.letterPage(300, Fixtures.LETTER_LINES).image(),
                Fixtures.letterPage(300, Fixtures.LETTER_LINES).image()), "LZW", 300, 300);
        DocumentException e = assertThrows(DocumentException.class,
                () -> reader.read(tiff, java.time.Duration.ofMillis(400)));
        assertEquals(DocumentException.Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    }
}
