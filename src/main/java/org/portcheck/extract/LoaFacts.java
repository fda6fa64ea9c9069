package org.portcheck.extract;

import java.util.List;
import java.util.Map;
import org.portcheck.document.Source;

/**
 * What an LOA says, read against a profile. {@code fields} is keyed by the profile's field names
 * (accountHolderName, businessName, authorizedPerson, street, unit, city, state, zip, currentProvider, accountNumber,
 * pin, btn, ssnLast4, signature dates as signature1Date/signature2Date …); a field the profile has but the document
 * leaves empty is present in the map in state BLANK. {@code numbersToPort} holds each number written in the
 * numbers-to-port area.
 */
public record LoaFacts(String profile, int pages, Source source, Map<String, Field> fields, List<Field> numbersToPort,
                       List<Block> blocks) {

    public LoaFacts {
        fields = Map.copyOf(fields);
        numbersToPort = List.copyOf(numbersToPort);
        blocks = List.copyOf(blocks);
    }

    public Field field(String name) {
        return fields.get(name);
    }
}
