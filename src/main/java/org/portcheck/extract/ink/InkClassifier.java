package org.portcheck.extract.ink;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.portcheck.document.Box;
import org.portcheck.document.Word;
import org.portcheck.extract.SignatureState;

/**
 * Tells from a page image what a signature or initials block holds, and whether a value field holds ink.
 *
 * <p>Ink is what is darker than the region's own paper (grey or unevenly lit in a photo) by more than the paper's
 * noise; specks, printed rules and box borders are not ink. Machine text is told from handwriting by the words a text
 * layer or OCR read over it (sure, covering most of the ink, letters on one baseline); what is left is handwriting,
 * unless it is too faint, smeared or broken to be usable ({@link InkDefects} gives the limits).
 */
@ApplicationScoped
public class InkClassifier {

    private static final String E_SIGNATURE = "/s/";
    private static final double MM_PER_INCH = 25.4;
    /** Stroke cores are the ink at least this share of its contrast: the width a stroke has at half its darkness. */
    private static final double HALF = 0.5;

    private final InkConfig config;

    public InkClassifier(InkConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public SignatureState classify(BufferedImage page, Box region, List<Word> wordsInRegion) {
        InkMask mask = InkMask.of(page, region, config);
        InkMeasure m = measure(mask);
        SignatureState state = decide(mask, m, wordsInRegion == null ? List.of() : wordsInRegion);
        Log.debugf("ink block %s: %s -> %s", region, m, state);
        return state;
    }

    public SignatureState classify(BufferedImage page, Rectangle region, List<Word> wordsInRegion) {
        return classify(page, toBox(region), wordsInRegion);
    }

    public InkMeasure measure(BufferedImage page, Box region) {
        return measure(InkMask.of(page, region, config));
    }

    public InkMeasure measure(BufferedImage page, Rectangle region) {
        return measure(page, toBox(region));
    }

    /** Whether the region holds ink of any kind (faint, smeared or broken included): blank vs unreadable. */
    public boolean hasInk(BufferedImage page, Box region) {
        return enoughInk(InkMask.of(page, region, config), config.minFieldInkArea());
    }

    public boolean hasInk(BufferedImage page, Rectangle region) {
        return hasInk(page, toBox(region));
    }

    private SignatureState decide(InkMask mask, InkMeasure m, List<Word> words) {
        if (!enoughInk(mask, config.minInkArea())) {
            return SignatureState.EMPTY;
        }
        if (typed(mask, m, words)) {
            return SignatureState.TYPED;
        }
        if (faint(m) || smeared(mask, m) || broken(m)) {
            return SignatureState.ILLEGIBLE;
        }
        return SignatureState.HAND_SIGNED;
    }

    private static boolean enoughInk(InkMask mask, int minArea) {
        int ink = 0;
        for (InkMask.Piece p : mask.pieces) {
            ink += p.area();
        }
        return ink >= Math.max(1, Math.round(minArea * mask.scale * mask.scale));
    }

    /**
     * Machine text: an "/s/" e-signature, or sure words over most of the ink with their letters on a baseline (an OCR
     * engine now and then reads a scribble as a word; it does not put the scribble on a baseline).
     */
    private boolean typed(InkMask mask, InkMeasure m, List<Word> words) {
        boolean eSignature = words.stream().anyMatch(w -> w.confidence() >= config.eSignatureMinConfidence()
                && w.text().toLowerCase(Locale.ROOT).contains(E_SIGNATURE));
        if (eSignature) {
            return true;
        }
        List<Word> sure = words.stream()
                .filter(w -> w.confidence() >= config.typedMinConfidence() && letters(w.text()) >= 2)
                .toList();
        if (sure.isEmpty()) {
            return false;
        }
        double coverage = coverage(mask, sure);
        boolean onBaseline = m.baselineShare() < 0 || m.baselineShare() >= config.typedMinBaselineShare();
        return coverage >= config.typedMinCoverage() && onBaseline;
    }

    private static long letters(String text) {
        return text.chars().filter(Character::isLetterOrDigit).count();
    }

    /** Share of the ink inside the (padded) boxes of the given words. */
    private double coverage(InkMask mask, List<Word> words) {
        boolean[] covered = new boolean[mask.area()];
        int pad = mask.px(config.wordPaddingPx());
        for (Word w : words) {
            Box b = w.box();
            int x0 = Math.max(0, b.x() - pad - mask.originX);
            int y0 = Math.max(0, b.y() - pad - mask.originY);
            int x1 = Math.min(mask.width, b.right() + pad - mask.originX);
            int y1 = Math.min(mask.height, b.bottom() + pad - mask.originY);
            for (int y = y0; y < y1; y++) {
                Arrays.fill(covered, y * mask.width + Math.max(0, x0), y * mask.width + Math.max(x0, x1), true);
            }
        }
        int ink = 0;
        int in = 0;
        for (int i = 0; i < covered.length; i++) {
            if (mask.ink[i]) {
                ink++;
                if (covered[i]) {
                    in++;
                }
            }
        }
        return ink == 0 ? 0 : in / (double) ink;
    }

    private boolean faint(InkMeasure m) {
        return m.contrast() < config.faintMaxContrast();
    }

    private boolean smeared(InkMask mask, InkMeasure m) {
        boolean blurred = m.edgeBlurMm() >= config.smearMinEdgeBlurMm() || (m.edgeBlurMm() >= config.paleSmearMinEdgeBlurMm()
                && m.contrast() <= config.paleSmearMaxContrast());
        boolean blot = m.strokeWidth() > config.maxStrokeWidthPx() * mask.scale;
        boolean dithered = m.sharpness() >= config.hardEdgeMinSharpness() && m.raggedness() > config.maxRaggedness();
        return blurred || blot || dithered;
    }

    private boolean broken(InkMeasure m) {
        return m.reach() < config.minReach();
    }

    private InkMeasure measure(InkMask mask) {
        if (mask.area() == 0 || mask.pieces.isEmpty()) {
            return new InkMeasure(mask.dpi, mask.background, mask.threshold, 0, 0, mask.rulePixels, mask.speckles,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
        }
        int w = mask.width;
        int h = mask.height;
        int[] contrastHist = new int[256];
        int[] rowHist = new int[h];
        int ink = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (mask.ink[i]) {
                    ink++;
                    contrastHist[mask.contrast[i]]++;
                    rowHist[y]++;
                }
            }
        }
        int contrast = InkMask.percentile(contrastHist, ink, 0.9);
        double step = edgeStep(mask);
        double sharpness = contrast == 0 ? 0 : step / contrast;
        // an edge that drops the ink's whole contrast in one step spreads over one pixel: sampling, not blur
        double edgePixels = step == 0 ? 0 : Math.max(0, contrast / step - 1);
        double edgeBlurMm = edgePixels / mask.dpi * MM_PER_INCH;
        int inkHeight = InkMask.percentile(rowHist, ink, 0.95) - InkMask.percentile(rowHist, ink, 0.05) + 1;
        // the shape of the ink is judged on the cores of the strokes: faint halos (JPEG, blur) bridge the gaps of a
        // broken stroke without being ink anyone could read
        int core = (int) Math.max(mask.threshold, Math.round(config.coreContrastShare() * contrast));
        boolean[] cores = new boolean[mask.area()];
        int coreInk = 0;
        for (int i = 0; i < cores.length; i++) {
            cores[i] = mask.ink[i] && mask.contrast[i] >= core;
            coreInk += cores[i] ? 1 : 0;
        }
        cores = bridge(mask, cores, (int) Math.round(config.bridgePx() * mask.scale));
        int bridged = 0;
        for (boolean on : cores) {
            bridged += on ? 1 : 0;
        }
        coreInk = bridged;
        double reach = 0;
        double cohesion = 0;
        for (InkMask.Piece p : mask.pieces(cores)) {
            double share = p.area() / (double) coreInk;
            reach += share * p.length() / inkHeight;
            cohesion += share * share;
        }
        boolean[] halfDark = new boolean[mask.area()];
        for (int i = 0; i < halfDark.length; i++) {
            halfDark[i] = mask.ink[i] && mask.contrast[i] >= HALF * contrast;
        }
        double maskWidth = strokeWidth(mask.ink, w, h);
        double raggedness = ink == 0 ? 0 : outline(mask) / (double) ink * maskWidth / 2;
        return new InkMeasure(mask.dpi, mask.background, mask.threshold, ink, ink / (double) mask.area(),
                mask.rulePixels, mask.speckles, contrast, sharpness, edgeBlurMm, strokeWidth(halfDark, w, h),
                raggedness, mask.pieces.size(), reach, cohesion, inkHeight, baselineShare(mask, inkHeight));
    }

