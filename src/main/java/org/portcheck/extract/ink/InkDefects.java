package org.portcheck.extract.ink;

/**
 * The defects that make a signature illegible, at the strength {@link InkClassifier} reliably calls
 * {@link org.portcheck.extract.SignatureState#ILLEGIBLE}; the corpus generator draws illegible signatures with these
 * so that what it means by "illegible" and what the reader finds agree. Grey levels are on white paper (255).
 *
 * <p>Measured over 30 real signature crops (InkClassifierTest): at these strengths faint and smeared signatures are
 * ILLEGIBLE in 28-30 of 30 under clean scan, salt-and-pepper noise, 96-dpi screenshot, JPEG q40 and uneven light, and
 * broken ones in 28-29 of 30. A fax (threshold at mid-grey) is different: it drops faint ink and nearly all of a smear
 * (the block reads EMPTY), and keeps broken ink ILLEGIBLE in about 3 of 4; do not fax faint or smeared samples and
 * expect 130.
 */
public final class InkDefects {

    /** Faint: the darkest ink is mapped to at least this grey (ink lightened to ~85-92% white). */
    public static final int FAINT_MIN_GREY = 215;
    /** Faint: and at most this grey; paler ink is lost as paper (the block reads as empty). */
    public static final int FAINT_MAX_GREY = 232;

    /** Smeared: Gaussian blur of at least this sigma, in pixels at 200 dpi (scale with the resolution). */
    public static final double SMEAR_MIN_SIGMA_AT_200_DPI = 3.0;
    /** Smeared: plus a motion smear (a box blur along one direction) of at least this length at 200 dpi. */
    public static final int SMEAR_MIN_MOTION_PX_AT_200_DPI = 8;

    /**
     * Broken: at most this share of the ink (pixels darker than halfway between paper and the darkest ink) is kept, in
     * pieces along the strokes; the rest is erased by gaps (white discs centred on random ink pixels).
     */
    public static final double BROKEN_MAX_KEPT_SHARE = 0.25;
    /** Broken: the gaps are discs of at least this diameter at 200 dpi (scale with the resolution) ... */
    public static final int BROKEN_MIN_GAP_PX_AT_200_DPI = 6;
    /** Broken: ... and at least this many stroke widths across, so that they cut through the stroke. */
    public static final double BROKEN_MIN_GAP_STROKES = 3.0;

    private InkDefects() {
    }
}
