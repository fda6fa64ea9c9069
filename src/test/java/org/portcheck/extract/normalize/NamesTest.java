package org.portcheck.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Jane Q. Public | JANE PUBLIC | true",
        "Jane Quinn Public | jane public | true",
        "Jane Q. Public | Jane Quinn Public | true",
        "Public, Jane Q. | Jane Public | true",
        "Mr. John Smith Jr. | JOHN SMITH | true",
        "Mary-Jane O'Brien | MARY JANE OBRIEN | true",
        "J. Public | Jane Public | true",
        "José Núñez | JOSE NUNEZ | true",
        "Acme Plumbing, LLC | ACME PLUMBING L.L.C. | true",
        "Acme Plumbing Inc | acme plumbing | true",
        "Jane Public | John Public | false",
        "Jane Q. Public | Jane R. Public | false",
        "Jane Public | Jane Private | false",
        "Jane | Jane Public | false",
        "Acme Plumbing | Apex Plumbing | false",
        "Goldstein Park CPAs | GOLDSTEIN & PARK CPAS | true",
        "Goldstein and Park | Goldstein & Park | true",
        "Goldstein & Park | Goldstein & Parker | false",
        " | Jane Public | false"})
    void sameName(String a, String b, boolean same) {
        assertEquals(same, Names.sameName(a, b));
        assertEquals(same, Names.sameName(b, a));
    }
}
