package org.portcheck.qa.bench;

/** The delivery forms the benchmark reports on, one row each. */
public enum Format {
    TEXT_PDF("text PDF", false),
    ACROFORM_PDF("AcroForm PDF", false),
    SCANNED_PDF("scanned PDF", true),
    PHOTO_JPEG("photo JPEG", true),
    FAX_TIFF("fax TIFF", true),
    SCREENSHOT_PNG("screenshot PNG", true);

    private final String label;
    private final boolean ocr;

    Format(String label, boolean ocr) {
        this.label = label;
        this.ocr = ocr;
    }

    public String label() {
        return label;
    }

    /** Whether documents of this form go through OCR. */
    public boolean ocr() {
        return ocr;
    }
}
