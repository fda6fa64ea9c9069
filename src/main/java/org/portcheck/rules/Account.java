package org.portcheck.rules;

/**
 * The account as the LOA (else the order) gives it. Inserted when an LOA or an order came. {@code accountNumberUnreadable}:
 * the LOA has ink where the account number goes but it could not be read (a matter for review, not for code 30).
 */
public record Account(String accountNumber, boolean accountNumberUnreadable, boolean pinGiven, boolean ssnLast4Given,
                      Evidence evidence) {
}
