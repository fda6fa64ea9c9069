package org.portcheck.rules;

/** The billing telephone number (LOA, else order); {@code onBill} is null when no legible bill came. */
public record Btn(String number, boolean valid, Boolean onBill, Evidence evidence) {
}
