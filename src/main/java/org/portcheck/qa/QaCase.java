package org.portcheck.qa;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One case folder of a QA tree: its documents (each may be absent), its order file, and what it should raise.
 * A folder whose expected.json or documents cannot be taken still becomes a case, with {@code problem} saying why,
 * so that it is reported as differing instead of being silently left out.
 */
public record QaCase(String name, Path dir, Path loa, Path bill, Path order, LocalDate asOf,
                     SortedSet<Integer> expected, String note, String problem) {

    public QaCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        expected = new TreeSet<>(expected == null ? List.of() : expected);
        note = note == null ? "" : note;
    }

    /** The document file of a part ("loa" or "bill"), or null when the case has none. */
    public Path document(String part) {
        return switch (part) {
            case "loa" -> loa;
            case "bill" -> bill;
            default -> throw new IllegalArgumentException("no document part " + part);
        };
    }

    public boolean runnable() {
        return problem == null;
    }
}
