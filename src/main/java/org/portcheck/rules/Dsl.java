package org.portcheck.rules;

/** There is DSL on the line, from the order or the bill. */
public record Dsl(Evidence evidence) {
}
