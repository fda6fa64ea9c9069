package org.portcheck.extract.loa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;
import org.portcheck.extract.Field;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.ink.InkClassifier;
import org.portcheck.extract.ink.InkConfig;

/** The numbers to port of a carrier-style LOA: on page 1 or on an attachment page, without rows marked "No". */
class LoaReaderNumbersTest {

    static LoaReader reader() throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(InkConfig.class).withMapping(LoaConfig.class).build();
        return new LoaReader(new LoaProfiles(Files.readString(Path.of("rules/loa-profiles.txt"))),
                new InkClassifier(config.getConfigMapping(InkConfig.class)), config.getConfigMapping(LoaConfig.class));
    }

    /** A text-layer page whose lines are laid out 10 pt a character, 20 pt apart. */
    static Page page(int number, String... lines) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int x = 54;
            int y = 60 + 20 * i;
            for (String column : lines[i].split("\\|")) {
                for (String w : column.strip().split(" +")) {
                    if (!w.isEmpty()) {
                        words.add(new Word(w, new Box(x, y, 6 * w.length(), 10), 1.0));
                        x += 6 * w.length() + 4;
                    }
                }
                x = Math.max(x + 30, 250);
            }
        }
        BufferedImage white = new BufferedImage(612, 792, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 612, 792);
        g.dispose();
        return new Page(number, 612, 792, Source.TEXT_LAYER, 72, words, white, 1.0);
    }

    private static List<String> numbers(LoaFacts loa) {
        return loa.numbersToPort().stream().map(Field::value).toList();
    }

    @Test
    void shouldReadTheNumbersOnAnAttachmentPage() throws Exception {
        Document doc = new Document(List.of(
                page(1, "LETTER OF AUTHORIZATION", "Local Number Port Authorization",
                        "Billing Telephone Number (BTN): | 313.833.0642",
                        "Losing Carrier: | Xfinity",
                        "Telephone Numbers to be Ported: | see attached list (Attachment A, page 2)",
                        "Print Name: | Olivia Chen", "Authorized Signature: | Date:"),
                page(2, "ATTACHMENT A", "Telephone Numbers to be Ported", "Customer: Olivia Chen",
                        "# | Telephone Number | Port?", "1 | 313-833-0642 | Yes", "2 | 313.833.0648 | Yes",
                        "3 | (313) 833-0649 | No", "Page 2 of 2")),
                Source.TEXT_LAYER, Map.of(), Map.of(), 0);
        LoaFacts loa = reader().read(doc);
        assertEquals("carrier-loa", loa.profile());
        assertEquals(List.of("313-833-0642", "313-833-0648"), numbers(loa));
        assertEquals("313.833.0642", loa.field("btn").value());
        assertEquals("Xfinity", loa.field("currentProvider").value());
    }

    @Test
    void shouldReadNumbersBesideTheLabelOnTheOwnForm() throws Exception {
        Document doc = new Document(List.of(
                page(1, "LETTER OF AGREEMENT (LOA)", "Form portcheck-loa-v1",
                        "Account Holder Name: | Jane Q. Public",
                        "Numbers to Port: | (650) 318-2046 | 650.318.2047",
                        "| +1 650 318 2048",
                        "Customer Initials (page 1):")),
                Source.TEXT_LAYER, Map.of(), Map.of(), 0);
        LoaFacts loa = reader().read(doc);
        assertEquals("portcheck-loa-v1", loa.profile());
        assertEquals(List.of("650-318-2046", "650-318-2047", "650-318-2048"), numbers(loa));
    }

    @Test
    void shouldSplitACityStateZipFieldThroughOcrSlips() throws Exception {
        Document doc = new Document(List.of(
                page(1, "LETTER OF AUTHORIZATION", "Local Number Port Authorization",
                        "Losing Carrier: | Xfinity", "Service Address: | 412 Main St",
                        "City/State/ZIP: | Cedar Falls, 1A 50613.", "Authorized Signature: | Date:")),
                Source.TEXT_LAYER, Map.of(), Map.of(), 0);
        LoaFacts loa = reader().read(doc);
        assertEquals("Cedar Falls", loa.field("city").value());
        assertEquals("1A", loa.field("state").value());
        assertEquals("50613", loa.field("zip").value());
    }
}
