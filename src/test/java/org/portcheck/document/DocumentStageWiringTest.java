package org.portcheck.document;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The beans as the application wires them: the engine warms itself up at start-up, off the event loop. */
@QuarkusTest
class DocumentStageWiringTest {

    @Inject
    OcrEngine engine;

    @Inject
    DocumentReader reader;

    @Inject
    DocumentConfig config;

    @Test
    void shouldWarmUpOnStartupAndReadThroughInjectedReader() throws Exception {
        long until = System.nanoTime() + config.requestDeadline().toNanos();
        while (!engine.isWarm() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertTrue(engine.isWarm(), "the OCR engine should be warm after start-up");
        assertEquals(20, config.maxPages());
        Document doc = reader.read(Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES)));
        assertTrue(Fixtures.text(doc.pages().get(0)).contains("7730418825"));
    }
}
