package org.portcheck.extract.bill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.carrier.CoverageTable;
import org.portcheck.extract.carrier.Zip3Table;

/** The beans as the service wires them: tables read from rules/ at start-up, settings from the config mapping. */
@QuarkusTest
class BillReaderBeanTest {

    @Inject
    BillReader reader;

    @Inject
    Zip3Table zip3;

    @Inject
    CoverageTable coverage;

    @Inject
    BillConfig config;

    @Test
    void shouldReadABillThroughTheInjectedBeans() {
        BillFacts bill = reader.read(TestBills.document("Kinetic by Windstream", "Account ID: 0012345678"));
        assertEquals("Windstream", bill.carrier().value());
        assertEquals("0012345678", bill.accountNumber().value());
        assertTrue(zip3.belongsTo("40502", "KY"));
        assertTrue(coverage.serves("859-234-7788"));
        assertEquals(0.6, config.minMeanConfidence());
    }
}
