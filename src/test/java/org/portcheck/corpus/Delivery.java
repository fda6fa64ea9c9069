package org.portcheck.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.w3c.dom.Element;

/**
 * How a document reaches us: each form of delivery is a function from the rendered pages (or the text PDF) to the
 * bytes of the file a customer would send. All randomness comes from the case's seeded Random.
 */
final class Delivery {

    static final int RENDER_DPI = 300;
    static final int SCAN_DPI = 200;
    static final int FAX_X_DPI = 204;
    static final int FAX_Y_DPI = 196;

    private Delivery() {
    }

    static List<BufferedImage> render(byte[] pdf, int dpi, ImageType type) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(r.renderImageWithDPI(i, dpi, type));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- scanned PDF -----------------------------------------------------------------------------------------------

    /**
     * A flatbed or sheet-fed scan: grey at {@value #SCAN_DPI} dpi, skewed 0.5-3 degrees, toner and paper tone, a
     * little blur and sensor noise, each page a JPEG image in a PDF with no text layer.
     */
    static byte[] scannedPdf(List<BufferedImage> pages300, Random r, String id) {
        try {
            PDDocument doc = new PDDocument();
            for (BufferedImage p : pages300) {
                int w = p.getWidth() * SCAN_DPI / RENDER_DPI;
                int h = p.getHeight() * SCAN_DPI / RENDER_DPI;
                Gray g = Gray.of(Gray.scale(p, w, h));
                double angle = (0.5 + 2.5 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
                g = g.levels(25 + r.nextInt(15), 238 + r.nextInt(10)).rotate(angle, 232).blur(0.6).noise(r, 2.5);
                byte[] jpeg = jpeg(g.toImage(), 0.55f, SCAN_DPI);
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject img = JPEGFactory.createFromByteArray(doc, jpeg);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            return Pdf.save(doc, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How a scan goes wrong beyond the plain sheet-fed scan: skew up to {@code maxSkew} degrees, the sheet fed
     * sideways or upside down ({@code quarterTurns} of 90 degrees clockwise; -1 draws 90 or 270), paper and toner
     * levels, blur, sensor noise, salt-and-pepper speckle (dots per million pixels) and the JPEG quality it is saved at.
     */
    record Scan(String words, double maxSkew, int quarterTurns, float lo, float hi, double blur, double noise,
                int specklePerMillion, float quality) {
    }

    static final Scan PLAIN = new Scan("skew", 3, 0, 25, 240, 0.6, 2.5, 0, 0.55f);
    static final Scan UPSIDE_DOWN = new Scan("rotation 180", 2, 2, 25, 240, 0.6, 2.5, 0, 0.55f);
    static final Scan SIDEWAYS = new Scan("rotation 90", 2, -1, 25, 240, 0.6, 2.5, 0, 0.55f);
    static final Scan NOISY = new Scan("scanner noise", 2, 0, 30, 236, 0.7, 13, 900, 0.6f);
    static final Scan LOW_CONTRAST = new Scan("low contrast", 2, 0, 105, 200, 0.8, 2.5, 0, 0.6f);
    static final Scan JPEG_BLOCKS = new Scan("JPEG artefacts", 2, 0, 25, 240, 0.6, 2.5, 0, 0.1f);

    /** The pages of a scan as grey images at {@value #SCAN_DPI} dpi, before they are saved. */
    static List<BufferedImage> scanPages(List<BufferedImage> pages300, Random r, Scan s) {
        List<BufferedImage> out = new ArrayList<>();
        int turns = s.quarterTurns() >= 0 ? s.quarterTurns() : r.nextBoolean() ? 1 : 3;
        for (BufferedImage p : pages300) {
            int w = p.getWidth() * SCAN_DPI / RENDER_DPI;
            int h = p.getHeight() * SCAN_DPI / RENDER_DPI;
            Gray g = Gray.of(Gray.scale(p, w, h));
            double angle = (0.3 + (s.maxSkew() - 0.3) * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
            float lo = s.lo() + r.nextInt(10);
            float hi = s.hi() + r.nextInt(8);
            g = g.levels(lo, hi).rotate(angle, hi - 6).blur(s.blur()).noise(r, s.noise());
            for (long i = (long) g.v.length * s.specklePerMillion() / 1_000_000L; i > 0; i--) {
                // dust and sensor speckle: dark and white dots of 1-2 pixels
                int x = r.nextInt(g.w - 1);
                int y = r.nextInt(g.h - 1);
                float v = r.nextBoolean() ? lo : 255;
                g.v[y * g.w + x] = v;
                if (r.nextInt(3) == 0) {
                    g.v[y * g.w + x + 1] = v;
                }
            }
            out.add(quarterTurns(g.toImage(), turns));
        }
        return out;
    }

    /** A scan saved as a PDF of JPEG pages (no text layer). */
    static byte[] scanPdf(List<BufferedImage> pages300, Random r, Scan s, String id) {
        try {
            PDDocument doc = new PDDocument();
            for (BufferedImage img : scanPages(pages300, r, s)) {
                boolean landscape = img.getWidth() > img.getHeight();
                PDRectangle size = landscape ? new PDRectangle(PDRectangle.LETTER.getHeight(),
                        PDRectangle.LETTER.getWidth()) : PDRectangle.LETTER;
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PDImageXObject x = JPEGFactory.createFromByteArray(doc, jpeg(img, s.quality(), SCAN_DPI));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            return Pdf.save(doc, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page scan saved as a JPEG file at {@value #SCAN_DPI} dpi. */
    static byte[] scanJpeg(BufferedImage page300, Random r, Scan s) {
        return jpeg(scanPages(List.of(page300), r, s).get(0), s.quality(), SCAN_DPI);
    }

    /** {@code img} turned clockwise by {@code turns} quarter turns. */
    static BufferedImage quarterTurns(BufferedImage img, int turns) {
        int t = ((turns % 4) + 4) % 4;
        if (t == 0) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(t == 2 ? w : h, t == 2 ? h : w, img.getType());
        // raster samples, not getRGB/setRGB: those convert grey through sRGB and back, which is not exact
        var src = img.getRaster();
        var dst = out.getRaster();
        int[] px = new int[src.getNumBands()];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                src.getPixel(x, y, px);
                switch (t) {
                    case 1 -> dst.setPixel(h - 1 - y, x, px);
                    case 2 -> dst.setPixel(w - 1 - x, h - 1 - y, px);
                    default -> dst.setPixel(y, w - 1 - x, px);
                }
            }
        }
        return out;
    }

    // ---- fax TIFF --------------------------------------------------------------------------------------------------

    /**
     * A fax: bilevel, 204 x 196 dpi (fine mode, non-square pixels), with the speckle a fax line adds, CCITT-compressed
     * ({@code compression} "CCITT T.6" for G4 or "CCITT T.4" for G3), one frame per page.
     */
    static byte[] faxTiff(List<BufferedImage> pages300, Random r, String compression) {
        List<BufferedImage> frames = new ArrayList<>();
        for (BufferedImage p : pages300) {
            int w = p.getWidth() * FAX_X_DPI / RENDER_DPI;
            int h = p.getHeight() * FAX_Y_DPI / RENDER_DPI;
            Gray g = Gray.of(Gray.scale(p, w, h)).noise(r, 12);
            BufferedImage bw = g.toBilevel(150);
            for (int i = 0; i < w * h / 6000; i++) {
                // isolated line-noise dots
                bw.getRaster().setSample(r.nextInt(w), r.nextInt(h), 0, 0);
            }
            frames.add(bw);
        }
        return tiff(frames, compression, FAX_X_DPI, FAX_Y_DPI);
    }

    static byte[] tiff(List<BufferedImage> frames, String compression, int xDpi, int yDpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType(compression);
            writer.prepareWriteSequence(null);
            BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
            for (BufferedImage img : frames) {
                IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
                TIFFDirectory dir = TIFFDirectory.createFromMetadata(md);
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL,
                        1, new long[][] {{xDpi, 1}}));
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL,
                        1, new long[][] {{yDpi, 1}}));
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                        BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
                writer.writeToSequence(new IIOImage(img, null, dir.getAsMetadata()), p);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bos.toByteArray();
    }

    // ---- phone photo -----------------------------------------------------------------------------------------------

    /** How bad the photo is. */
    enum Photo {
        GOOD(0.5, 0, 255), BLURRY(8.0, 30, 225), FADED(4.5, 170, 236);

        final double blur;
        final float lo;
        final float hi;

        Photo(double blur, float lo, float hi) {
            this.blur = blur;
            this.lo = lo;
            this.hi = hi;
        }
    }

    /**
     * A phone photo of a page on a table: the page at about 165 dpi, a mild perspective (the phone not quite parallel
     * to the paper), a light fall-off across the page, warm indoor light, sensor noise, JPEG quality 70.
     */
    static byte[] photoJpeg(BufferedImage page300, Random r, Photo how) {
        return jpeg(photo(page300, r, how), 0.7f, 0);
    }

    /** The photo of {@link #photoJpeg} before it is saved. */
    static BufferedImage photo(BufferedImage page300, Random r, Photo how) {
        int dpi = 150 + r.nextInt(40);
        int pw = page300.getWidth() * dpi / RENDER_DPI;
        int ph = page300.getHeight() * dpi / RENDER_DPI;
        BufferedImage page = Gray.scale(page300, pw, ph);
        Gray[] src = {Gray.channel(page, 0), Gray.channel(page, 1), Gray.channel(page, 2)};
        int cw = (int) (pw * 1.12);
        int ch = (int) (ph * 1.08);
        double mx = (cw - pw) / 2.0;
        double my = (ch - ph) / 2.0;
        double j = pw * 0.025;
        double[][] quad = {
            {mx + jit(r, j), my + jit(r, j)}, {mx + pw + jit(r, j), my + jit(r, j)},
            {mx + pw + jit(r, j), my + ph + jit(r, j)}, {mx + jit(r, j), my + ph + jit(r, j)}};
        double[] inv = invert(squareToQuad(quad));
        float[] table = {92, 72, 54};
        double lightAngle = r.nextDouble() * Math.PI * 2;
        double lx = Math.cos(lightAngle);
        double ly = Math.sin(lightAngle);
        Gray[] dst = {new Gray(cw, ch, 0), new Gray(cw, ch, 0), new Gray(cw, ch, 0)};
        float[] tint = {1.0f, 0.965f, 0.9f};
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                double wq = inv[6] * x + inv[7] * y + inv[8];
                double u = (inv[0] * x + inv[1] * y + inv[2]) / wq;
                double v = (inv[3] * x + inv[4] * y + inv[5]) / wq;
                double nx = (x - cw / 2.0) / cw;
                double ny = (y - ch / 2.0) / ch;
                double light = 0.86 + 0.14 * (nx * lx + ny * ly) * 2 - 0.18 * (nx * nx + ny * ny);
                int i = y * cw + x;
                for (int c = 0; c < 3; c++) {
                    float val;
                    if (u >= 0 && u < 1 && v >= 0 && v < 1) {
                        val = bilinear(src[c], u * (pw - 1), v * (ph - 1));
                        val = how.lo + val * (how.hi - how.lo) / 255f;
                    } else {
                        val = table[c] + (float) (12 * Math.sin(y / 37.0 + x / 400.0));
                    }
                    dst[c].v[i] = (float) (val * light * tint[c]);
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            dst[c] = dst[c].blur(how.blur).noise(r, how == Photo.GOOD ? 3 : 6);
        }
        return Gray.rgb(dst[0], dst[1], dst[2]);
    }

    private static double jit(Random r, double j) {
        return (r.nextDouble() * 2 - 1) * j;
    }

    private static float bilinear(Gray g, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(g.w - 1, x0 + 1);
        int y1 = Math.min(g.h - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = g.v[y0 * g.w + x0] * (1 - fx) + g.v[y0 * g.w + x1] * fx;
        double bottom = g.v[y1 * g.w + x0] * (1 - fx) + g.v[y1 * g.w + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    /** Projective map of the unit square onto a quad (Heckbert), as a row-major 3x3 matrix. */
    private static double[] squareToQuad(double[][] q) {
        double x0 = q[0][0], y0 = q[0][1], x1 = q[1][0], y1 = q[1][1];
        double x2 = q[2][0], y2 = q[2][1], x3 = q[3][0], y3 = q[3][1];
        double sx = x0 - x1 + x2 - x3;
        double sy = y0 - y1 + y2 - y3;
        double dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
        double det = dx1 * dy2 - dx2 * dy1;
        double g = (sx * dy2 - dx2 * sy) / det;
        double h = (dx1 * sy - sx * dy1) / det;
        return new double[] {
            x1 - x0 + g * x1, x3 - x0 + h * x3, x0,
            y1 - y0 + g * y1, y3 - y0 + h * y3, y0,
            g, h, 1};
    }

    private static double[] invert(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], i = m[8];
        double A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
        double det = a * A + b * B + c * C;
        return new double[] {
            A / det, -(b * i - c * h) / det, (b * f - c * e) / det,
            B / det, (a * i - c * g) / det, -(a * f - c * d) / det,
            C / det, -(a * h - b * g) / det, (a * e - b * d) / det};
    }

    /** A page photographed or scanned at far too low a resolution to read its print. */
    static byte[] lowResJpeg(byte[] pdf, int dpi) {
        BufferedImage img = render(pdf, dpi, ImageType.RGB).get(0);
        return jpeg(img, 0.6f, dpi);
    }

    // ---- encoders --------------------------------------------------------------------------------------------------

    /** JPEG at {@code quality}; {@code dpi} 0 writes no density (as phone cameras do: aspect ratio only). */
    static byte[] jpeg(BufferedImage img, float quality, int dpi) {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
            String fmt = "javax_imageio_jpeg_image_1.0";
            Element tree = (Element) md.getAsTree(fmt);
            Element jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", dpi > 0 ? "1" : "0");
            jfif.setAttribute("Xdensity", String.valueOf(dpi > 0 ? dpi : 1));
            jfif.setAttribute("Ydensity", String.valueOf(dpi > 0 ? dpi : 1));
            md.setFromTree(fmt, tree);
            w.write(null, new IIOImage(img, null, md), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return bos.toByteArray();
    }

    /** PNG with a pHYs chunk saying {@code dpi}. */
    static byte[] png(BufferedImage img, int dpi) {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            w.setOutput(ios);
            IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            md.mergeTree("javax_imageio_png_1.0", root);
            w.write(null, new IIOImage(img, null, md), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return bos.toByteArray();
    }
}
