package org.portcheck.extract;

import java.util.Objects;
import org.portcheck.document.Box;

/** One value read from a document, where it was, and how sure the reading is. */
public record Field(String name, String value, FieldState state, double confidence, int page, Box box) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        box = box == null ? Box.NONE : box;
        if (state == FieldState.PRESENT && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("a present field needs a value: " + name);
        }
    }

    public static Field blank(String name, int page, Box box) {
        return new Field(name, null, FieldState.BLANK, 0, page, box);
    }

    public boolean present() {
        return state == FieldState.PRESENT;
    }
}
