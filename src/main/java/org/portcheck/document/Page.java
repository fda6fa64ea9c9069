package org.portcheck.document;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * One page as read: its words with boxes, and a grey picture of it for the ink checks (signatures, blank vs
 * unreadable). {@code width}/{@code height} are in box units; {@code imageScale} is image pixels per box unit
 * (1 for OCR pages, DPI/72 for text-layer pages). {@code dpi} is the resolution the page was read at;
 * {@code upscaled} how many times a low-resolution picture was enlarged before OCR (1 when it was not), so that
 * readers can judge text size against what the sender's file really held.
 */
public record Page(int number, int width, int height, Source source, int dpi, List<Word> words,
                   BufferedImage image, double imageScale, double upscaled) {

    public Page(int number, int width, int height, Source source, int dpi, List<Word> words, BufferedImage image,
                double imageScale) {
        this(number, width, height, source, dpi, words, image, imageScale, 1.0);
    }

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        Objects.requireNonNull(source, "source");
        words = List.copyOf(words);
        if (upscaled < 1) {
            throw new IllegalArgumentException("upscaled must be at least 1: " + upscaled);
        }
        if (imageScale <= 0) {
            throw new IllegalArgumentException("imageScale must be positive: " + imageScale);
        }
    }

    /** Mean confidence of the page's words weighted by their length; 0 when there are none. */
    public double meanConfidence() {
        return Word.meanConfidence(words);
    }
}
