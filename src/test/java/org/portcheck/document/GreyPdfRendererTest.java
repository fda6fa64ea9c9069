package org.portcheck.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grey renderer must give exactly PDFBox's own pixels, only sooner. */
class GreyPdfRendererTest {

    private static final int[] DPIS = {300, 200, 96, 17};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jpeg", "flate", "interpolated", "rotated", "soft-masked", "colour", "text-and-scan"})
    void rendersTheSamePixelsAsPdfBox(String kind) throws IOException {
        try (PDDocument doc = page(kind)) {
            PDFRenderer plain = new PDFRenderer(doc);
            PDFRenderer grey = new GreyPdfRenderer(doc);
            plain.setSubsamplingAllowed(true);
            grey.setSubsamplingAllowed(true);
            for (int dpi : DPIS) {
                BufferedImage expected = plain.renderImageWithDPI(0, dpi, ImageType.GRAY);
                BufferedImage actual = grey.renderImageWithDPI(0, dpi, ImageType.GRAY);
                assertEquals(expected.getWidth(), actual.getWidth());
                assertEquals(expected.getHeight(), actual.getHeight());
                assertArrayEquals(GreyImages.pixels(expected), GreyImages.pixels(actual), kind + " at " + dpi + " dpi");
            }
        }
    }

    @Test
    void aTruncatedImageStreamRendersAsPdfBoxRendersIt() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = scan(170, 220, 7);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            // claim more rows than the stream holds: the missing ones stay at zero in both
            image.setHeight(260);
            draw(doc, cs -> {
                try {
                    cs.drawImage(image, 0, 0, 612, 792);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            BufferedImage expected = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            BufferedImage actual = new GreyPdfRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            assertArrayEquals(GreyImages.pixels(expected), GreyImages.pixels(actual));
        }
    }

    private static PDDocument page(String kind) throws IOException {
        PDDocument doc = new PDDocument();
        BufferedImage scan = scan(850, 1100, 42);
        PDImageXObject image = switch (kind) {
            case "flate", "soft-masked" -> LosslessFactory.createFromImage(doc, scan);
            case "colour" -> JPEGFactory.createFromImage(doc, colour(scan));
            default -> JPEGFactory.createFromImage(doc, scan);
        };
        if (kind.equals("interpolated")) {
            image.setInterpolate(true);
        }
        draw(doc, cs -> {
            try {
                switch (kind) {
                    case "rotated" -> {
                        cs.transform(new org.apache.pdfbox.util.Matrix(0.99f, 0.05f, -0.05f, 0.99f, 20, 0));
                        cs.drawImage(image, 0, 0, 612, 792);
                    }
                    case "soft-masked" -> {
                        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                        gs.setNonStrokingAlphaConstant(0.6f);
                        cs.setGraphicsStateParameters(gs);
                        cs.drawImage(image, 0, 0, 612, 792);
                    }
                    case "text-and-scan" -> {
                        cs.drawImage(image, 36, 300, 300, 400);
                        cs.beginText();
                        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                        cs.newLineAtOffset(72, 720);
                        cs.showText("Letter of Agreement");
                        cs.endText();
                    }
                    default -> cs.drawImage(image, 0, 0, 612, 792);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return doc;
    }

    private static void draw(PDDocument doc, Consumer<PDPageContentStream> content) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            content.accept(cs);
        }
    }

    /** A grey page with print and scanner grain: every level in use, so a changed level would show. */
    private static BufferedImage scan(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(236, 236, 236));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(40, 40, 40));
            g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.max(8, w / 40)));
            for (int y = h / 10; y < h; y += h / 25) {
                g.drawString("Account 8841 2207 Service address 12 Main St", w / 12, y);
            }
        } finally {
            g.dispose();
        }
        Random r = new Random(seed);
        byte[] px = GreyImages.pixels(img);
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.max(0, Math.min(255, (px[i] & 0xFF) + r.nextInt(31) - 15));
        }
        return img;
    }

    private static BufferedImage colour(BufferedImage grey) {
        BufferedImage rgb = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(grey, 0, 0, null);
            g.setColor(new Color(30, 60, 160));
            g.fillRect(10, 10, grey.getWidth() / 3, 20);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
