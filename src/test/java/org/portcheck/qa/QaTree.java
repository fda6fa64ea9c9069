package org.portcheck.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The tiny QA tree of src/test/resources/qa copied to a temp folder, with the text-layer bill written into it. */
final class QaTree {

    static final Path RESOURCES = Path.of("src", "test", "resources", "qa");

    private QaTree() {
    }

    static Path copy(Path into) throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.toList()) {
                Path target = into.resolve(RESOURCES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        writeBill(into.resolve("text-bill").resolve("bill.pdf"));
        return into;
    }

    /** A one-page bill with a text layer: carrier, account, date, a name that differs from the order's, an address. */
    static void writeBill(Path file) {
        List<String> lines = List.of(
                "Verizon",
                "Monthly Statement",
                "Statement Date: November 1, 2026",
                "Account Number: 1003146451",
                "Customer Name: Robert Smithfield",
                "Service Address: 123 Main St, Springfield, IL 62704",
                "Billing Address: 123 Main St, Springfield, IL 62704",
                "",
                "Summary of charges for (650) 318-2046",
                "Monthly plan                                   $45.00",
                "Taxes and fees                                  $6.12",
                "Total due December 1, 2026                     $51.12");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(20);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
