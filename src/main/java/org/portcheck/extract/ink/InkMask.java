package org.portcheck.extract.ink;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.portcheck.document.Box;

/**
 * The ink of one region of a page image: darker than its own local paper background, with scanner noise, fax speckle,
 * printed rules and box borders taken away. Coordinates inside are relative to the region's top left corner.
 */
final class InkMask {

    /** One connected piece of ink. */
    record Piece(int minX, int minY, int maxX, int maxY, int area) {
        int width() {
            return maxX - minX + 1;
        }

        int height() {
            return maxY - minY + 1;
        }

        int length() {
            return Math.max(width(), height());
        }
    }

    private static final int GREY_LEVELS = 256;
    /** Scales a median absolute deviation to the standard deviation of normal noise. */
    private static final double MAD_TO_SIGMA = 1.4826;

    final int originX;
    final int originY;
    final int width;
    final int height;
    final int dpi;
    final double scale;
    final int[] grey;
    final int[] contrast;
    final boolean[] ink;
    final boolean[] rule;
    final List<Piece> pieces = new ArrayList<>();
    int background = GREY_LEVELS - 1;
    int threshold;
    int speckles;
    int rulePixels;

    private InkMask(int originX, int originY, int width, int height, int dpi, double scale) {
        this.originX = originX;
        this.originY = originY;
        this.width = width;
        this.height = height;
        this.dpi = dpi;
        this.scale = scale;
        int n = width * height;
        this.grey = new int[n];
        this.contrast = new int[n];
        this.ink = new boolean[n];
        this.rule = new boolean[n];
    }

    static InkMask of(BufferedImage page, Box region, InkConfig config) {
        int dpi = estimateDpi(page, config);
        double scale = dpi / (double) config.referenceDpi();
        int left = Math.max(0, region.x());
        int top = Math.max(0, region.y());
        int right = Math.min(page.getWidth(), region.right());
        int bottom = Math.min(page.getHeight(), region.bottom());
        InkMask mask = new InkMask(left, top, Math.max(0, right - left), Math.max(0, bottom - top), dpi, scale);
        if (mask.width > 0 && mask.height > 0) {
            mask.readGrey(page);
            mask.estimateBackground(config);
            mask.threshold(config);
            mask.removeRules(config);
            mask.removeSpecklesAndFindPieces(config);
        }
        return mask;
    }

    /**
     * Resolution from the image's size: a page-shaped image is a whole page; otherwise (a photo with a margin) the
     * longer side is taken as the page's height.
     */
    static int estimateDpi(BufferedImage page, InkConfig config) {
        double portrait = config.pageHeightInches() / config.pageWidthInches();
        int w = page.getWidth();
        int h = page.getHeight();
        double aspect = Math.max(w, h) / (double) Math.max(1, Math.min(w, h));
        double dpi;
        if (Math.abs(aspect - portrait) <= portrait * 0.12) {
            dpi = Math.min(w, h) / config.pageWidthInches();
        } else {
            dpi = Math.max(w, h) / config.pageHeightInches();
        }
        return (int) Math.max(1, Math.round(dpi));
    }

    int area() {
        return width * height;
    }

    int px(double lengthAtReference) {
        return (int) Math.max(1, Math.round(lengthAtReference * scale));
    }

