package org.portcheck.extract.loa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcheck.document.Document;
import org.portcheck.document.Source;
import org.portcheck.extract.LoaFacts;

/** Values read beside their labels: what is part of a value and what is scanner dust. */
class LoaReaderFieldsTest {

    @Test
    void shouldKeepTheAmpersandOfABusinessName() throws Exception {
        Document doc = new Document(List.of(
                LoaReaderNumbersTest.page(1, "LETTER OF AGREEMENT (LOA)", "Form portcheck-loa-v1",
                        "Account Holder Name: | Rebecca Goldstein",
                        "Business Name (business accounts only): | Goldstein & Park CPAs",
                        "Customer Initials (page 1):")),
                Source.TEXT_LAYER, Map.of(), Map.of(), 0);
        LoaFacts loa = LoaReaderNumbersTest.reader().read(doc);
        assertEquals("Goldstein & Park CPAs", loa.field("businessName").value());
    }
}
