package org.portcheck.document;

import java.awt.image.BufferedImage;

/** Where the readers hand the grey pages that need OCR: the worker pool, or a list for benchmarking. */
interface OcrSink {

    void submit(int page, BufferedImage grey, int dpi);

    /** Drops what was handed over so far (the document failed). */
    void cancelAll();
}
