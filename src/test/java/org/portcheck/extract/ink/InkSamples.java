package org.portcheck.extract.ink;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.portcheck.document.Box;
import org.portcheck.document.Word;

/**
 * Builds page images holding a signature or initials block the way the portcheck-loa-v1 form lays them out, with real
 * signature crops (Roboflow "signatures" dataset, CC BY 4.0, see resources ink/signatures/README.md), typed names,
 * the defects of {@link InkDefects} and the degradations of real intake (scan noise, fax, screenshot, JPEG, photo).
 */
final class InkSamples {

    static final int DPI = 200;
    static final List<String> CROPS = List.of("005", "010", "013", "015", "017", "022", "024", "026", "032", "033",
            "034", "035", "044", "048", "054", "059", "064", "279", "102", "133", "146", "153", "174", "175", "221",
            "229", "255", "266", "297", "301");

    enum Content { HAND, FAINT, SMEARED, BROKEN, TYPED_SERIF, TYPED_SANS, TYPED_MONO, E_SIGNATURE, EMPTY }

    enum Degradation { CLEAN, NOISE, FAX, SCREEN_96_DPI, JPEG_40, UNEVEN_LIGHT }

    record Sample(BufferedImage page, Box region, List<Word> words) {
    }

    private InkSamples() {
    }

    static InkConfig defaults() {
        return new SmallRyeConfigBuilder().withMapping(InkConfig.class).build().getConfigMapping(InkConfig.class);
    }

