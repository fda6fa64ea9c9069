package org.portcheck.document;

/** How a page's words were obtained; it also says what unit boxes are in. */
public enum Source {
    /** PDF text layer; boxes in PDF points. */
    TEXT_LAYER,
    /** PDF form field values; boxes in PDF points. */
    ACROFORM,
    /** Tesseract on a scan, photo, fax or rendered page; boxes in pixels of the image OCR saw. */
    OCR
}