    private void readGrey(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // the raster's own rows copied out at once; a sample at a time through the sample model is slow
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                page.getRaster().getDataElements(originX, originY + y, width, 1, row);
                for (int x = 0, i = y * width; x < width; x++, i++) {
                    grey[i] = row[x] & 0xFF;
                }
            }
            return;
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = page.getRGB(originX + x, originY + y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                grey[y * width + x] = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
            }
        }
    }

    /**
     * Paper background per cell (a high percentile: ink is the dark minority), lifted to the brightest of the
     * neighbouring cells so a cell full of ink does not become its own background, then interpolated so uneven light
     * in a photo is followed smoothly.
     */
    private void estimateBackground(InkConfig config) {
        int cell = Math.max(4, px(config.backgroundCellPx()));
        int cols = (width + cell - 1) / cell;
        int rows = (height + cell - 1) / cell;
        int[] cellBg = new int[cols * rows];
        int[] hist = new int[GREY_LEVELS];
        for (int cy = 0; cy < rows; cy++) {
            for (int cx = 0; cx < cols; cx++) {
                Arrays.fill(hist, 0);
                int count = 0;
                for (int y = cy * cell; y < Math.min(height, (cy + 1) * cell); y++) {
                    for (int x = cx * cell; x < Math.min(width, (cx + 1) * cell); x++) {
                        hist[grey[y * width + x]]++;
                        count++;
                    }
                }
                cellBg[cy * cols + cx] = percentile(hist, count, config.backgroundPercentile());
            }
        }
        int[] lifted = new int[cellBg.length];
        for (int cy = 0; cy < rows; cy++) {
            for (int cx = 0; cx < cols; cx++) {
                int best = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int ny = cy + dy;
                        int nx = cx + dx;
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols) {
                            best = Math.max(best, cellBg[ny * cols + nx]);
                        }
                    }
                }
                lifted[cy * cols + cx] = best;
            }
        }
        Arrays.fill(hist, 0);
        // where each column falls between cell centres is the same on every row
        int[] left = new int[width];
        int[] right = new int[width];
        double[] along = new double[width];
        for (int x = 0; x < width; x++) {
            double fx = Math.min(Math.max((x + 0.5) / cell - 0.5, 0), cols - 1);
            left[x] = (int) fx;
            right[x] = Math.min(cols - 1, left[x] + 1);
            along[x] = fx - left[x];
        }
        for (int y = 0; y < height; y++) {
            double fy = Math.min(Math.max((y + 0.5) / cell - 0.5, 0), rows - 1);
            int y0 = (int) fy;
            int y1 = Math.min(rows - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < width; x++) {
                int x0 = left[x];
                int x1 = right[x];
                double tx = along[x];
                double top = lifted[y0 * cols + x0] * (1 - tx) + lifted[y0 * cols + x1] * tx;
                double bottom = lifted[y1 * cols + x0] * (1 - tx) + lifted[y1 * cols + x1] * tx;
                int bg = (int) Math.round(top * (1 - ty) + bottom * ty);
                hist[bg]++;
                int i = y * width + x;
                contrast[i] = Math.max(0, bg - grey[i]);
            }
        }
        background = percentile(hist, area(), 0.5);
    }

    /** Ink is what stands out of the paper's own noise (grain, JPEG, sensor), and at least a fixed step. */
    private void threshold(InkConfig config) {
        int[] hist = new int[GREY_LEVELS];
        for (int c : contrast) {
            hist[c]++;
        }
        int median = percentile(hist, area(), 0.5);
        int[] deviations = new int[GREY_LEVELS];
        for (int c = 0; c < GREY_LEVELS; c++) {
            deviations[Math.abs(c - median)] += hist[c];
        }
        double sigma = MAD_TO_SIGMA * percentile(deviations, area(), 0.5);
        threshold = (int) Math.max(config.minInkContrast(), Math.round(median + config.noiseFactor() * sigma));
        for (int i = 0; i < contrast.length; i++) {
            ink[i] = contrast[i] >= threshold;
        }
    }

    private void removeRules(InkConfig config) {
        int minGap = px(config.ruleMaxGapPx());
        int minLength = px(config.ruleMinLengthPx());
        int horizontal = Math.max(minLength, (int) Math.round(config.ruleMinWidthShare() * width));
        markRules(ink, rule, width, height, horizontal, minGap, config);
        boolean[] inkT = transpose(ink, width, height);
        boolean[] ruleT = new boolean[inkT.length];
        int vertical = Math.max(minLength, (int) Math.round(config.ruleMinHeightShare() * height));
        markRules(inkT, ruleT, height, width, vertical, minGap, config);
        boolean[] ruleV = transpose(ruleT, height, width);
        for (int i = 0; i < rule.length; i++) {
            rule[i] |= ruleV[i];
            if (rule[i]) {
                ink[i] = false;
                rulePixels++;
            }
        }
    }

    /** Columns per strip of the ink counts that bound a sloped path's ink before the path is followed. */
    private static final int STRIP = 32;

    /**
     * Marks straight, nearly solid runs of ink in rows, tried at small skews: a printed line is the one long straight
     * thing on a form, while pen strokes curve and a row through type is mostly gaps.
     */
    private static void markRules(boolean[] ink, boolean[] rule, int w, int h, int minLength, int maxGap,
                                  InkConfig config) {
        if (minLength > w) {
            return;
        }
        // ink per strip of columns, summed down the rows: the ink a sloped path can meet is at most that of the
        // rows it crosses in each strip, so a path with too little for the shortest line is skipped unfollowed
        int strips = (w + STRIP - 1) / STRIP;
        int[][] inkAbove = new int[strips][h + 1];
        for (int y = 0; y < h; y++) {
            for (int s = 0; s < strips; s++) {
                int n = 0;
                for (int x = s * STRIP, i = y * w + x, end = Math.min(w, x + STRIP); x < end; x++, i++) {
                    n += ink[i] ? 1 : 0;
                }
                inkAbove[s][y + 1] = inkAbove[s][y] + n;
            }
        }
        double leastInk = config.ruleMinFill() * minLength;
        int steps = (int) Math.round(config.ruleMaxSkewDegrees() / config.ruleSkewStepDegrees());
        int[] offset = new int[w];
        int[] stripLow = new int[strips];
        int[] stripHigh = new int[strips];
        for (int k = -steps; k <= steps; k++) {
            double slope = Math.tan(Math.toRadians(k * config.ruleSkewStepDegrees()));
            int shift = (int) Math.ceil(Math.abs(slope) * w);
            for (int x = 0; x < w; x++) {
                offset[x] = (int) Math.round(x * slope);
            }
            for (int s = 0; s < strips; s++) {
                int first = s * STRIP;
                int last = Math.min(w, first + STRIP) - 1;
                // a path's rows are y and y + 1 at each column; offsets rise or fall steadily along a strip
                stripLow[s] = Math.min(offset[first], offset[last]);
                stripHigh[s] = Math.max(offset[first], offset[last]) + 2;
            }
            for (int r0 = -shift; r0 < h + shift; r0++) {
                int most = 0;
                for (int s = 0; s < strips; s++) {
                    int top = Math.max(0, Math.min(h, r0 + stripLow[s]));
                    int end = Math.max(0, Math.min(h, r0 + stripHigh[s]));
                    most += inkAbove[s][end] - inkAbove[s][top];
                }
                if (most < leastInk) {
                    continue;
                }
                int start = -1;
                int last = -1;
                int on = 0;
                for (int x = 0; x < w; x++) {
                    int y = r0 + offset[x];
                    if (!at(ink, w, h, x, y) && !at(ink, w, h, x, y + 1)) {
                        continue;
                    }
                    if (start >= 0 && x - last - 1 <= maxGap) {
                        last = x;
                        on++;
                    } else {
                        markRun(ink, rule, w, h, r0, offset, start, last, on, minLength, config.ruleMinFill());
                        start = x;
                        last = x;
                        on = 1;
                    }
                }
                markRun(ink, rule, w, h, r0, offset, start, last, on, minLength, config.ruleMinFill());
            }
        }
    }

    private static void markRun(boolean[] ink, boolean[] rule, int w, int h, int r0, int[] offset, int start,
                                int last, int on, int minLength, double minFill) {
        int length = last - start + 1;
        if (start < 0 || length < minLength || on < minFill * length) {
            return;
        }
        for (int x = start; x <= last; x++) {
            int y = r0 + offset[x];
            mark(ink, rule, w, h, x, y);
            mark(ink, rule, w, h, x, y + 1);
        }
    }

    private static boolean at(boolean[] a, int w, int h, int x, int y) {
        return y >= 0 && y < h && a[y * w + x];
    }

    private static void mark(boolean[] ink, boolean[] rule, int w, int h, int x, int y) {
        if (y >= 0 && y < h && ink[y * w + x]) {
            rule[y * w + x] = true;
        }
    }

    private static boolean[] transpose(boolean[] a, int w, int h) {
        boolean[] t = new boolean[a.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                t[x * h + y] = a[y * w + x];
            }
        }
        return t;
    }

    /**
     * Drops specks (noise, fax dust) and thin slivers left along a removed rule, keeping the rest as pieces.
     */
    private void removeSpecklesAndFindPieces(InkConfig config) {
        int speckArea = Math.max(2, (int) Math.round(config.speckleMaxArea() * scale * scale));
        int sliver = Math.max(2, px(2));
        int[] label = new int[area()];
        Arrays.fill(label, -1);
        int[] stack = new int[area()];
        int[] members = new int[area()];
        int next = 0;
        for (int seed = 0; seed < ink.length; seed++) {
            if (!ink[seed] || label[seed] >= 0) {
                continue;
            }
            int id = next++;
            int sp = 0;
            int count = 0;
            stack[sp++] = seed;
            label[seed] = id;
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            boolean touchesRule = false;
            while (sp > 0) {
                int p = stack[--sp];
                members[count++] = p;
                int px = p % width;
                int py = p / width;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= width || ny >= height) {
                            continue;
                        }
                        int q = ny * width + nx;
                        touchesRule |= rule[q];
                        if (ink[q] && label[q] < 0) {
                            label[q] = id;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            Piece piece = new Piece(minX, minY, maxX, maxY, count);
            boolean speck = count <= speckArea;
            boolean ruleSliver = touchesRule && piece.height() <= sliver && piece.width() >= 4 * piece.height();
            if (speck || ruleSliver) {
                for (int m = 0; m < count; m++) {
                    ink[members[m]] = false;
                }
                if (speck) {
                    speckles++;
                } else {
                    rulePixels += count;
                }
            } else {
                pieces.add(piece);
            }
        }
    }

    /** Connected pieces (8-neighbours) of the pixels that are on. */
    List<Piece> pieces(boolean[] on) {
        List<Piece> found = new ArrayList<>();
        boolean[] seen = new boolean[on.length];
        int[] stack = new int[on.length];
        for (int seed = 0; seed < on.length; seed++) {
            if (!on[seed] || seen[seed]) {
                continue;
            }
            int sp = 0;
            stack[sp++] = seed;
            seen[seed] = true;
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            int count = 0;
            while (sp > 0) {
                int p = stack[--sp];
                count++;
                int px = p % width;
                int py = p / width;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int ny = Math.max(0, py - 1); ny <= Math.min(height - 1, py + 1); ny++) {
                    for (int nx = Math.max(0, px - 1); nx <= Math.min(width - 1, px + 1); nx++) {
                        int q = ny * width + nx;
                        if (on[q] && !seen[q]) {
                            seen[q] = true;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            found.add(new Piece(minX, minY, maxX, maxY, count));
        }
        return found;
    }

    static int percentile(int[] hist, int count, double q) {
        long target = (long) Math.ceil(q * count);
        long seen = 0;
        for (int v = 0; v < hist.length; v++) {
            seen += hist[v];
            if (seen >= target && seen > 0) {
                return v;
            }
        }
        return hist.length - 1;
    }
}
