package org.portcheck.extract.carrier;

import java.util.Objects;
import org.portcheck.document.Box;

/** A carrier found in a document: the words that name it as printed, and where (page 0 when not on a page). */
public record CarrierMatch(Carrier carrier, String matched, int page, Box box) {

    public CarrierMatch {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(matched, "matched");
        box = box == null ? Box.NONE : box;
    }
}
