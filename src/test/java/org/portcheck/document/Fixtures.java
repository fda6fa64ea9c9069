package org.portcheck.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test documents generated in code: pages of text drawn with Java2D or written with PDFBox. */
final class Fixtures {

    static final String[] LETTER_LINES = {
            "LETTER OF AGREEMENT",
            "Account Holder Name: Margaret Ellison",
            "Service Address: 1450 Orchard Avenue, Springfield",
            "Current Provider: Riverside Telephone Company",
            "Account Number: 7730418825",
            "Billing Telephone Number: 650 318 2046",
            "I authorize the transfer of the numbers listed above",
            "to the new provider named on this agreement.",
    };

    private Fixtures() {
    }

    /** A US Letter page at {@code dpi} with the lines in a 12 pt sans font, 1 inch margins; where each line went. */
    record Drawn(BufferedImage image, List<Rectangle> lineBoxes) {
    }

    static Drawn letterPage(int dpi, String... lines) {
        int w = (int) Math.round(8.5 * dpi);
        int h = (int) Math.round(11 * dpi);
        return textImage(w, h, dpi, lines);
    }

    static Drawn textImage(int w, int h, int dpi, String... lines) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        List<Rectangle> boxes = new ArrayList<>();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float px = 12f * dpi / 72f;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(px)));
            int x = dpi;
            int y = dpi + Math.round(px);
            for (String line : lines) {
                g.drawString(line, x, y);
                Rectangle r = g.getFontMetrics().getStringBounds(line, g).getBounds();
                r.translate(x, y);
                boxes.add(r);
                y += Math.round(px * 2);
            }
        } finally {
            g.dispose();
        }
        return new Drawn(img, boxes);
    }

    static byte[] png(BufferedImage img) throws IOException {
        return write(img, "png");
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        return write(img, "jpeg");
    }

    private static byte[] write(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** A TIFF with one frame per image; {@code compression} e.g. "LZW" or "CCITT T.6"; resolution per axis. */
    static byte[] tiff(List<BufferedImage> frames, String compression, double xDpi, double yDpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
                javax.imageio.ImageTypeSpecifier spec = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(frame);
                IIOMetadata meta = writer.getDefaultImageMetadata(spec, param);
                TIFFDirectory dir = TIFFDirectory.createFromMetadata(meta);
                BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL,
                        1, new long[][]{{Math.round(xDpi * 100), 100}}));
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL,
                        1, new long[][]{{Math.round(yDpi * 100), 100}}));
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                        BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
                writer.writeToSequence(new IIOImage(frame, null, dir.getAsMetadata()), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Thresholds a grey image to 1 bit (what a fax machine sends). */
    static BufferedImage binary(BufferedImage grey) {
        BufferedImage bin = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = bin.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return bin;
    }

    /** Squeezes the height as a fax at {@code yDpi} of a page drawn at {@code xDpi} would. */
    static BufferedImage squeezeHeight(BufferedImage img, double xDpi, double yDpi) {
        int h = (int) Math.round(img.getHeight() * yDpi / xDpi);
        BufferedImage out = new BufferedImage(img.getWidth(), h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, img.getWidth(), h, null);
        g.dispose();
        return out;
    }

    static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** A text PDF, one Letter page per array, 12 pt Helvetica lines from (72, 72) down, 24 pt apart. */
    static PDDocument textPdf(String[]... pages) throws IOException {
        PDDocument doc = new PDDocument();
        for (String[] lines : pages) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(helvetica(), 12);
                float y = PDRectangle.LETTER.getHeight() - 72;
                for (String line : lines) {
                    cs.beginText();
                    cs.newLineAtOffset(72, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 24;
                }
            }
        }
        return doc;
    }

    static byte[] save(PDDocument doc) throws IOException {
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose only page is a scanned image (no text layer). */
    static byte[] scannedPdf(BufferedImage scan, int dpi) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(scan.getWidth() * 72f / dpi, scan.getHeight() * 72f / dpi));
        doc.addPage(page);
        var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
        return save(doc);
    }

    /** The words of a page joined, whitespace normalised, lower case. */
    static String text(Page page) {
        return String.join(" ", page.words().stream().map(Word::text).toList())
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
