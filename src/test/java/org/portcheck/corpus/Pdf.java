package org.portcheck.corpus;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A small drawing surface over PDFBox: one open content stream at a time, standard 14 fonts, fixed metadata. */
final class Pdf implements AutoCloseable {

    static {
        // before any font object exists: PDFBox picks a font's rendering substitute when the font object is made
        UrwFontMapper.install();
    }

    // one set of font objects per document: PDFBox keeps a saved object's number on the object itself, so fonts
    // shared between documents would make a file's bytes depend on what was generated before it
    final PDType1Font helv = new PDType1Font(FontName.HELVETICA);
    final PDType1Font helvB = new PDType1Font(FontName.HELVETICA_BOLD);
    final PDType1Font helvO = new PDType1Font(FontName.HELVETICA_OBLIQUE);
    final PDType1Font times = new PDType1Font(FontName.TIMES_ROMAN);
    final PDType1Font timesB = new PDType1Font(FontName.TIMES_BOLD);
    final PDType1Font timesI = new PDType1Font(FontName.TIMES_ITALIC);
    final PDType1Font courier = new PDType1Font(FontName.COURIER);
    final PDType1Font courierB = new PDType1Font(FontName.COURIER_BOLD);

    static final Color GREY = new Color(90, 90, 90);
    static final Color LIGHT = new Color(235, 235, 235);

    final PDDocument doc;
    PDPage page;
    PDPageContentStream cs;

    Pdf() {
        this.doc = new PDDocument();
    }

    /** Opens an existing page for drawing on top of what it has. */
    Pdf(PDDocument doc) {
        this.doc = doc;
    }

    Pdf newPage(PDRectangle size) {
        closeStream();
        page = new PDPage(size);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf onPage(int index) {
        closeStream();
        page = doc.getPage(index);
        try {
            cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf text(PDFont f, float size, float x, float y, String s) {
        try {
            cs.beginText();
            cs.setFont(f, size);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf right(PDFont f, float size, float xRight, float y, String s) {
        return text(f, size, xRight - width(f, size, s), y, s);
    }

    Pdf center(PDFont f, float size, float xCentre, float y, String s) {
        return text(f, size, xCentre - width(f, size, s) / 2, y, s);
    }

    Pdf color(Color c) {
        try {
            cs.setNonStrokingColor(c);
            cs.setStrokingColor(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf line(float x1, float y1, float x2, float y2, float w) {
        try {
            cs.setLineWidth(w);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf dashed(float x1, float y, float x2, float w) {
        try {
            cs.setLineDashPattern(new float[] {4, 3}, 0);
            line(x1, y, x2, y, w);
            cs.setLineDashPattern(new float[] {}, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf rect(float x, float y, float w, float h, float lineWidth) {
        try {
            cs.setLineWidth(lineWidth);
            cs.addRect(x, y, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf fill(float x, float y, float w, float h, Color c) {
        try {
            cs.setNonStrokingColor(c);
            cs.addRect(x, y, w, h);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pdf circle(float cx, float cy, float r, Color c, boolean filled) {
        float k = 0.5523f * r;
        try {
            cs.moveTo(cx + r, cy);
            cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            if (filled) {
                cs.setNonStrokingColor(c);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
            } else {
                cs.setStrokingColor(c);
                cs.stroke();
                cs.setStrokingColor(Color.BLACK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Draws an image (e.g. ink at {@link Ink#DPI}) with its lower-left corner at x, y, sized by its pixel density. */
    Pdf image(BufferedImage img, float x, float y, int dpi) {
        try {
            PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
            cs.drawImage(xo, x, y, img.getWidth() * 72f / dpi, img.getHeight() * 72f / dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static float width(PDFont f, float size, String s) {
        try {
            return f.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(PDFont f, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (width(f, size, next) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Draws a wrapped paragraph from baseline y downwards; returns the baseline after its last line. */
    float paragraph(PDFont f, float size, float x, float y, float width, float leading, String text) {
        for (String l : wrap(f, size, text, width)) {
            text(f, size, x, y, l);
            y -= leading;
        }
        return y;
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** Ends drawing; the document stays open. */
    @Override
    public void close() {
        closeStream();
    }

    /**
     * Saves with a fixed creation date, producer and a document ID derived from {@code idSeed}, so the same case
     * gives the same bytes on every run (PDFBox otherwise stamps the clock into the trailer ID).
     */
    static byte[] save(PDDocument doc, String idSeed) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(2026, Calendar.NOVEMBER, 1, 9, 0, 0);
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer("portcheck corpus generator");
        byte[] id;
        try {
            id = MessageDigest.getInstance("MD5").digest(idSeed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
