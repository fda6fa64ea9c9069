package org.portcheck.rules;

/** The carrier losing the number, as the carrier table knows it. Inserted when one is known. */
public record PortingCarrier(String name, boolean requiresPin, boolean requiresSsnLast4, Evidence evidence) {
}
