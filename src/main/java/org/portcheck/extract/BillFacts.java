package org.portcheck.extract;

import java.util.List;
import org.portcheck.document.Source;

/**
 * What a phone bill says. Fields are never null: an absent value is a {@link Field} in state BLANK.
 * {@code statementDate}'s value is ISO yyyy-MM-dd; {@code carrier}'s value is the carrier's name as the carrier table
 * spells it (or the words found when no row matches). When {@code legible} is false, {@code illegibleReason} says
 * why and the other fields are not to be trusted.
 */
public record BillFacts(int pages, Source source, boolean legible, String illegibleReason, double meanConfidence,
                        Field carrier, Field statementDate, Field accountNumber, Field customerName,
                        Field serviceAddress, Address serviceAddressParts,
                        Field billingAddress, Address billingAddressParts,
                        List<Line> lines, List<Feature> features) {

    public BillFacts {
        lines = List.copyOf(lines);
        features = List.copyOf(features);
    }
}
