package org.portcheck.rules;

/** The internet connection the order gives (null when not given). Inserted when an order came. */
public record Internet(String connection) {
}
