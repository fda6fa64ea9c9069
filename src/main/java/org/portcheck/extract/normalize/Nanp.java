package org.portcheck.extract.normalize;

import java.util.Objects;

/**
 * A ten-digit North American number, split and judged by the spec's rules: {@code valid} when area code and
 * exchange are NXX (N = 2-9), neither is an N11 code and it is not 555-0100..0199; {@code category} says what kind
 * of area code it has. {@code problem} says why an invalid number is invalid (null when valid).
 */
public record Nanp(String e164, String areaCode, String exchange, String subscriber, boolean valid, Category category,
                   String problem) {

    public enum Category {
        /** An ordinary area code (a state, province or territory). */
        GEOGRAPHIC,
        /** 800, 833, 844, 855, 866, 877, 888. */
        TOLL_FREE,
        /** 900. */
        PREMIUM,
        /** 5XX personal communication services, 600, 700. */
        NON_GEOGRAPHIC
    }

    public Nanp {
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(category, "category");
        if (!e164.matches("\\+1\\d{10}")) {
            throw new IllegalArgumentException("not a NANP E.164 number: " + e164);
        }
    }

    /** Valid and geographic: a number code 220 lets through (the coverage table aside). */
    public boolean portable() {
        return valid && category == Category.GEOGRAPHIC;
    }

    /** The number as people print it: (217) 555-0134. */
    public String display() {
        return "(" + areaCode + ") " + exchange + "-" + subscriber;
    }
}
