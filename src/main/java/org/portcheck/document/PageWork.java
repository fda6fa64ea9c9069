package org.portcheck.document;

import io.quarkus.logging.Log;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reading one grey page on an OCR worker: straighten it and recognise its words. Most pages come upright, and
 * Tesseract's orientation detection costs about half a reading, so the page is read as it came first; only when
 * that reading is poor is orientation detected, and the page turned and read again if it is turned. A page whose
 * print plainly runs up and down (on its side), or whose lines lean down as upside-down print does, has its
 * orientation detected first and is read once, turned.
 */
final class PageWork {

    /** The resolution the speck sizes in the settings are given at. */
    private static final double SPECK_DPI = 300.0;
    private static final int WHITE = 255;

    private final DocumentConfig config;
    private final TesseractHandle tesseract;
    private final OcrEngine.PageJob job;
    private int readings;

    PageWork(DocumentConfig config, TesseractHandle tesseract, OcrEngine.PageJob job) {
        this.config = config;
        this.tesseract = tesseract;
        this.job = job;
    }

    /** One reading of the page in one orientation. */
    private record Reading(BufferedImage image, List<Word> words, int rotated, double deskew) {
    }

    OcrEngine.PageResult run() {
        long pageEnd = Math.min(job.deadlineNanos(), System.nanoTime() + config.pageDeadline().toNanos());
        checkTime(pageEnd);
        long start = System.nanoTime();

        Prepared prepared = prepare(job.grey());
        long prepMs = (System.nanoTime() - start) / 1_000_000;
        BufferedImage original = prepared.page();
        BufferedImage forOcr = prepared.ocr();
        // A page whose print runs up and down is on its side, and one whose lines lean down is probably upside
        // down: reading it as it lies is as slow as a good reading and worth nothing. Where the lean of its lines
        // names the turn, the page is read turned that way, and the reading is kept if it reads as upright print;
        // a page on its side whose lean says nothing has Tesseract's orientation detection asked first.
        double columnsOverRows = GreyImages.columnsOverRows(forOcr, job.dpi(), config.inkThreshold());
        boolean sideways = columnsOverRows >= config.sidewaysColumnsOverRows();
        Straightened asIs = sideways ? null : straighten(original, forOcr, 0);
        Turned hint = sideways ? sidewaysTurn(forOcr)
                : asIs.lean() <= -config.upsideDownLean() ? turn(forOcr, 180) : null;
        int guess = hint == null ? 0 : hint.rotated();
        TesseractHandle.Orientation orientation = null;
        boolean osd = false;
        Reading turned = null;
        if (hint != null) {
            turned = recognize(straighten(original, forOcr, hint), pageEnd);
        } else if (sideways) {
            osd = true;
            orientation = tesseract.orientation(forOcr, job.dpi());
            if (usable(orientation) && orientation.rotateClockwise() % 180 != 0) {
                checkTime(pageEnd);
                turned = recognize(straighten(original, forOcr, orientation.rotateClockwise()), pageEnd);
            }
        }
        boolean osdFirst = osd;
        Reading reading = turned != null && looksUpright(turned.words()) ? turned : null;
        if (reading == null) {
            reading = recognize(asIs != null ? asIs : straighten(original, forOcr, 0), pageEnd);
            if (!looksUpright(reading.words())) {
                checkTime(pageEnd);
                if (!osd) {
                    osd = true;
                    orientation = tesseract.orientation(forOcr, job.dpi());
                }
                if (osdFirst && turned != null) {
                    reading = turned;
                } else if (usable(orientation)) {
                    int turn = orientation.rotateClockwise();
                    checkTime(pageEnd);
                    reading = turned != null && turned.rotated() == turn ? turned
                            : recognize(straighten(original, forOcr, turn), pageEnd);
                }
            }
        }
        List<Word> words = reading.words().stream()
                .filter(w -> w.confidence() >= config.minWordConfidence())
                .toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Log.debugf("page %d: %d words in %d ms (prepare %d ms, columns/rows %.2f, guessed %d, OSD %s, turned %d,"
                + " deskewed %.2f deg)", job.page(), words.size(), millis, prepMs, columnsOverRows, guess,
                osd ? (osdFirst ? "first" : "run") : "skipped", reading.rotated(), reading.deskew());
        return new OcrEngine.PageResult(reading.image(), words, millis, reading.rotated(), reading.deskew(),
                readings);
    }

    /** The page as it is kept (specks out, its own levels), and the copy Tesseract reads. */
    private record Prepared(BufferedImage page, BufferedImage ocr) {
    }

