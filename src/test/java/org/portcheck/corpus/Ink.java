package org.portcheck.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Handwriting for the LOAs: real signature crops (CC BY 4.0, see src/test/resources/corpus/signatures/README.md)
 * turned into transparent ink at a given size, plus the faint, smeared and initials variants. Every image is ARGB at
 * {@link #DPI}, ink colour with the darkness of the crop as alpha, so it can be laid over a PDF page.
 */
final class Ink {

    static final int DPI = 300;

    /** The crops copied into test resources; all handwriting only, no typed text beside them. */
    static final List<String> CROPS = List.of("032", "034", "036", "037", "044", "047", "048", "056", "064", "090",
            "091", "093", "131", "133", "141", "145", "179", "181", "220", "229");

    private static final Color BLUE_BLACK = new Color(22, 32, 88);
    private static final Color BLACK = new Color(18, 18, 22);
    /** Faint ink never gets darker than this grey on white paper (>= 215 asked; a margin for scanner noise). */
    private static final int FAINT_GREY = 226;

    private Ink() {
    }

    /** Darkness (0 paper .. 1 darkest ink) of a crop, trimmed to its ink. */
    static Gray darkness(String crop) {
        BufferedImage img;
        try (InputStream in = Ink.class.getResourceAsStream("/corpus/signatures/sig-" + crop + ".png")) {
            if (in == null) {
                throw new IllegalStateException("missing signature crop sig-" + crop + ".png in test resources");
            }
            img = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Gray g = Gray.of(img);
        float[] sorted = g.v.clone();
        Arrays.sort(sorted);
        float paper = sorted[(int) (sorted.length * 0.80)];
        float ink = sorted[(int) (sorted.length * 0.01)];
        Gray d = new Gray(g.w, g.h, 0);
        for (int i = 0; i < g.v.length; i++) {
            float x = (paper - g.v[i]) / Math.max(40f, paper - ink);
            // paper grain and scanner dust under a fifth of the ink's darkness are paper, not ink
            d.v[i] = x < 0.2f ? 0 : Math.min(1f, x);
        }
        return trim(d, 0.35f);
    }

    private static Gray trim(Gray d, float t) {
        int x0 = d.w;
        int y0 = d.h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < d.h; y++) {
            for (int x = 0; x < d.w; x++) {
                if (d.v[y * d.w + x] >= t) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return d;
        }
        Gray out = new Gray(x1 - x0 + 1, y1 - y0 + 1, 0);
        for (int y = y0; y <= y1; y++) {
            System.arraycopy(d.v, y * d.w + x0, out.v, (y - y0) * out.w, out.w);
        }
        return out;
    }

    /** Darkness scaled to {@code heightPx}, no wider than {@code maxWidthPx}. */
    private static Gray sized(Gray d, int heightPx, int maxWidthPx) {
        double s = Math.min((double) heightPx / d.h, (double) maxWidthPx / d.w);
        int nw = Math.max(1, (int) Math.round(d.w * s));
        int nh = Math.max(1, (int) Math.round(d.h * s));
        // scale the "paper" picture (white = no ink) so interpolation does not darken the edges
        Gray paper = new Gray(d.w, d.h, 0);
        for (int i = 0; i < d.v.length; i++) {
            paper.v[i] = 255f * (1 - d.v[i]);
        }
        Gray scaled = Gray.of(Gray.scale(paper.toImage(), nw, nh));
        for (int i = 0; i < scaled.v.length; i++) {
            scaled.v[i] = 1 - scaled.v[i] / 255f;
        }
        return scaled;
    }

    private static BufferedImage argb(Gray d, Color c, float strength) {
        BufferedImage out = new BufferedImage(d.w, d.h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < d.h; y++) {
            for (int x = 0; x < d.w; x++) {
                int a = Gray.clamp(255f * Math.min(1f, d.v[y * d.w + x] * strength));
                out.setRGB(x, y, (a << 24) | (c.getRGB() & 0xffffff));
            }
        }
        return out;
    }

    /** A clear hand signature about {@code heightInch} tall. */
    static BufferedImage hand(String crop, double heightInch, double maxWidthInch, Random rnd) {
        Gray d = sized(darkness(crop), (int) (heightInch * DPI), (int) (maxWidthInch * DPI));
        return argb(d, rnd.nextBoolean() ? BLUE_BLACK : BLACK, 1.15f);
    }

    /** Ink so light that its darkest pixel is grey {@value #FAINT_GREY} on white: present but unusable. */
    static BufferedImage faint(String crop, double heightInch, double maxWidthInch) {
        Gray d = sized(darkness(crop), (int) (heightInch * DPI), (int) (maxWidthInch * DPI));
        return argb(d, new Color(FAINT_GREY, FAINT_GREY, FAINT_GREY), 1f);
    }

    /**
     * A signature smudged before it dried: Gaussian blur (sigma 3.5 px at 200 dpi) and a horizontal smear, then
     * brought to {@link #DPI}.
     */
    static BufferedImage smeared(String crop, double heightInch, double maxWidthInch) {
        int at200 = 200;
        Gray d = sized(darkness(crop), (int) (heightInch * at200), (int) (maxWidthInch * at200));
        // pad so the blur and smear have room to spread
        int pad = 24;
        Gray padded = new Gray(d.w + 2 * pad, d.h + 2 * pad, 0);
        for (int y = 0; y < d.h; y++) {
            System.arraycopy(d.v, y * d.w, padded.v, (y + pad) * padded.w + pad, d.w);
        }
        Gray smudged = padded.blur(3.5).smearH(17);
        Gray paper = new Gray(smudged.w, smudged.h, 0);
        for (int i = 0; i < smudged.v.length; i++) {
            paper.v[i] = 255f * (1 - Math.min(1f, smudged.v[i] * 1.6f));
        }
        int nw = smudged.w * DPI / at200;
        int nh = smudged.h * DPI / at200;
        Gray up = Gray.of(Gray.scale(paper.toImage(), nw, nh));
        for (int i = 0; i < up.v.length; i++) {
            up.v[i] = 1 - up.v[i] / 255f;
        }
        return argb(up, BLUE_BLACK, 1f);
    }

    /** Initials cut from the start of a signature crop: its first letters, {@code heightInch} tall. */
    static BufferedImage initialsFromCrop(String crop, double heightInch, Random rnd) {
        Gray d = darkness(crop);
        int cut = (int) (d.w * (0.28 + 0.12 * rnd.nextDouble()));
        Gray left = new Gray(cut, d.h, 0);
        for (int y = 0; y < d.h; y++) {
            System.arraycopy(d.v, y * d.w, left.v, y * cut, cut);
        }
        Gray t = trim(left, 0.35f);
        Gray s = sized(t, (int) (heightInch * DPI), (int) (heightInch * DPI * 3));
        return argb(s, rnd.nextBoolean() ? BLUE_BLACK : BLACK, 1.15f);
    }

    /** Initials drawn as quick pen strokes: {@code letters} looped, slanted strokes, {@code heightInch} tall. */
    static BufferedImage initialsStroked(int letters, double heightInch, Random rnd) {
        int h = (int) (heightInch * DPI);
        int cell = (int) (h * 0.7);
        int w = cell * letters + h / 2;
        BufferedImage out = new BufferedImage(w, h + h / 3, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(rnd.nextBoolean() ? BLUE_BLACK : BLACK);
        g.setStroke(new BasicStroke(h / 13f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.shear(-0.25, 0);
        g.translate(h * 0.3, 0);
        for (int i = 0; i < letters; i++) {
            double x0 = i * cell;
            Path2D p = new Path2D.Double();
            p.moveTo(x0 + cell * 0.2, h * (0.9 + 0.1 * rnd.nextDouble()));
            p.curveTo(x0 + cell * (0.1 + 0.3 * rnd.nextDouble()), h * 0.1,
                    x0 + cell * (0.7 + 0.3 * rnd.nextDouble()), h * (0.05 + 0.1 * rnd.nextDouble()),
                    x0 + cell * 0.6, h * 0.5);
            p.curveTo(x0 + cell * 0.3, h * 0.6, x0 + cell * (0.6 + 0.4 * rnd.nextDouble()), h * 0.95,
                    x0 + cell * 1.05, h * (0.7 + 0.2 * rnd.nextDouble()));
            g.draw(p);
            if (rnd.nextBoolean()) {
                // a period after the letter, as people write "M.A."
                g.fillOval((int) (x0 + cell * 0.95), (int) (h * 0.88), h / 11, h / 11);
            }
        }
        g.dispose();
        return out;
    }
}
