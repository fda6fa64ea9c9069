package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Figures, not assertions on time: run with {@code mvn -o test -Dtest=OcrBenchmark}. Prints OCR time of a 300-dpi
 * Letter page, text-layer PDF read time, and what upscaling does for low-resolution screenshots.
 */
class OcrBenchmark {

    private static final List<String> KEYS = List.of("letter", "agreement", "margaret", "ellison", "orchard",
            "avenue", "springfield", "riverside", "telephone", "company", "7730418825", "650", "318", "2046",
            "authorize", "transfer", "numbers", "provider");

    @Test
    void printFigures() throws Exception {
        DocumentReader reader = DocumentTestSupport.reader();
        byte[] scan = Fixtures.png(Fixtures.letterPage(300, Fixtures.LETTER_LINES).image());
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Document d = reader.read(scan);
            System.out.printf("300-dpi Letter PNG: %d ms wall, %d ms OCR%n", (System.nanoTime() - t) / 1_000_000,
                    d.ocrMillis());
        }
        byte[] two = Fixtures.tiff(List.of(Fixtures.letterPage(300, Fixtures.LETTER_LINES).image(),
                Fixtures.letterPage(300, Fixtures.LETTER_LINES).image()), "LZW", 300, 300);
        long t2 = System.nanoTime();
        Document d2 = reader.read(two);
        System.out.printf("two 300-dpi pages (TIFF): %d ms wall, %d ms OCR summed%n",
                (System.nanoTime() - t2) / 1_000_000, d2.ocrMillis());

        byte[] pdf = Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES, Fixtures.LETTER_LINES));
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            reader.read(pdf);
            System.out.printf("2-page text-layer PDF: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        }

        DocumentReader noUpscale = new DocumentReader(DocumentTestSupport.config(Map.of("upscale-factor", "1")),
                DocumentTestSupport.engine());
        for (int dpi : new int[]{50, 60, 72, 96, 120}) {
            byte[] shot = Fixtures.png(Fixtures.letterPage(dpi, Fixtures.LETTER_LINES).image());
            for (DocumentReader r : List.of(noUpscale, reader)) {
                long t = System.nanoTime();
                Page p = r.read(shot).pages().get(0);
                String text = Fixtures.text(p);
                long hits = KEYS.stream().filter(text::contains).count();
                System.out.printf("%d-dpi screenshot, %s: %d/%d key words, mean confidence %.2f, %d ms%n", dpi,
                        r == reader ? "upscaled 2x" : "as is", hits, KEYS.size(), p.meanConfidence(),
                        (System.nanoTime() - t) / 1_000_000);
            }
        }
        assertFalse(KEYS.isEmpty());
    }
}
