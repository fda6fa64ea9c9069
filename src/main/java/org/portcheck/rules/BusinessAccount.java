package org.portcheck.rules;

/** The account is a business one, and what says so. */
public record BusinessAccount(Evidence evidence) {
}
