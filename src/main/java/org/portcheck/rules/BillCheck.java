package org.portcheck.rules;

import java.time.LocalDate;
import java.util.List;

/** The bill as read. Inserted when a bill came; when it is not legible only {@code illegibility} counts. */
public record BillCheck(boolean legible, Evidence illegibility, LocalDate statementDate, Evidence statementDateEvidence,
                        boolean serviceAddressGiven, boolean accountNumberGiven, List<String> lines,
                        Evidence evidence) {

    public BillCheck {
        lines = List.copyOf(lines);
    }
}
