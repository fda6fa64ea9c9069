package org.portcheck.extract.ink;

/**
 * What the ink of a region measures, for evidence and debugging.
 *
 * @param dpi               resolution estimated from the page image (lengths below are in its pixels)
 * @param background        median grey of the paper under the region (0 black .. 255 white)
 * @param threshold         darkening below the local background that counted as ink here (noise-dependent)
 * @param inkPixels         ink pixels left after noise, rules and box borders are removed
 * @param inkShare          {@code inkPixels} over the region's area
 * @param rulePixels        pixels removed as printed rules or box borders
 * @param speckles          noise components removed
 * @param contrast          how far the darkest ink (90th percentile) is below the background, grey levels
 * @param sharpness         typical grey step at stroke edges over {@code contrast}: about 1 for pen on paper,
 *                          well under half for a smear
 * @param edgeBlurMm        how far the strokes' edges spread beyond one pixel, in millimetres: tenths for pen on
 *                          paper at any resolution, about one for a smudge
 * @param strokeWidth       mean width in pixels of the strokes' cores (the ink at least half as dark as {@code contrast})
 * @param raggedness        outline of the ink over that of smooth strokes of the same width: about 1 for pen lines,
 *                          well above for the dithered edge of a faxed smear
 * @param components        connected pieces of ink
 * @param reach             length of the piece a typical ink pixel belongs to, over {@code inkHeight}: above 1 for
 *                          pen lines and letters, a fraction for the dust of a broken stroke
 * @param cohesion          chance that two ink pixels lie in the same piece: near 1 for a pen line, small when the
 *                          ink is dust
 * @param inkHeight         height of the ink band in pixels (5th to 95th percentile of its rows)
 * @param baselineShare     share of letter-sized pieces whose feet sit on one baseline (1 for type; -1 when there are
 *                          fewer than three such pieces)
 */
public record InkMeasure(int dpi, int background, int threshold, int inkPixels, double inkShare, int rulePixels,
                         int speckles, double contrast, double sharpness, double edgeBlurMm, double strokeWidth,
                         double raggedness, int components,
                         double reach, double cohesion, int inkHeight, double baselineShare) {

    public static InkMeasure none(int dpi) {
        return new InkMeasure(dpi, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
    }

    public InkMeasure {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        if (inkPixels < 0 || rulePixels < 0 || speckles < 0 || components < 0 || inkHeight < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (inkShare < 0 || inkShare > 1 || reach < 0 || cohesion < 0 || cohesion > 1 || edgeBlurMm < 0 || raggedness < 0) {
            throw new IllegalArgumentException("shares must be within 0..1, reach not negative");
        }
    }

    public boolean hasInk() {
        return inkPixels > 0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ink{dpi=%d bg=%d thr=%d px=%d share=%.4f rules=%d specks=%d contrast=%.0f sharp=%.2f blur=%.2fmm stroke=%.1f rag=%.2f "
                        + "comps=%d reach=%.2f coh=%.3f h=%d base=%.2f}",
                dpi, background, threshold, inkPixels, inkShare, rulePixels, speckles, contrast, sharpness,
                edgeBlurMm, strokeWidth, raggedness, components, reach, cohesion, inkHeight, baselineShare);
    }
}