    /**
     * The copy Tesseract reads: levels stretched between ink and paper (a grey, faint scan) and lone specks removed
     * (a noisy one). The page keeps its own levels, the ink classifier must see faint ink as faint, but loses the
     * same specks, which it would otherwise take for faint ink in an empty block.
     */
    private Prepared prepare(BufferedImage grey) {
        int[] histogram = GreyImages.histogram(grey);
        int paper = GreyImages.percentile(histogram, config.ocrPaperPercentile());
        int ink = GreyImages.percentile(histogram, config.ocrInkPercentile());
        if (paper < config.ocrMinPaperLevel() || paper - ink < config.ocrMinContrast()) {
            return new Prepared(grey, grey);
        }
        boolean faint = paper - ink < config.ocrStretchBelowContrast();
        if (paper >= WHITE) {
            // white paper (a fax, a screenshot, a clean render) has no scanner specks to look for
            Log.debugf("page %d prepared for OCR: ink %d, paper %d; faint %s", job.page(), ink, paper, faint);
            return new Prepared(grey, faint ? GreyImages.stretch(grey, ink, paper) : grey);
        }
        // Stretching keeps the order of levels, so the ink of the stretched copy is the page's ink below one level:
        // the specks are looked for on the page, and the stretched copy is made only when it is read.
        double scale = job.dpi() / SPECK_DPI;
        Specks specks = Specks.find(grey, GreyImages.stretchedBelow(ink, paper, config.inkThreshold()),
                (int) Math.round(config.ocrSpeckMaxArea() * scale * scale),
                (int) Math.max(1, Math.round(config.ocrSpeckGap() * scale)));
        boolean noisy = specks.count() >= config.ocrMinSpecks() * scale * scale;
        Log.debugf("page %d prepared for OCR: ink %d, paper %d, %d specks; faint %s, noisy %s", job.page(), ink,
                paper, specks.count(), faint, noisy);
        if (noisy) {
            return new Prepared(specks.paintedOver(grey, paper),
                    specks.paintOver(GreyImages.stretch(grey, ink, paper), WHITE));
        }
        return new Prepared(grey, faint ? GreyImages.stretch(grey, ink, paper) : grey);
    }

    /** The page and its copy for OCR turned upright and straightened, and how the lines leaned before. */
    private record Straightened(BufferedImage image, BufferedImage forOcr, int rotated, double deskew, double lean,
                                long millis) {
    }

    /** Turns the page (and its copy for OCR) clockwise by {@code rotated} and deskews it. */
    private Straightened straighten(BufferedImage page, BufferedImage pageForOcr, int rotated) {
        return straighten(page, pageForOcr, turn(pageForOcr, rotated));
    }

    /** The copy for OCR turned clockwise by {@code rotated}, and the skew of its lines. */
    private record Turned(BufferedImage forOcr, int rotated, GreyImages.Skew skew, long startNanos) {
    }

    private Turned turn(BufferedImage pageForOcr, int rotated) {
        long t0 = System.nanoTime();
        BufferedImage forOcr = GreyImages.rotateClockwise(pageForOcr, rotated);
        return new Turned(forOcr, rotated, GreyImages.skew(forOcr, config.maxSkewDegrees(), config.inkThreshold()), t0);
    }

    /** The page turned as {@code turned} is, and both deskewed. */
    private Straightened straighten(BufferedImage page, BufferedImage pageForOcr, Turned turned) {
        BufferedImage forOcr = turned.forOcr();
        BufferedImage image = pageForOcr == page ? forOcr : GreyImages.rotateClockwise(page, turned.rotated());
        GreyImages.Skew skew = turned.skew();
        double deskew = 0;
        if (Math.abs(skew.degrees()) > config.minSkewDegrees()) {
            deskew = -skew.degrees();
            boolean same = forOcr == image;
            image = GreyImages.rotate(image, deskew);
            forOcr = same ? image : GreyImages.rotate(forOcr, deskew);
        }
        return new Straightened(image, forOcr, turned.rotated(), deskew, skew.lean(),
                (System.nanoTime() - turned.startNanos()) / 1_000_000);
    }

    /** Recognises a straightened page; all words. */
    private Reading recognize(Straightened page, long pageEnd) {
        checkTime(pageEnd);
        readings++;
        long t1 = System.nanoTime();
        long budget = (pageEnd - t1) / 1_000_000;
        TesseractHandle.Recognition recognition = tesseract.recognize(page.forOcr(), job.dpi(), budget);
        Log.debugf("page %d reading: deskew %d ms, tesseract %d ms (%dx%d), lean %.2f", job.page(), page.millis(),
                (System.nanoTime() - t1) / 1_000_000, page.forOcr().getWidth(), page.forOcr().getHeight(),
                page.lean());
        if (!recognition.finished()) {
            throw pastDeadline();
        }
        return new Reading(page.image(), recognition.words(), page.rotated(), page.deskew());
    }

    /**
     * Which way a page on its side must turn, from the lean of its lines once turned a quarter clockwise: up means
     * that quarter, down means the other (270); null when the lean is too slight to say.
     */
    private Turned sidewaysTurn(BufferedImage forOcr) {
        Turned quarter = turn(forOcr, 90);
        double lean = quarter.skew().lean();
        return lean >= config.sidewaysTurnLean() ? quarter
                : lean <= -config.sidewaysTurnLean() ? turn(forOcr, 270) : null;
    }

    /** Tesseract is sure enough the page is turned. */
    private boolean usable(TesseractHandle.Orientation orientation) {
        return orientation != null && orientation.rotateClockwise() != 0
                && orientation.confidence() >= config.minOrientationConfidence();
    }

    /** Enough confident text that the page must have been read the right way up. */
    private boolean looksUpright(List<Word> words) {
        double sum = 0;
        int chars = 0;
        int flat = 0;
        int shaped = 0;
        for (Word w : words) {
            int n = w.text().length();
            sum += w.confidence() * n;
            chars += n;
            // a one- or two-letter word's box says little about the direction of its line
            if (n >= 3) {
                shaped += n;
                flat += w.box().width() > w.box().height() ? n : 0;
            }
        }
        return chars >= config.uprightMinChars() && sum / chars >= config.uprightConfidence()
                && shaped > 0 && flat >= config.uprightHorizontalShare() * shaped;
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
