package org.portcheck.extract.carrier;

import java.util.List;
import java.util.Objects;

/** A row of {@code rules/carriers.tsv}. {@code aliases} always includes the name itself. */
public record Carrier(String name, List<String> aliases, boolean requiresPin, boolean requiresSsnLast4) {

    public Carrier {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a carrier needs a name");
        }
        aliases = List.copyOf(aliases);
    }
}
