package org.portcheck.rules;

import java.util.List;

/** A porting code that a rule raised, which of its conditions fired ({@code reason}), and the evidence. */
public record Finding(int code, String reason, List<Evidence> evidence) {

    public Finding {
        if (code <= 0) {
            throw new IllegalArgumentException("code must be positive: " + code);
        }
        evidence = List.copyOf(evidence);
    }

    public Finding(int code, String reason, Evidence evidence) {
        this(code, reason, List.of(evidence));
    }
}