    /** Grows the ink by {@code radius} pixels so that hairline breaks (a fax's threshold through a thin stroke) close. */
    private static boolean[] bridge(InkMask mask, boolean[] on, int radius) {
        if (radius <= 0) {
            return on;
        }
        int w = mask.width;
        int h = mask.height;
        boolean[] out = new boolean[on.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!on[y * w + x]) {
                    continue;
                }
                for (int ny = Math.max(0, y - radius); ny <= Math.min(h - 1, y + radius); ny++) {
                    for (int nx = Math.max(0, x - radius); nx <= Math.min(w - 1, x + radius); nx++) {
                        out[ny * w + nx] = true;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The steep end (90th percentile) of the grey steps between ink pixels and their 4-neighbours: where a pen's edge
     * drops from ink to paper within a pixel or two, a blur spreads the same drop over many. Independent of the
     * threshold, which only decides where the mask ends.
     */
    private static double edgeStep(InkMask mask) {
        int w = mask.width;
        int h = mask.height;
        int[] hist = new int[256];
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (!mask.ink[i]) {
                    continue;
                }
                int step = 0;
                if (x > 0) {
                    step = Math.max(step, Math.abs(mask.grey[i] - mask.grey[i - 1]));
                }
                if (x < w - 1) {
                    step = Math.max(step, Math.abs(mask.grey[i] - mask.grey[i + 1]));
                }
                if (y > 0) {
                    step = Math.max(step, Math.abs(mask.grey[i] - mask.grey[i - w]));
                }
                if (y < h - 1) {
                    step = Math.max(step, Math.abs(mask.grey[i] - mask.grey[i + w]));
                }
                hist[step]++;
                count++;
            }
        }
        return count == 0 ? 0 : InkMask.percentile(hist, count, 0.9);
    }

    /**
     * Ink pixels with a paper 4-neighbour: a smooth stroke of width {@code s} has about {@code 2/s} of its pixels on
     * its outline, a dithered one far more.
     */
    private static int outline(InkMask mask) {
        int w = mask.width;
        int h = mask.height;
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (mask.ink[i] && (x == 0 || y == 0 || x == w - 1 || y == h - 1 || !mask.ink[i - 1]
                        || !mask.ink[i + 1] || !mask.ink[i - w] || !mask.ink[i + w])) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Mean over the pixels that are on of the shorter of the horizontal and vertical runs through them. */
    private static double strokeWidth(boolean[] on, int w, int h) {
        int[] across = new int[w * h];
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (!on[y * w + x]) {
                    x++;
                    continue;
                }
                int end = x;
                while (end < w && on[y * w + end]) {
                    end++;
                }
                for (int k = x; k < end; k++) {
                    across[y * w + k] = end - x;
                }
                x = end;
            }
        }
        long sum = 0;
        int count = 0;
        for (int x = 0; x < w; x++) {
            int y = 0;
            while (y < h) {
                if (!on[y * w + x]) {
                    y++;
                    continue;
                }
                int end = y;
                while (end < h && on[end * w + x]) {
                    end++;
                }
                for (int k = y; k < end; k++) {
                    sum += Math.min(end - y, across[k * w + x]);
                    count++;
                }
                y = end;
            }
        }
        return count == 0 ? 0 : sum / (double) count;
    }

    /**
     * Share of letter-sized pieces whose feet are on the common baseline; -1 when fewer than three (a cursive
     * signature is one or two pieces, nothing to align).
     */
    private static double baselineShare(InkMask mask, int inkHeight) {
        List<InkMask.Piece> letters = mask.pieces.stream()
                .filter(p -> p.height() >= 0.4 * inkHeight)
                .toList();
        if (letters.size() < 3) {
            return -1;
        }
        int[] feet = letters.stream().mapToInt(InkMask.Piece::maxY).sorted().toArray();
        int baseline = feet[feet.length / 2];
        double tolerance = Math.max(1.5, 0.1 * inkHeight);
        long on = letters.stream().filter(p -> Math.abs(p.maxY() - baseline) <= tolerance).count();
        return on / (double) letters.size();
    }

    private static Box toBox(Rectangle r) {
        return new Box(r.x, r.y, r.width, r.height);
    }
}