    static BufferedImage crop(String id) {
        try (InputStream in = InkSamples.class.getResourceAsStream("/ink/signatures/sig-" + id + ".png")) {
            if (in == null) {
                throw new IllegalStateException("missing test crop sig-" + id + ".png");
            }
            return toGrey(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage toGrey(BufferedImage src) {
        BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(src, 0, 0, null);
        gr.dispose();
        return g;
    }

    private static double pt(double points) {
        return points * DPI / 72.0;
    }

    private static BufferedImage blankPage() {
        BufferedImage page = new BufferedImage((int) Math.round(8.5 * DPI), 11 * DPI, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        return page;
    }

    /** A signature block: 250 x 64 pt with a 200 pt signature line 52 pt down, and what is drawn over the line. */
    static Sample signatureBlock(Content content, String cropId, Degradation degradation, long seed) {
        BufferedImage page = blankPage();
        Box region = new Box((int) pt(110), (int) pt(560), (int) pt(250), (int) pt(64));
        int lineX = region.x() + (int) pt(12);
        int lineY = region.y() + (int) pt(52);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) pt(0.75)));
        g.drawLine(lineX, lineY, lineX + (int) pt(200), lineY);
        g.dispose();
        List<Word> words = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        switch (content) {
            case HAND, FAINT, SMEARED, BROKEN -> {
                BufferedImage ink = scaleToHeight(crop(cropId), 50);
                ink = switch (content) {
                    case FAINT -> faint(ink, InkDefects.FAINT_MIN_GREY + random.nextInt(
                            InkDefects.FAINT_MAX_GREY - InkDefects.FAINT_MIN_GREY + 1));
                    case SMEARED -> smear(ink, InkDefects.SMEAR_MIN_SIGMA_AT_200_DPI + random.nextDouble() * 2,
                            InkDefects.SMEAR_MIN_MOTION_PX_AT_200_DPI + random.nextInt(6));
                    case BROKEN -> broken(ink, random);
                    default -> ink;
                };
                multiply(page, ink, lineX + (int) pt(8), lineY + 6 - ink.getHeight());
            }
            case TYPED_SERIF, TYPED_SANS, TYPED_MONO -> words.addAll(type(page, "Jane Q. Public", font(content),
                    lineX + (int) pt(10), lineY - (int) pt(4)));
            case E_SIGNATURE -> words.addAll(type(page, "/s/ Jane Public", new Font(Font.SANS_SERIF, Font.PLAIN, 1),
                    lineX + (int) pt(10), lineY - (int) pt(4)));
            case EMPTY -> { }
        }
        return degrade(new Sample(page, region, words), degradation, random);
    }

    /** An initials box: a 90 x 40 pt rectangle, with the first letters of a signature in it (or nothing). */
    static Sample initialsBlock(String cropId, Degradation degradation, long seed) {
        BufferedImage page = blankPage();
        Box box = new Box((int) pt(300), (int) pt(700), (int) pt(90), (int) pt(40));
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) pt(1)));
        g.drawRect(box.x(), box.y(), box.width(), box.height());
        g.dispose();
        if (cropId != null) {
            BufferedImage sig = crop(cropId);
            BufferedImage letters = sig.getSubimage(0, 0, Math.max(8, (int) (sig.getWidth() * 0.35)), sig.getHeight());
            BufferedImage ink = scaleToHeight(letters, 30);
            multiply(page, ink, box.x() + (box.width() - ink.getWidth()) / 2,
                    box.y() + (box.height() - ink.getHeight()) / 2);
        }
        int margin = (int) pt(3);
        Box region = new Box(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
        return degrade(new Sample(page, region, List.of()), degradation, new SplittableRandom(seed));
    }

    /** A value field: an underline with a value typed over it, or a faint handwritten one, or nothing. */
    static Sample valueField(Content content, String cropId, Degradation degradation, long seed) {
        return signatureBlock(content, cropId, degradation, seed);
    }

    private static Font font(Content content) {
        String family = switch (content) {
            case TYPED_SERIF -> Font.SERIF;
            case TYPED_MONO -> Font.MONOSPACED;
            default -> Font.SANS_SERIF;
        };
        return new Font(family, Font.PLAIN, 1);
    }

    /** Draws text at 14 pt and returns its words with their boxes, as a text layer or a good OCR would give them. */
    private static List<Word> type(BufferedImage page, String text, Font base, int x, int baseline) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Font font = base.deriveFont((float) pt(14));
        g.setFont(font);
        g.setColor(Color.BLACK);
        g.drawString(text, x, baseline);
        FontRenderContext frc = g.getFontRenderContext();
        List<Word> words = new ArrayList<>();
        int from = 0;
        for (String word : text.split(" ")) {
            int at = text.indexOf(word, from);
            double left = at == 0 ? 0 : new TextLayout(text.substring(0, at), font, frc).getAdvance();
            Rectangle2D b = new TextLayout(word, font, frc).getBounds();
            words.add(new Word(word, new Box((int) Math.floor(x + left + b.getX()), (int) Math.floor(baseline + b.getY()),
                    (int) Math.ceil(b.getWidth()) + 1, (int) Math.ceil(b.getHeight()) + 1), 0.95));
            from = at + word.length();
        }
        g.dispose();
        return words;
    }

    static BufferedImage scaleToHeight(BufferedImage src, int heightAt200) {
        int h = (int) Math.round(heightAt200 * DPI / 200.0);
        int w = Math.max(1, (int) Math.round(src.getWidth() * h / (double) src.getHeight()));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Ink drawn on paper darkens it: multiply, so the crop's own white does not paint a rectangle. */
    private static void multiply(BufferedImage page, BufferedImage ink, int x0, int y0) {
        for (int y = 0; y < ink.getHeight(); y++) {
            for (int x = 0; x < ink.getWidth(); x++) {
                int px = x0 + x;
                int py = y0 + y;
                int p = page.getRaster().getSample(px, py, 0);
                int i = ink.getRaster().getSample(x, y, 0);
                page.getRaster().setSample(px, py, 0, p * i / 255);
            }
        }
    }

    /** Lightens ink so that its darkest part (1st percentile) lands at {@code darkest} grey. */
    static BufferedImage faint(BufferedImage ink, int darkest) {
        int[] hist = new int[256];
        int n = ink.getWidth() * ink.getHeight();
        int[] px = ink.getRaster().getSamples(0, 0, ink.getWidth(), ink.getHeight(), 0, new int[n]);
        for (int v : px) {
            hist[v]++;
        }
        int dark = InkMask.percentile(hist, n, 0.01);
        double factor = (255.0 - darkest) / Math.max(1, 255 - dark);
        BufferedImage out = new BufferedImage(ink.getWidth(), ink.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < n; i++) {
            px[i] = (int) Math.round(255 - Math.max(0, 255 - px[i]) * factor);
        }
        out.getRaster().setSamples(0, 0, ink.getWidth(), ink.getHeight(), 0, px);
        return out;
    }

    /** Gaussian blur of {@code sigma} plus a horizontal motion smear of {@code motion} pixels (at 200 dpi). */
    static BufferedImage smear(BufferedImage ink, double sigma, int motion) {
        int pad = (int) Math.ceil(3 * sigma) + motion;
        int w = ink.getWidth() + 2 * pad;
        int h = ink.getHeight() + 2 * pad;
        double[] a = new double[w * h];
        java.util.Arrays.fill(a, 255);
        for (int y = 0; y < ink.getHeight(); y++) {
            for (int x = 0; x < ink.getWidth(); x++) {
                a[(y + pad) * w + x + pad] = ink.getRaster().getSample(x, y, 0);
            }
        }
        int r = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * r + 1];
        double sum = 0;
        for (int k = -r; k <= r; k++) {
            kernel[k + r] = Math.exp(-k * k / (2 * sigma * sigma));
            sum += kernel[k + r];
        }
        for (int k = 0; k < kernel.length; k++) {
            kernel[k] /= sum;
        }
        a = convolve(a, w, h, kernel, true);
        a = convolve(a, w, h, kernel, false);
        double[] box = new double[motion];
        java.util.Arrays.fill(box, 1.0 / motion);
        a = convolve(a, w, h, box, true);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < a.length; i++) {
            out.getRaster().setSample(i % w, i / w, 0, (int) Math.round(Math.min(255, Math.max(0, a[i]))));
        }
        return out;
    }

    private static double[] convolve(double[] a, int w, int h, double[] k, boolean horizontal) {
        double[] out = new double[a.length];
        int r = k.length / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int j = 0; j < k.length; j++) {
                    int xx = horizontal ? Math.min(w - 1, Math.max(0, x + j - r)) : x;
                    int yy = horizontal ? y : Math.min(h - 1, Math.max(0, y + j - r));
                    s += k[j] * a[yy * w + xx];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }

    /**
     * Erases white gaps (discs wider than the stroke) across the strokes until at most
     * {@link InkDefects#BROKEN_MAX_KEPT_SHARE} of the ink is left.
     */
    static BufferedImage broken(BufferedImage ink, SplittableRandom random) {
        int w = ink.getWidth();
        int h = ink.getHeight();
        int n = w * h;
        int[] px = ink.getRaster().getSamples(0, 0, w, h, 0, new int[n]);
        int[] hist = new int[256];
        for (int v : px) {
            hist[v]++;
        }
        int cut = (InkMask.percentile(hist, n, 0.9) + InkMask.percentile(hist, n, 0.01)) / 2;
        boolean[] dark = new boolean[n];
        List<Integer> darkList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dark[i] = px[i] < cut;
            if (dark[i]) {
                darkList.add(i);
            }
        }
        double stroke = meanStroke(dark, w, h);
        int d = (int) Math.max(InkDefects.BROKEN_MIN_GAP_PX_AT_200_DPI * DPI / 200.0,
                Math.ceil(InkDefects.BROKEN_MIN_GAP_STROKES * stroke));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.getGraphics().drawImage(ink, 0, 0, null);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        while (true) {
            List<Integer> left = darkList.stream().filter(i -> out.getRaster().getSample(i % w, i / w, 0) < cut).toList();
            if (left.isEmpty() || left.size() <= InkDefects.BROKEN_MAX_KEPT_SHARE * darkList.size()) {
                break;
            }
            for (int k = 0; k < Math.max(1, left.size() / 40); k++) {
                int i = left.get(random.nextInt(left.size()));
                g.fillOval(i % w - d / 2, i / w - d / 2, d, d);
            }
        }
        g.dispose();
        return out;
    }

    private static double meanStroke(boolean[] on, int w, int h) {
        long sum = 0;
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!on[y * w + x]) {
                    continue;
                }
                int a = x;
                int b = x;
                while (a > 0 && on[y * w + a - 1]) {
                    a--;
                }
                while (b < w - 1 && on[y * w + b + 1]) {
                    b++;
                }
                int c = y;
                int e = y;
                while (c > 0 && on[(c - 1) * w + x]) {
                    c--;
                }
                while (e < h - 1 && on[(e + 1) * w + x]) {
                    e++;
                }
                sum += Math.min(b - a + 1, e - c + 1);
                count++;
            }
        }
        return count == 0 ? 1 : sum / (double) count;
    }

    static Sample degrade(Sample s, Degradation degradation, SplittableRandom random) {
        BufferedImage page = s.page();
        Box r = s.region();
        switch (degradation) {
            case CLEAN -> { }
            case NOISE -> saltAndPepper(page, r, 0.005, random);
            case FAX -> point(page, r, (x, y, v) -> v < 128 ? 0 : 255);
            case JPEG_40 -> jpeg(page, r, 0.4f);
            case UNEVEN_LIGHT -> point(page, r, (x, y, v) -> {
                // paper lit from the top left, falling off across the block, plus sensor grain
                double light = 0.92 - 0.30 * (x - r.x()) / (double) r.width() - 0.08 * (y - r.y()) / (double) r.height();
                return (int) Math.round(Math.max(0, Math.min(255, v * light + random.nextGaussian() * 3)));
            });
            case SCREEN_96_DPI -> {
                return downscale(s, 96);
            }
        }
        return s;
    }

    interface PointOp {
        int apply(int x, int y, int v);
    }

    /** Applies to the block and a margin around it (the rest of the page plays no part). */
    private static void point(BufferedImage page, Box r, PointOp op) {
        int m = (int) pt(20);
        for (int y = Math.max(0, r.y() - m); y < Math.min(page.getHeight(), r.bottom() + m); y++) {
            for (int x = Math.max(0, r.x() - m); x < Math.min(page.getWidth(), r.right() + m); x++) {
                page.getRaster().setSample(x, y, 0, op.apply(x, y, page.getRaster().getSample(x, y, 0)));
            }
        }
    }

    private static void saltAndPepper(BufferedImage page, Box r, double rate, SplittableRandom random) {
        point(page, r, (x, y, v) -> {
            double u = random.nextDouble();
            return u < rate / 2 ? 0 : u < rate ? 255 : v;
        });
    }

    private static void jpeg(BufferedImage page, Box r, float quality) {
        int m = (int) pt(20);
        int x0 = Math.max(0, (r.x() - m) / 8 * 8);
        int y0 = Math.max(0, (r.y() - m) / 8 * 8);
        int x1 = Math.min(page.getWidth(), r.right() + m);
        int y1 = Math.min(page.getHeight(), r.bottom() + m);
        BufferedImage part = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_BYTE_GRAY);
        part.getGraphics().drawImage(page.getSubimage(x0, y0, x1 - x0, y1 - y0), 0, 0, null);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(part, null, null), param);
            }
            writer.dispose();
            BufferedImage back = toGrey(ImageIO.read(new ByteArrayInputStream(bytes.toByteArray())));
            page.getGraphics().drawImage(back, x0, y0, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot: the page shown at {@code dpi}, averaged down from the render (only around the block: speed). */
    private static Sample downscale(Sample s, int dpi) {
        double f = dpi / (double) DPI;
        BufferedImage page = s.page();
        BufferedImage out = new BufferedImage((int) Math.round(page.getWidth() * f), (int) Math.round(page.getHeight() * f),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        Box r = s.region();
        int m = (int) pt(20);
        // a multiple of 25 px at 200 dpi is a whole number of pixels at 96 dpi: the part lands where it belongs
        int x0 = Math.max(0, (r.x() - m) / 25 * 25);
        int y0 = Math.max(0, (r.y() - m) / 25 * 25);
        int x1 = Math.min(page.getWidth(), x0 + ((r.right() + m - x0) / 25 + 1) * 25);
        int y1 = Math.min(page.getHeight(), y0 + ((r.bottom() + m - y0) / 25 + 1) * 25);
        int w = (int) Math.round((x1 - x0) * f);
        int h = (int) Math.round((y1 - y0) * f);
        g.drawImage(page.getSubimage(x0, y0, x1 - x0, y1 - y0).getScaledInstance(w, h,
                java.awt.Image.SCALE_AREA_AVERAGING), (int) Math.round(x0 * f), (int) Math.round(y0 * f), null);
        g.dispose();
        List<Word> words = s.words().stream().map(word -> new Word(word.text(), scale(word.box(), f),
                word.confidence())).toList();
        return new Sample(out, scale(s.region(), f), words);
    }

    private static Box scale(Box b, double f) {
        int x = (int) Math.floor(b.x() * f);
        int y = (int) Math.floor(b.y() * f);
        return new Box(x, y, (int) Math.ceil(b.right() * f) - x, (int) Math.ceil(b.bottom() * f) - y);
    }

    static IntStream seeds() {
        return IntStream.range(0, CROPS.size());
    }
}
