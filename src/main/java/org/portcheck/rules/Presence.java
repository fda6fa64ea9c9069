package org.portcheck.rules;

import java.time.LocalDate;

/** Which inputs came with the precheck. Always inserted. */
public record Presence(LocalDate asOf, boolean loa, boolean bill, boolean order, boolean handSignedLoa) {
}
