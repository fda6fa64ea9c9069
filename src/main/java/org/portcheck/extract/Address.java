package org.portcheck.extract;

/** A postal address as given; any part may be null. */
public record Address(String line1, String line2, String city, String state, String zip) {

    public boolean isEmpty() {
        return blank(line1) && blank(line2) && blank(city) && blank(state) && blank(zip);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
