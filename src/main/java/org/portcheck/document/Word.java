package org.portcheck.document;

import java.util.Collection;
import java.util.Objects;

/** One word read from a page, with where it stands and how sure the reader is (0..1; 1 for a text layer). */
public record Word(String text, Box box, double confidence) {

    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** Mean confidence of the words weighted by their length; 0 when there are none. */
    public static double meanConfidence(Collection<Word> words) {
        double sum = 0;
        int chars = 0;
        for (Word w : words) {
            sum += w.confidence() * w.text().length();
            chars += w.text().length();
        }
        return chars == 0 ? 0 : sum / chars;
    }
}
