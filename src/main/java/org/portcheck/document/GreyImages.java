package org.portcheck.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** 8-bit grey page pictures: conversion, turning, scaling and skew measurement. */
final class GreyImages {

    private static final int WHITE = 255;
    /** Skew is measured on a copy about this wide: enough for 0.1 degree steps, small enough to be quick. */
    private static final int SKEW_SAMPLE_WIDTH = 1000;
    private static final double COARSE_STEP = 0.5;
    private static final double FINE_STEP = 0.05;
    /** Profile bins for telling rows of text from columns: about a third of a line of 10-12 pt print. */
    private static final double PROFILE_BIN_INCHES = 0.05;
    /** A row of the skew profile belongs to a line when it holds this share of the busiest row's ink. */
    private static final double LINE_SHARE = 0.04;
    /** A line's core (x-height band) is its rows with at least this share of its busiest row's ink. */
    private static final double CORE_SHARE = 0.5;
    /** Fewer profile rows than this are a rule or a speck line, not a line of print. */
    private static final int MIN_LINE_ROWS = 4;

    private GreyImages() {
    }

    /** A fresh TYPE_BYTE_GRAY copy; transparency is laid over white, colour becomes Rec.601 luma (sRGB, no gamma shift). */
    static BufferedImage toGrey(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = pixels(grey);
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY && source.getRaster().getNumBands() == 1) {
            source.getRaster().getDataElements(0, 0, w, h, out);
            return grey;
        }
        if (source.getType() == BufferedImage.TYPE_3BYTE_BGR && source.getRaster().getDataBuffer() instanceof DataBufferByte
                && source.getRaster().getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel model
                && model.getPixelStride() == 3 && model.getScanlineStride() == 3 * w
                && java.util.Arrays.equals(model.getBandOffsets(), new int[] {2, 1, 0})
                && source.getRaster().getSampleModelTranslateX() == 0 && source.getRaster().getSampleModelTranslateY() == 0) {
            // a decoded JPEG: the same luma from its bytes, without a colour-model call per pixel
            byte[] bgr = ((DataBufferByte) source.getRaster().getDataBuffer()).getData();
            for (int i = 0, j = 0; i < out.length; i++, j += 3) {
                int b = bgr[j] & 0xFF;
                int g = bgr[j + 1] & 0xFF;
                int r = bgr[j + 2] & 0xFF;
                out[i] = (byte) ((299 * r + 587 * g + 114 * b) / 1000);
            }
            return grey;
        }
        if (source.getColorModel() instanceof java.awt.image.IndexColorModel palette
                && source.getRaster().getNumBands() == 1) {
            // a fax or a palette PNG: each palette entry's grey once, then indices row by row
            byte[] levels = new byte[palette.getMapSize()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = (byte) greyOf(palette.getRGB(i));
            }
            java.awt.image.Raster raster = source.getRaster();
            if (raster.getSampleModel() instanceof java.awt.image.MultiPixelPackedSampleModel packed
                    && packed.getPixelBitStride() == 1 && raster.getDataBuffer() instanceof DataBufferByte bytes
                    && bytes.getNumBanks() == 1 && raster.getSampleModelTranslateX() == 0
                    && raster.getSampleModelTranslateY() == 0) {
                // a fax: one bit a pixel, first pixel in the high bit, read straight from its bytes
                byte[] data = bytes.getData();
                int stride = packed.getScanlineStride();
                int first = bytes.getOffset() * 8 + packed.getDataBitOffset();
                for (int y = 0; y < h; y++) {
                    int bit = first + y * stride * 8;
                    int base = y * w;
                    for (int x = 0; x < w; x++, bit++) {
                        out[base + x] = levels[(data[bit >> 3] >> (7 - (bit & 7))) & 1];
                    }
                }
                return grey;
            }
            int[] indices = new int[w];
            for (int y = 0; y < h; y++) {
                source.getRaster().getSamples(0, y, w, 1, 0, indices);
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    out[base + x] = levels[indices[x]];
                }
            }
            return grey;
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            source.getRGB(0, y, w, 1, row, 0, w);
            int base = y * w;
            for (int x = 0; x < w; x++) {
                out[base + x] = (byte) greyOf(row[x]);
            }
        }
        return grey;
    }

    /** Rec.601 luma of one ARGB colour laid over white paper. */
    private static int greyOf(int argb) {
        int a = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        int luma = (299 * r + 587 * g + 114 * b) / 1000;
        return (luma * a + WHITE * (255 - a)) / 255;
    }

    static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }

    /** Turns a grey image clockwise by a multiple of 90 degrees. */
    static BufferedImage rotateClockwise(BufferedImage grey, int degrees) {
        int turns = Math.floorMod(degrees / 90, 4);
        if (turns == 0) {
            return grey;
        }
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] in = pixels(grey);
        boolean swap = turns % 2 == 1;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (turns) {
                    case 1 -> { nx = h - 1 - y; ny = x; }
                    case 2 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    default -> { nx = y; ny = w - 1 - x; }
                }
                o[ny * ow + nx] = in[y * w + x];
            }
        }
        return out;
    }

    /** Mirrors a grey image left to right (EXIF orientations 2, 4, 5, 7). */
    static BufferedImage mirror(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] in = pixels(grey);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                o[y * w + (w - 1 - x)] = in[y * w + x];
            }
        }
        return out;
    }

    /**
     * Rescales to the given size with bilinear interpolation: the pixels Java2D's {@code drawImage} to that size
     * gives, from the same transform loop the rotation uses.
     */
    static BufferedImage scale(BufferedImage grey, int width, int height) {
        if (width == grey.getWidth() && height == grey.getHeight()) {
            return grey;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        draw(grey, out, AffineTransform.getScaleInstance(width / (double) grey.getWidth(),
                height / (double) grey.getHeight()));
        return out;
    }

    /**
     * Rotates by {@code degrees} (positive turns the content clockwise on screen) around the centre, on a canvas
     * grown to hold the whole page, filled with white.
     */
    static BufferedImage rotate(BufferedImage grey, double degrees) {
        double rad = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(rad));
        double cos = Math.abs(Math.cos(rad));
        int w = grey.getWidth();
        int h = grey.getHeight();
        int ow = (int) Math.ceil(w * cos + h * sin);
        int oh = (int) Math.ceil(h * cos + w * sin);
        AffineTransform t = new AffineTransform();
        t.translate(ow / 2.0, oh / 2.0);
        t.rotate(rad);
        t.translate(-w / 2.0, -h / 2.0);
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(pixels(out), (byte) WHITE);
        draw(grey, out, t);
        return out;
    }

    /**
     * Draws {@code grey} through {@code t} onto {@code out} with bilinear interpolation: by the Java copy of Java2D's
     * loop, or by Java2D itself where that loop would leave its fixed-point steps.
     */
    private static void draw(BufferedImage grey, BufferedImage out, AffineTransform t) {
        if (bilinear(pixels(grey), grey.getWidth(), grey.getHeight(), pixels(out), out.getWidth(), out.getHeight(),
                t)) {
            return;
        }
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(grey, t, null);
        } finally {
            g.dispose();
        }
    }

    /** One in 32.32 fixed point, as Java2D's transform loops count. */
    private static final double FIXED_ONE = 4294967296.0;
    private static final long FIXED_HALF = 1L << 31;

    /**
     * Draws {@code src} through {@code t} onto {@code dst} exactly as Java2D's bilinear transform loop does for a
     * grey image (TransformHelper: the inverse transform stepped in 32.32 fixed point from each destination pixel's
     * centre, the four neighbours clamped at the picture's edge, 8-bit weights, and only pixels whose centres fall
     * inside the source drawn), without its conversion of every pixel to ARGB and back. The same pixels as
     * {@code Graphics2D.drawImage}, several times sooner; false (nothing drawn) where the fixed-point steps could
     * overflow and Java2D would take its slow per-pixel path.
     */
    private static boolean bilinear(byte[] src, int sw, int sh, byte[] dst, int dw, int dh, AffineTransform t) {
        AffineTransform inverse;
        try {
            inverse = t.createInverse();
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return true;
        }
        double[] corners = {0, 0, sw, 0, 0, sh, sw, sh};
        t.transform(corners, 0, corners, 0, 4);
        double minX = corners[0];
        double maxX = corners[0];
        double minY = corners[1];
        double maxY = corners[1];
        for (int i = 2; i < corners.length; i += 2) {
            double d = corners[i];
            if (minX > d) {
                minX = d;
            } else if (maxX < d) {
                maxX = d;
            }
            d = corners[i + 1];
            if (minY > d) {
                minY = d;
            } else if (maxY < d) {
                maxY = d;
            }
        }
        int x1 = Math.max((int) Math.floor(minX), 0);
        int y1 = Math.max((int) Math.floor(minY), 0);
        int x2 = Math.min((int) Math.ceil(maxX), dw);
        int y2 = Math.min((int) Math.ceil(maxY), dh);
        if (x2 <= x1 || y2 <= y1) {
            return true;
        }
        double[] m = new double[6];
        inverse.getMatrix(m);
        double dxdx = m[0];
        double dydx = m[1];
        double dxdy = m[2];
        double dydy = m[3];
        double tx = m[4];
        double ty = m[5];
        double[][] probe = {{x1 + 0.5, y1 + 0.5}, {x2 - 0.5, y1 + 0.5}, {x1 + 0.5, y2 - 0.5}, {x2 - 0.5, y2 - 0.5}};
        for (double[] p : probe) {
            double x = dxdx * p[0] + dxdy * p[1] + tx;
            double y = dydx * p[0] + dydy * p[1] + ty;
            if (unsafe(x) || unsafe(y)) {
                return false;
            }
        }
        long xBase = (long) ((dxdx * (x1 + 0.5) + dxdy * (y1 + 0.5) + tx) * FIXED_ONE);
        long yBase = (long) ((dydx * (x1 + 0.5) + dydy * (y1 + 0.5) + ty) * FIXED_ONE);
        long dxdxL = (long) (dxdx * FIXED_ONE);
        long dydxL = (long) (dydx * FIXED_ONE);
        long dxdyL = (long) (dxdy * FIXED_ONE);
        long dydyL = (long) (dydy * FIXED_ONE);
        long rowSpanX = (x2 - x1 - 1) * dxdxL;
        long rowSpanY = (x2 - x1 - 1) * dydxL;
        for (int dy = y1; dy < y2; dy++) {
            long rowX = xBase + (dy - y1) * dxdyL;
            long rowY = yBase + (dy - y1) * dydyL;
            // the first and last pixels of the row whose centres fall inside the source
            int left = x1;
            long xl = rowX;
            long yl = rowY;
            while (left < x2 && (outside(yl, sh) || outside(xl, sw))) {
                left++;
                xl += dxdxL;
                yl += dydxL;
            }
            int right = x2;
            xl = rowX + rowSpanX;
            yl = rowY + rowSpanY;
            while (right > left && (outside(yl, sh) || outside(xl, sw))) {
                right--;
                xl -= dxdxL;
                yl -= dydxL;
            }
            int base = dy * dw;
            xl = rowX + (left - x1) * dxdxL - FIXED_HALF;
            yl = rowY + (left - x1) * dydxL - FIXED_HALF;
            int dx = left;
            while (dx < right) {
                int xw = (int) (xl >> 32);
                int yw = (int) (yl >> 32);
                if (xw < 0 || yw < 0 || xw + 1 >= sw || yw + 1 >= sh) {
                    dst[base + dx] = edgePixel(src, sw, sh, xl, yl);
                    dx++;
                    xl += dxdxL;
                    yl += dydxL;
                    continue;
                }
                // Inside the picture the four neighbours need no clamps. Along a stretch of one source row pair a
                // step to the right mostly moves them one column on: the right pair becomes the left pair and only
                // two are read.
                int n = Math.min(right - dx,
                        Math.min(stepsWithin(yl, dydxL, yw, yw), stepsWithin(xl, dxdxL, 0, sw - 2)));
                int row = yw * sw;
                int below = row + sw;
                int topLeft = src[row + xw] & 0xFF;
                int topRight = src[row + xw + 1] & 0xFF;
                int bottomLeft = src[below + xw] & 0xFF;
                int bottomRight = src[below + xw + 1] & 0xFF;
                int cx = xw;
                for (int end = dx + n; dx < end; dx++, xl += dxdxL, yl += dydxL) {
                    xw = (int) (xl >> 32);
                    if (xw != cx) {
                        if (xw == cx + 1) {
                            topLeft = topRight;
                            bottomLeft = bottomRight;
                        } else {
                            topLeft = src[row + xw] & 0xFF;
                            bottomLeft = src[below + xw] & 0xFF;
                        }
                        topRight = src[row + xw + 1] & 0xFF;
                        bottomRight = src[below + xw + 1] & 0xFF;
                        cx = xw;
                    }
                    int xf = (int) xl >>> 24;
                    int yf = (int) yl >>> 24;
                    int top = (topLeft << 8) + (topRight - topLeft) * xf;
                    int bottom = (bottomLeft << 8) + (bottomRight - bottomLeft) * xf;
                    int v = (top << 8) + (bottom - top) * yf;
                    dst[base + dx] = (byte) ((v + (1 << 15)) >> 16);
                }
            }
        }
        return true;
    }

    /**
     * How many points, from {@code fixed} (32.32) on in steps of {@code step}, have their whole part within [lo, hi];
     * the first must have.
     */
    private static int stepsWithin(long fixed, long step, int lo, int hi) {
        long steps;
        if (step > 0) {
            steps = ((((long) hi + 1) << 32) - fixed + step - 1) / step;
        } else if (step < 0) {
            steps = (fixed - ((long) lo << 32)) / -step + 1;
        } else {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Integer.MAX_VALUE, steps);
    }

    /** One pixel at the picture's edge, its neighbours beyond the edge clamped to it as Java2D does. */
    private static byte edgePixel(byte[] src, int sw, int sh, long xl, long yl) {
        int xw = (int) (xl >> 32);
        int yw = (int) (yl >> 32);
        int xStep = xw + 1 < sw ? 1 : 0;
        int yStep = yw + 1 < sh ? sw : 0;
        if (xw < 0) {
            xw = 0;
            xStep = 0;
        }
        if (yw < 0) {
            yw = 0;
            yStep = 0;
        }
        int i = yw * sw + xw;
        int xf = (int) xl >>> 24;
        int yf = (int) yl >>> 24;
        int topLeft = src[i] & 0xFF;
        int bottomLeft = src[i + yStep] & 0xFF;
        int top = (topLeft << 8) + ((src[i + xStep] & 0xFF) - topLeft) * xf;
        int bottom = (bottomLeft << 8) + ((src[i + yStep + xStep] & 0xFF) - bottomLeft) * xf;
        int v = (top << 8) + (bottom - top) * yf;
        return (byte) ((v + (1 << 15)) >> 16);
    }

    /** Java2D leaves its fixed-point loop for coordinates this large. */
    private static boolean unsafe(double v) {
        return Double.isInfinite(v) || Double.isNaN(v) || Math.abs(v) >= (1 << 30);
    }

    /** The whole part of a fixed-point coordinate is not within [0, size), compared unsigned as Java2D does. */
    private static boolean outside(long fixed, int size) {
        return Integer.compareUnsigned((int) (fixed >> 32), size) >= 0;
    }

    /**
     * How a page's lines lie: the angle in degrees they are turned clockwise from horizontal, and how their ink leans
     * (see {@link #lean}).
     */
    record Skew(double degrees, double lean) {
    }

    /** The angle in degrees the text lines of {@code grey} are turned clockwise from horizontal. */
    static double skewDegrees(BufferedImage grey, double maxDegrees, int inkThreshold) {
        return skew(grey, maxDegrees, inkThreshold).degrees();
    }

    /**
     * The skew of the text lines, found by the projection-profile method (lines are straightest where the row
     * histogram of ink is sharpest), and the lean of the lines in that sharpest histogram.
     */
    static Skew skew(BufferedImage grey, double maxDegrees, int inkThreshold) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        int step = Math.max(1, w / SKEW_SAMPLE_WIDTH);
        byte[] px = pixels(grey);
        int sw = w / step;
        int sh = h / step;
        int[] xs = new int[sw * sh / 4 + 16];
        int[] ys = new int[xs.length];
        int n = 0;
        for (int y = 0; y < sh && n < xs.length; y++) {
            int base = y * step * w;
            for (int x = 0; x < sw && n < xs.length; x++) {
                if ((px[base + x * step] & 0xFF) < inkThreshold) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < sw) {
            return new Skew(0, 0);
        }
        Runs runs = Runs.of(xs, ys, n, sw);
        double best = 0;
        double bestScore = -1;
        int[] bestProfile = null;
        for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += COARSE_STEP) {
            int[] p = profile(runs, sh, sw, a);
            double s = score(p);
            if (s > bestScore) {
                bestScore = s;
                best = a;
                bestProfile = p;
            }
        }
        double coarse = best;
        for (double a = coarse - COARSE_STEP; a <= coarse + COARSE_STEP + 1e-9; a += FINE_STEP) {
            int[] p = profile(runs, sh, sw, a);
            double s = score(p);
            if (s > bestScore) {
                bestScore = s;
                best = a;
                bestProfile = p;
            }
        }
        return new Skew(best, lean(bestProfile));
    }

    /** The ink points as vertical runs: a column's consecutive points all move together when sheared. */
    private record Runs(int[] x, int[] top, int[] length, int count) {

        /** From points listed row by row (so each column's rows come in order). */
        static Runs of(int[] xs, int[] ys, int n, int width) {
            int[] start = new int[width + 1];
            for (int i = 0; i < n; i++) {
                start[xs[i] + 1]++;
            }
            for (int x = 0; x < width; x++) {
                start[x + 1] += start[x];
            }
            int[] next = java.util.Arrays.copyOf(start, width);
            int[] byColumn = new int[n];
            for (int i = 0; i < n; i++) {
                byColumn[next[xs[i]]++] = ys[i];
            }
            int[] rx = new int[n];
            int[] rtop = new int[n];
            int[] rlen = new int[n];
            int count = 0;
            for (int x = 0; x < width; x++) {
                for (int i = start[x]; i < start[x + 1]; i++) {
                    if (i > start[x] && byColumn[i] == byColumn[i - 1] + 1) {
                        rlen[count - 1]++;
                    } else {
                        rx[count] = x;
                        rtop[count] = byColumn[i];
                        rlen[count] = 1;
                        count++;
                    }
                }
            }
            return new Runs(rx, rtop, rlen, count);
        }
    }

    /** Ink per row once the points are sheared by {@code degrees}. */
    private static int[] profile(Runs runs, int height, int width, double degrees) {
        double tan = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(tan) * width) + 1;
        // every point of a column moves by the same whole number of rows (one rounding per column), and lands
        // inside the padded profile; a run adds one to each row it covers: its two ends are marked, then summed
        int[] shift = new int[width + 1];
        for (int x = 0; x <= width; x++) {
            shift[x] = (int) Math.round(-x * tan) + pad;
        }
        int[] bins = new int[height + 2 * pad + 1];
        for (int r = 0; r < runs.count(); r++) {
            int row = runs.top()[r] + shift[runs.x()[r]];
            bins[row]++;
            bins[row + runs.length()[r]]--;
        }
        for (int i = 1; i < bins.length; i++) {
            bins[i] += bins[i - 1];
        }
        return java.util.Arrays.copyOf(bins, bins.length - 1);
    }

    private static double score(int[] bins) {
        double score = 0;
        for (int i = 1; i < bins.length; i++) {
            double d = bins[i] - bins[i - 1];
            score += d * d;
        }
        return score;
    }

    /**
     * Which way the lines' ink leans, from -1 to 1: in each line of the row profile, the ink above its core (the rows
     * at least half as inked as its busiest) against the ink below it. Latin print has far more ascenders and
     * capitals than descenders, so upright lines lean up (positive) and a page turned upside down leans down.
     * Underlined or boxed lines can lean down too, so this is a hint, not a verdict.
     */
    private static double lean(int[] bins) {
        int max = 0;
        for (int b : bins) {
            max = Math.max(max, b);
        }
        double on = Math.max(1, LINE_SHARE * max);
        double up = 0;
        double down = 0;
        int i = 0;
        while (i < bins.length) {
            if (bins[i] < on) {
                i++;
                continue;
            }
            int first = i;
            while (i < bins.length && bins[i] >= on) {
                i++;
            }
            int last = i - 1;
            if (last - first + 1 < MIN_LINE_ROWS) {
                continue;
            }
            int peak = 0;
            for (int k = first; k <= last; k++) {
                peak = Math.max(peak, bins[k]);
            }
            int top = first;
            while (bins[top] < CORE_SHARE * peak) {
                top++;
            }
            int bottom = last;
            while (bins[bottom] < CORE_SHARE * peak) {
                bottom--;
            }
            for (int k = first; k < top; k++) {
                up += bins[k];
            }
            for (int k = bottom + 1; k <= last; k++) {
                down += bins[k];
            }
        }
        return up + down == 0 ? 0 : (up - down) / (up + down);
    }

    /**
     * How much more ink lines up in columns than in rows: the coefficient of variation of the column profile over
     * that of the row profile, both in bins about a third of a line of print tall. Lines of text make the profile
     * across them alternate between ink and paper while the profile along them stays even, so a page whose text runs
     * up and down (turned a quarter) scores well above 1 and an upright one well below.
     */
    static double columnsOverRows(BufferedImage grey, int dpi, int inkThreshold) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        int bin = Math.max(1, (int) Math.round(dpi * PROFILE_BIN_INCHES));
        int[] rows = new int[(h + bin - 1) / bin];
        int[] cols = new int[(w + bin - 1) / bin];
        byte[] px = pixels(grey);
        // every other row and column is plenty for a profile
        for (int y = 0; y < h; y += 2) {
            int base = y * w;
            for (int x = 0; x < w; x += 2) {
                if ((px[base + x] & 0xFF) < inkThreshold) {
                    rows[y / bin]++;
                    cols[x / bin]++;
                }
            }
        }
        double rowVariation = variation(rows);
        return rowVariation == 0 ? 0 : variation(cols) / rowVariation;
    }

    /** Coefficient of variation of a profile between its first and last inked bin. */
    private static double variation(int[] profile) {
        int first = 0;
        int last = profile.length - 1;
        while (first <= last && profile[first] == 0) {
            first++;
        }
        while (last >= first && profile[last] == 0) {
            last--;
        }
        int n = last - first + 1;
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        double squares = 0;
        for (int i = first; i <= last; i++) {
            sum += profile[i];
            squares += (double) profile[i] * profile[i];
        }
        double mean = sum / n;
        return mean == 0 ? 0 : Math.sqrt(Math.max(0, squares / n - mean * mean)) / mean;
    }

    /** How many pixels have each grey level. */
    static int[] histogram(BufferedImage grey) {
        byte[] px = pixels(grey);
        // four counts side by side: neighbouring pixels of the same level do not wait on one counter
        int[] a = new int[256];
        int[] b = new int[256];
        int[] c = new int[256];
        int[] d = new int[256];
        int i = 0;
        for (int end = px.length - 3; i < end; i += 4) {
            a[px[i] & 0xFF]++;
            b[px[i + 1] & 0xFF]++;
            c[px[i + 2] & 0xFF]++;
            d[px[i + 3] & 0xFF]++;
        }
        for (; i < px.length; i++) {
            a[px[i] & 0xFF]++;
        }
        for (int v = 0; v < 256; v++) {
            a[v] += b[v] + c[v] + d[v];
        }
        return a;
    }

    /** The grey level at or below which {@code share} (0..1) of the pixels lie. */
    static int percentile(BufferedImage grey, double share) {
        return percentile(histogram(grey), share);
    }

    /** The grey level at or below which {@code share} (0..1) of a histogram's pixels lie. */
    static int percentile(int[] hist, double share) {
        long total = 0;
        for (int count : hist) {
            total += count;
        }
        long want = (long) Math.ceil(share * total);
        long seen = 0;
        for (int v = 0; v < hist.length; v++) {
            seen += hist[v];
            if (seen >= Math.max(1, want)) {
                return v;
            }
        }
        return WHITE;
    }

    /** A copy with levels stretched linearly so that {@code ink} becomes black and {@code paper} white (clamped). */
    static BufferedImage stretch(BufferedImage grey, int ink, int paper) {
        byte[] map = stretchMap(ink, paper);
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] in = pixels(grey);
        byte[] o = pixels(out);
        for (int i = 0; i < in.length; i++) {
            o[i] = map[in[i] & 0xFF];
        }
        return out;
    }

    /**
     * The level below which a page's pixels are below {@code threshold} once {@link #stretch stretched}: the first
     * level that stretches to {@code threshold} or above (256 when none does). The stretch keeps the order of levels.
     */
    static int stretchedBelow(int ink, int paper, int threshold) {
        byte[] map = stretchMap(ink, paper);
        for (int v = 0; v < map.length; v++) {
            if ((map[v] & 0xFF) >= threshold) {
                return v;
            }
        }
        return map.length;
    }

    private static byte[] stretchMap(int ink, int paper) {
        if (paper <= ink) {
            throw new IllegalArgumentException("paper level " + paper + " must be above ink level " + ink);
        }
        byte[] map = new byte[256];
        for (int v = 0; v < map.length; v++) {
            int o = (int) Math.round((v - ink) * (double) WHITE / (paper - ink));
            map[v] = (byte) Math.max(0, Math.min(WHITE, o));
        }
        return map;
    }
}
