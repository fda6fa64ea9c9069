package org.portcheck.api;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.portcheck.extract.Address;
import org.portcheck.extract.Order;

/**
 * One precheck of a made-up bill and order at start-up, before the service calls itself ready: Drools builds its session
 * classes and the JIT meets the rules on their first evaluation, which would otherwise cost the first customer
 * over half a second. The order is wrong in many ways on purpose, so that many rules fire.
 */
@ApplicationScoped
public class PrecheckWarmUp {

    private static final Order ORDER = new Order(List.of("212 555 0143", "800 555 0199", "411"), "212 555 0143",
            "Warm Up", "Warm Up Company", Order.AccountType.BUSINESS, null,
            new Address("PO Box 12", null, "New York", "CA", "10001"), "Verizon", null, null, null,
            Order.InternetConnection.DSL);

    /** A bill as a carrier prints it, so that the PDF, bill and matching code runs once too. */
    private static final String[] BILL = {
            "Verizon", "Bill Date November 1, 2026", "Account Number 123456789-00001", "WARM UP",
            "Service Address", "1 Main St", "New York, NY 10001", "Services for (212) 555-0143",
            "Fios Digital Voice Unlimited $30.00", "Local Service Freeze - PIC freeze on local service",
            "Pending service order #C1 scheduled for 11/20/2026", "Questions? Call 1-800-837-4966"};

    private final AtomicBoolean warm = new AtomicBoolean();

    @Inject
    PrecheckService service;

    void onStart(@Observes StartupEvent event) {
        Thread t = new Thread(this::warmUp, "portcheck-rules-warmup");
        t.setDaemon(true);
        t.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            int codes = service.check(new PrecheckService.Request(null, bill(), ORDER, LocalDate.now())).codes().size();
            Log.infof("rules ready: a made-up precheck gave %d codes in %d ms", codes,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            Log.errorf("rules warm-up failed: %s", e.getMessage());
        } finally {
            warm.set(true);
        }
    }

    private static byte[] bill() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(72, 720);
                for (String line : BILL) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the warm-up bill could not be written", e);
        }
    }

    /** True once the warm-up precheck has run (also when it failed: a broken warm-up must not hold the service). */
    public boolean isWarm() {
        return warm.get();
    }
}
