package org.portcheck.extract.ink;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Thresholds of the ink reader. Lengths and areas are given for a page seen at {@link #referenceDpi()} and scaled to
 * the resolution estimated from the page image; grey levels are differences to the local paper background (0..255).
 */
@ConfigMapping(prefix = "portcheck.ink")
public interface InkConfig {

    /** Resolution the pixel lengths and areas below are given at. */
    @WithDefault("200")
    int referenceDpi();

    /** Width of the page in inches (US Letter), used to estimate the resolution from the image width. */
    @WithDefault("8.5")
    double pageWidthInches();

    /** Height of the page in inches, used when the image is not page-shaped (a photo with a margin around it). */
    @WithDefault("11")
    double pageHeightInches();

    /** Side of the square cells over which the paper background is estimated. */
    @WithDefault("24")
    int backgroundCellPx();

    /** Percentile of the grey levels of a cell taken as its paper background (ink is sparse, paper is the bulk). */
    @WithDefault("0.85")
    double backgroundPercentile();

    /** Smallest darkening below the background that can count as ink, whatever the noise. */
    @WithDefault("8")
    int minInkContrast();

    /** Ink must be darker than the background by this many noise deviations (photos and JPEG are noisy). */
    @WithDefault("4.0")
    double noiseFactor();

    /** Components of at most this many pixels are scanner noise or fax speckle, not ink. */
    @WithDefault("3")
    int speckleMaxArea();

    /** A straight run across this share of the region's width is a printed rule (the signature line), not ink. */
    @WithDefault("0.4")
    double ruleMinWidthShare();

    /** A straight run down this share of the region's height is a box border, not ink. */
    @WithDefault("0.55")
    double ruleMinHeightShare();

    /** A printed rule is at least this long, whatever the region's size (keeps short pen strokes in tight regions). */
    @WithDefault("60")
    int ruleMinLengthPx();

    /** Share of a printed rule's length that is ink (a row through a line of type is not: letters have gaps). */
    @WithDefault("0.9")
    double ruleMinFill();

    /** Gaps a printed rule may have (JPEG, fax dropout) and still be one rule. */
    @WithDefault("3")
    int ruleMaxGapPx();

    /** Skew of a photo or scan that rule detection tolerates. */
    @WithDefault("2.0")
    double ruleMaxSkewDegrees();

    /** Step of the skew search. */
    @WithDefault("0.5")
    double ruleSkewStepDegrees();

    /** Less ink than this (after noise and rules are gone) is an empty block (a faxed initial can be this slight). */
    @WithDefault("25")
    int minInkArea();

    /**
     * Less ink than this is a blank value field: a value is at least a few characters, while a blank field's long
     * region gathers scan dust and what is left of its underline.
     */
    @WithDefault("60")
    int minFieldInkArea();

    /** Ink whose darkest part is less than this far below the background is too faint to be usable. */
    @WithDefault("55")
    int faintMaxContrast();

    /**
     * Edges blurred over at least this many millimetres (beyond one pixel of sampling) are smeared. A pen's edge in a
     * scan, fax or render is a few tenths of a millimetre whatever the resolution; a smudge spreads it over about one.
     * Measured in millimetres, not pixels, so that a 300-dpi scan (more pixels over the same edge) is not a smear.
     */
    @WithDefault("0.55")
    double smearMinEdgeBlurMm();

    /**
     * A smudge also pales the ink it spreads: ink no darker than this (below the paper) whose edges are blurred over
     * {@link #paleSmearMinEdgeBlurMm()} is smeared too. A dark stroke with soft edges (a felt pen, a low-resolution
     * render) is not.
     */
    @WithDefault("140")
    int paleSmearMaxContrast();

    @WithDefault("0.35")
    double paleSmearMinEdgeBlurMm();

    /**
     * Strokes wider than this (at half the ink's darkness) are blots: a smear that a fax or threshold turned black.
     * Measured on the strokes' cores so that the anti-aliased halo of a low-resolution render does not count.
     */
    @WithDefault("18.0")
    double maxStrokeWidthPx();

    /**
     * Hard-edged ink (a fax or threshold: no grey left to judge blur by) is a dithered smear when its outline is this
     * many times longer than smooth strokes of its width would have.
     */
    @WithDefault("1.8")
    double maxRaggedness();

    /** Ink at least this sharp has hard edges (thresholded), where only {@link #maxRaggedness()} tells a smear. */
    @WithDefault("0.7")
    double hardEdgeMinSharpness();

    /** The cores of strokes, on which breaks are judged, are at least this share of the ink's contrast. */
    @WithDefault("0.5")
    double coreContrastShare();

    /** Breaks up to twice this wide are hairlines (closed before judging), wider ones are gaps of a broken stroke. */
    @WithDefault("1.0")
    double bridgePx();

    /**
     * Ink is broken when the piece a typical ink pixel belongs to is shorter than this share of the ink's height:
     * pen lines run longer than the signature is tall, printed or hand letters about as long, dust far shorter.
     */
    @WithDefault("0.45")
    double minReach();

    /** Words read at least this sure count as machine text. */
    @WithDefault("0.80")
    double typedMinConfidence();

    /** Machine text must cover this share of the ink for the block to be typed rather than signed over a name. */
    @WithDefault("0.60")
    double typedMinCoverage();

    /** Padding around a word's box when asking which ink it covers. */
    @WithDefault("3")
    int wordPaddingPx();

    /** Confidence an "/s/" marker needs (it is short and OCR reads it less surely than a name). */
    @WithDefault("0.50")
    double eSignatureMinConfidence();

    /**
     * Share of a text's letters that must sit on one baseline for it to be machine text; hand lettering wanders. A
     * text of fewer than three letter-sized pieces passes (a connected word has nothing to align).
     */
    @WithDefault("0.55")
    double typedMinBaselineShare();
}
