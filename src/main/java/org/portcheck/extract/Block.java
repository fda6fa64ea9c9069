package org.portcheck.extract;

import java.util.Objects;
import org.portcheck.document.Box;

/** A signature or initials block of an LOA and what it holds. */
public record Block(String name, Kind kind, SignatureState state, int page, Box box) {

    public enum Kind { SIGNATURE, INITIALS }

    public Block {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        box = box == null ? Box.NONE : box;
    }
}
