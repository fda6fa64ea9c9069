package org.portcheck.rules;

/** One comparison of the LOA (else order) with the bill; subject is name, address or accountNumber. */
public record Comparison(String subject, boolean same, Evidence evidence) {
}
