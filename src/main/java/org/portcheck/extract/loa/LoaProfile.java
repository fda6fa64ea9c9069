package org.portcheck.extract.loa;

import java.util.List;
import java.util.Objects;

/** One LOA form: its fields, initials and signature blocks, and the label wordings that find them. */
public record LoaProfile(String name, List<String> recognise, List<FieldSpec> fields, NumbersSpec numbers,
                         List<BlockSpec> initials, List<BlockSpec> signatures) {

    public LoaProfile {
        Objects.requireNonNull(name, "name");
        recognise = List.copyOf(recognise);
        fields = List.copyOf(fields);
        initials = List.copyOf(initials);
        signatures = List.copyOf(signatures);
    }

    public record FieldSpec(String name, boolean required, List<String> labels) {
        public FieldSpec {
            labels = List.copyOf(labels);
        }
    }

    public record NumbersSpec(boolean required, List<String> labels) {
        public NumbersSpec {
            labels = List.copyOf(labels);
        }
    }

    /** An initials block ({@code page} > 0, {@code dateField} null) or a signature block (with its date field). */
    public record BlockSpec(String name, int page, String dateField, List<String> labels) {
        public BlockSpec {
            labels = List.copyOf(labels);
        }
    }

    public boolean has(String fieldName) {
        return fields.stream().anyMatch(f -> f.name().equals(fieldName));
    }
}
