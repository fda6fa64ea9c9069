package org.portcheck.rules;

/** A feature or state the bill shows for this account (a Feature.Kind name). */
public record BillFeature(String kind, Evidence evidence) {
}
