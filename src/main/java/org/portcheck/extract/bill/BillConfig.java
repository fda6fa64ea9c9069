package org.portcheck.extract.bill;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the bill reader lays out words and when it calls a bill illegible (code 160). */
@ConfigMapping(prefix = "portcheck.bill")
public interface BillConfig {

    /** Below this mean OCR word confidence (0..1, weighted by length) the bill is illegible. */
    @WithDefault("0.6")
    double minMeanConfidence();

    /** Below this median OCR word height in pixels the text is too small for its resolution: illegible. */
    @WithDefault("9")
    double minMedianWordHeightPx();

    /** An OCR page with ink that yields fewer words than this was not read: illegible. */
    @WithDefault("8")
    int minWordsOnInkedPage();

    /** Share of a page's pixels that must be ink for the page to count as having something printed on it. */
    @WithDefault("0.002")
    double minInkShare();

    /** A grey level (0..255) darker than this is ink. */
    @WithDefault("128")
    int inkGreyLevel();

    /** Every n-th pixel (both ways) is looked at when measuring ink. */
    @WithDefault("4")
    int inkSampleStep();

    /** A value whose words' mean confidence is below this is UNREADABLE (goes to review), not PRESENT. */
    @WithDefault("0.5")
    double fieldMinConfidence();

    /** Two words are on one line when they overlap vertically by this share of the shorter one. */
    @WithDefault("0.5")
    double lineMinVerticalOverlap();

    /** A word taller than this many median word heights (a logo, a rule, a smudge) makes a row of its own. */
    @WithDefault("2.5")
    double tallWordMedianHeights();

    /** A horizontal gap wider than this many line heights splits a line into separate segments (columns). */
    @WithDefault("1.5")
    double columnGapLineHeights();

    /** A value or block line below a label is taken when no further below than this many line heights. */
    @WithDefault("2.2")
    double maxGapBelowLineHeights();

    /** How many lines above a number are searched for the section heading that says what the number is. */
    @WithDefault("10")
    int sectionLookbackLines();

    /**
     * A blank gap above a number wider than this many line heights ends its section: no heading beyond it counts.
     * Generous, as a table's rows may be spaced wide (a text layer's word boxes are tight: 5 heights a row is seen).
     */
    @WithDefault("10")
    double sectionMaxGapLineHeights();

    /** How many lines an address block may have (name, street, unit, city line). */
    @WithDefault("4")
    int addressMaxLines();

    /**
     * When the statement date, the account number or the service address is not found on a legible OCR bill, the
     * stretches around words read below this confidence are read again on their own.
     */
    @WithDefault("0.6")
    double rereadBelowConfidence();

    /** How many line heights above and below such a word its stretch reaches. */
    @WithDefault("4")
    double rereadContextLines();

    /** A stretch wider than this share of the page is no column: it is not read again. */
    @WithDefault("0.6")
    double rereadMaxPageShare();

    /** At most this many stretches of a page are read again. */
    @WithDefault("4")
    int rereadMaxRegions();

    /** Time allowed for reading stretches again, all of a bill's together. */
    @WithDefault("PT6S")
    Duration rereadDeadline();

    /** Words of the first reading at least this confident must come out the same for a new reading to be taken. */
    @WithDefault("0.85")
    double rereadAnchorConfidence();

    /** A re-read stretch may come back this share larger or smaller (straightened), no more. */
    @WithDefault("0.1")
    double rereadSizeSlack();

    /** A new reading that holds fewer letters than this share of the old one's lost words: it is not taken. */
    @WithDefault("0.8")
    double rereadMinTextShare();
}
