package org.portcheck.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Limits, resolutions, deadlines and OCR pool settings of the document stage. */
@ConfigMapping(prefix = "portcheck.document")
public interface DocumentConfig {

    /** Largest file accepted, in bytes (20 MiB). */
    @WithDefault("20971520")
    long maxFileBytes();

    /** Most pages in a PDF (walking the page tree) or frames in a TIFF. */
    @WithDefault("20")
    int maxPages();

    /** Most megapixels an image may have, or a PDF page rendered at its DPI. */
    @WithDefault("50")
    double maxMegapixels();

    /** Resolution a PDF page without a usable text layer is rendered at for OCR. */
    @WithDefault("300")
    int ocrDpi();

    /** A big PDF page is rendered at a lower DPI, down to this, before the megapixel limit refuses it. */
    @WithDefault("150")
    int minDpi();

    /** Resolution of the grey picture kept of a text-layer page (signature and ink checks only). */
    @WithDefault("100")
    int inkDpi();

    /** A PDF page whose text layer has fewer non-space characters than this is rendered and OCR'd instead. */
    @WithDefault("25")
    int minTextLayerChars();

    /** Images whose effective resolution is below this are upscaled before OCR (screenshots, small photos). */
    @WithDefault("150")
    int upscaleBelowDpi();

    /** Factor of that upscale. */
    @WithDefault("2")
    int upscaleFactor();

    /** Page width in inches assumed when an image states no resolution, to estimate its DPI (US Letter). */
    @WithDefault("8.5")
    double assumedPageWidthInches();

    /** Time allowed to read one page. */
    @WithDefault("20s")
    Duration pageDeadline();

    /** Time allowed to read one whole document. */
    @WithDefault("60s")
    Duration requestDeadline();

    /**
     * A page whose ink lines up in columns this many times more than in rows (GreyImages.columnsOverRows) has its
     * print running up and down: its orientation is detected before it is read, not after a poor reading. Upright
     * pages of the sample corpus score at most 1.51 and pages on their side from 1.71 (photos of a page on a dark
     * ground excepted); a wrong hint costs one orientation check, never a reading.
     */
    @WithDefault("1.6")
    double sidewaysColumnsOverRows();

    /**
     * A page whose lines lean down at least this much (GreyImages.Skew lean at or below minus this; upright print
     * leans up) is probably upside down: it is read turned over first, and that reading is kept if it reads as upright
     * print. A wrong hint costs one reading.
     */
    @WithDefault("0.25")
    double upsideDownLean();

    /**
     * A page on its side whose lines, turned a quarter clockwise, lean up or down at least this much is read turned
     * that quarter or the other way, without asking Tesseract's orientation detection first; the reading is kept
     * only if it reads as upright print.
     */
    @WithDefault("0.2")
    double sidewaysTurnLean();

    /** OCR worker threads, each owning one Tesseract handle; pages are read in parallel across them. */
    @WithDefault("2")
    int ocrWorkers();

    /** Pages that may wait for a worker; when the queue is full a new document is refused as busy. */
    @WithDefault("8")
    int ocrQueueSize();

    /** tessdata folder; empty means TESSDATA_PREFIX, then the usual system folders. */
    Optional<String> tessdataPath();

    /** Tesseract language(s), e.g. "eng" or "eng+spa". */
    @WithDefault("eng")
    String ocrLanguage();

    /** OCR words below this confidence (0..1) are dropped as noise. */
    @WithDefault("0.10")
    double minWordConfidence();

    /** Orientation detection must be at least this sure (Tesseract OSD confidence) before a page is turned. */
    @WithDefault("1.5")
    double minOrientationConfidence();

    /**
     * A page read as it came whose words have at least this mean confidence (0..1, weighted by length) is taken to be
     * upright, and orientation detection (as costly as reading the page) is skipped; below it, OSD decides.
     */
    @WithDefault("0.75")
    double uprightConfidence();

    /** ...and at least this many characters: a near-empty page says nothing about its orientation. */
    @WithDefault("40")
    int uprightMinChars();

    /**
     * ...and at least this share of its characters in words lying flat (wider than tall): Tesseract reads a page
     * turned sideways as vertical text, confidently, with word boxes standing on end.
     */
    @WithDefault("0.8")
    double uprightHorizontalShare();

    /** Skew at or below this many degrees is left alone. */
    @WithDefault("0.3")
    double minSkewDegrees();

    /** Largest skew searched for and corrected, in degrees. */
    @WithDefault("6")
    double maxSkewDegrees();

    /** Grey level (0..255) below which a pixel counts as ink. */
    @WithDefault("140")
    int inkThreshold();

    /**
     * Share of a page's pixels at or below the paper level used to stretch contrast before OCR: most of a page is
     * paper, so the median is the paper even on a grey scan.
     */
    @WithDefault("0.5")
    double ocrPaperPercentile();

    /** Share of a page's pixels at or below the ink level used to stretch contrast before OCR. */
    @WithDefault("0.005")
    double ocrInkPercentile();

    /**
     * Contrast is stretched only when paper and ink lie at least this many grey levels apart (less is a blank page
     * whose noise would be blown up) and the paper is lighter than {@code ocrMinPaperLevel} (a dark screenshot).
     */
    @WithDefault("30")
    int ocrMinContrast();

    /** Paper darker than this is not paper (a dark-mode screenshot): contrast is left alone. */
    @WithDefault("128")
    int ocrMinPaperLevel();

    /**
     * Contrast is stretched when paper and ink lie closer than this (a faint or grey scan), or when the page is a
     * noisy scan; other pages with good contrast (clean scans, faxes, photos) read better as they are.
     */
    @WithDefault("120")
    int ocrStretchBelowContrast();

    /**
     * Specks are taken out only when a page has at least this many (at 300 dpi, scaled to the page's area): a noisy
     * scan has a thousand, a clean page or a photo a handful that may as well be print.
     */
    @WithDefault("200")
    int ocrMinSpecks();

    /**
     * Ink blobs of at most this many pixels at 300 dpi (scaled to the page's resolution), standing alone, are
     * scanner specks and are removed from the copy OCR reads: a full stop of 10 pt print is about 20.
     */
    @WithDefault("12")
    int ocrSpeckMaxArea();

    /** A blob with other ink this close (pixels at 300 dpi, scaled) belongs to print and is kept. */
    @WithDefault("8")
    int ocrSpeckGap();

    /** Main memory PDFBox may use for a document's decoded streams before spilling to a scratch file. */
    @WithDefault("67108864")
    long pdfMemoryBytes();

    /** Most scratch-file bytes PDFBox may use for one document (caps decompression bombs). */
    @WithDefault("268435456")
    long pdfScratchBytes();
}
