package org.portcheck.rules;

/**
 * Something a person should look at that is no code: a value read only in part, so it can be neither confirmed nor
 * called different. No rule reads it; the answer lists it under review.
 */
public record ReviewNote(Evidence evidence) {
}
