package org.portcheck.rules;

/** The account as the LOA (else the order) gives it. Inserted when an LOA or an order came. */
public record Account(String accountNumber, boolean pinGiven, boolean ssnLast4Given, Evidence evidence) {
}
