package org.portcheck.extract.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTableTest {

    @Test
    void theShippedTableServesEveryAreaCode() {
        CoverageTable shipped = new CoverageTable(Path.of("rules", CoverageTable.FILE));
        assertEquals(Set.of(), shipped.notServed());
        assertTrue(shipped.serves("(907) 234-5678"));
    }

    @Test
    void listedAreaCodesAreNotServed() {
        CoverageTable t = new CoverageTable(new StringReader("# test\n907\tAlaska: no interconnect\n808\n"), "t");
        assertFalse(t.serves("907"));
        assertFalse(t.serves("+1 907 234 5678"));
        assertFalse(t.serves("808-234-5678"));
        assertTrue(t.serves("217-234-5678"));
        assertEquals(Optional.of("Alaska: no interconnect"), t.note("907-234-5678"));
    }

    @Test
    void aBadRowNamesFileAndLine() {
        RulesTableException e = assertThrows(RulesTableException.class,
                () -> new CoverageTable(new StringReader("907\n\n# c\n107\tbad\n"), "rules/coverage.tsv"));
        assertTrue(e.getMessage().startsWith("rules/coverage.tsv:4: "), e.getMessage());
        RulesTableException dup = assertThrows(RulesTableException.class,
                () -> new CoverageTable(new StringReader("907\n907\n"), "rules/coverage.tsv"));
        assertTrue(dup.getMessage().contains("rules/coverage.tsv:2: area code 907 is already listed on line 1"),
                dup.getMessage());
    }
}
