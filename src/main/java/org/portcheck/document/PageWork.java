package org.portcheck.document;

import io.quarkus.logging.Log;

import java.awt.image.BufferedImage;
import java.util.List;

/** Reading one grey page on an OCR worker: turn it upright, straighten it, then recognise its words. */
final class PageWork {

    private final DocumentConfig config;
    private final TesseractHandle tesseract;
    private final OcrEngine.PageJob job;

    PageWork(DocumentConfig config, TesseractHandle tesseract, OcrEngine.PageJob job) {
        this.config = config;
        this.tesseract = tesseract;
        this.job = job;
    }

    OcrEngine.PageResult run() {
        long pageEnd = Math.min(job.deadlineNanos(), System.nanoTime() + config.pageDeadline().toNanos());
        checkTime(pageEnd);
        long start = System.nanoTime();
        BufferedImage image = job.grey();

        int rotated = 0;
        TesseractHandle.Orientation orientation = tesseract.orientation(image, job.dpi());
        if (orientation != null && orientation.rotateClockwise() != 0
                && orientation.confidence() >= config.minOrientationConfidence()) {
            rotated = orientation.rotateClockwise();
            image = GreyImages.rotateClockwise(image, rotated);
        }
        checkTime(pageEnd);

        double skew = GreyImages.skewDegrees(image, config.maxSkewDegrees(), config.inkThreshold());
        double deskew = 0;
        if (Math.abs(skew) > config.minSkewDegrees()) {
            deskew = -skew;
            image = GreyImages.rotate(image, deskew);
        }
        checkTime(pageEnd);

        long budget = (pageEnd - System.nanoTime()) / 1_000_000;
        TesseractHandle.Recognition recognition = tesseract.recognize(image, job.dpi(), budget);
        if (!recognition.finished()) {
            throw pastDeadline();
        }
        List<Word> words = recognition.words().stream()
                .filter(w -> w.confidence() >= config.minWordConfidence())
                .toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Log.debugf("page %d: %d words in %d ms (turned %d, deskewed %.2f deg)", job.page(), words.size(), millis,
                rotated, deskew);
        return new OcrEngine.PageResult(image, words, millis, rotated, deskew);
    }

    private void checkTime(long pageEnd) {
        if (System.nanoTime() > pageEnd) {
            throw pastDeadline();
        }
    }

    private DocumentException pastDeadline() {
        boolean requestFirst = job.deadlineNanos() <= System.nanoTime();
        String what = requestFirst
                ? "reading the document ran past its " + seconds(config.requestDeadline().toMillis()) + " s deadline"
                + " at page " + job.page()
                : "reading page " + job.page() + " ran past its " + seconds(config.pageDeadline().toMillis())
                + " s deadline";
        return new DocumentException(DocumentException.Reason.UNREADABLE, what);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format("%.1f", millis / 1000.0);
    }
}
