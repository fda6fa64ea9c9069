package org.portcheck.extract.bill;

import org.portcheck.document.Box;
import org.portcheck.extract.Field;
import org.portcheck.extract.FieldState;

/** A stretch of characters [from, to) of one segment: a value as read, with its box and confidence. */
record Span(TextLine line, int from, int to) {

    String text() {
        return line.text.substring(from, to).strip();
    }

    Box box() {
        return line.boxOf(from, to);
    }

    double confidence() {
        return line.confidenceOf(from, to);
    }

    Field field(String name, String value, double minConfidence) {
        double c = confidence();
        return new Field(name, value, c < minConfidence ? FieldState.UNREADABLE : FieldState.PRESENT, c, line.page,
                box());
    }
}
