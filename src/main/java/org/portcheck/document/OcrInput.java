package org.portcheck.document;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A grey page exactly as the document stage hands it to OCR (before orientation and deskew), with its resolution:
 * what a benchmark feeds to the raw {@code tesseract} command to compare like with like.
 */
public record OcrInput(int page, BufferedImage grey, int dpi) {

    public OcrInput {
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + page);
        }
        Objects.requireNonNull(grey, "grey");
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
    }
}
