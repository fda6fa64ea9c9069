package org.portcheck.rules;

import java.util.List;

/** The LOA as read against its profile. Inserted when an LOA came. */
public record LoaCheck(String profile, List<Evidence> blankFields, List<Evidence> emptyBlocks,
                       List<Evidence> illegibleSignatures, List<Evidence> signatures, boolean authorizedPersonGiven) {

    public LoaCheck {
        blankFields = List.copyOf(blankFields);
        emptyBlocks = List.copyOf(emptyBlocks);
        illegibleSignatures = List.copyOf(illegibleSignatures);
        signatures = List.copyOf(signatures);
    }
}
