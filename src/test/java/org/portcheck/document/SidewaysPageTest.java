package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Telling a page on its side or upside down from an upright one before reading it, from how its ink lines up. */
class SidewaysPageTest {

    private static final int DPI = 300;
    private static final int INK = 140;
    private static final double SIDEWAYS = DocumentTestSupport.defaults().sidewaysColumnsOverRows();
    private static final double UPSIDE_DOWN_LEAN = DocumentTestSupport.defaults().upsideDownLean();

    private static final String[] FORM = {
            "LETTER OF AGREEMENT", "Account Holder Name: Margaret Ellison",
            "Service Address: 1450 Orchard Avenue, Springfield", "Current Provider: Riverside Telephone Company",
            "Account Number: 7730418825", "Billing Telephone Number: 650 318 2046",
            "I authorize the transfer of the numbers listed above", "to the new provider named on this agreement.",
            "Numbers to port: 650 318 2046, 650 318 2047, 650 318 2048", "Signature: ____________  Date: 11/02/2026",
    };

    @Test
    void shouldFindPrintRunningAcrossAnUprightPage() {
        BufferedImage page = Fixtures.letterPage(DPI, FORM).image();
        double ratio = GreyImages.columnsOverRows(page, DPI, INK);
        assertTrue(ratio < 1, "upright page: columns/rows " + ratio);
        double upsideDown = GreyImages.columnsOverRows(GreyImages.rotateClockwise(page, 180), DPI, INK);
        assertTrue(upsideDown < 1, "a page upside down still has its print across: " + upsideDown);
    }

    @Test
    void shouldFindPrintRunningUpAndDownAPageOnItsSide() {
        BufferedImage page = Fixtures.letterPage(DPI, FORM).image();
        for (int turn : new int[] {90, 270}) {
            double ratio = GreyImages.columnsOverRows(GreyImages.rotateClockwise(page, turn), DPI, INK);
            assertTrue(ratio >= SIDEWAYS, "turned " + turn + ": columns/rows " + ratio);
        }
    }

    @Test
    void shouldScoreABlankPageAsNotSideways() {
        BufferedImage blank = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(GreyImages.pixels(blank), (byte) 255);
        assertTrue(GreyImages.columnsOverRows(blank, 100, INK) < SIDEWAYS);
    }

    @Test
    void shouldFindTheLinesOfAnUprightPageLeaningUpAndOfAnUpsideDownOneLeaningDown() {
        BufferedImage page = Fixtures.letterPage(DPI, FORM).image();
        GreyImages.Skew upright = GreyImages.skew(page, 5, INK);
        GreyImages.Skew upsideDown = GreyImages.skew(GreyImages.rotateClockwise(page, 180), 5, INK);
        assertTrue(upright.lean() > UPSIDE_DOWN_LEAN, "upright lean " + upright.lean());
        assertTrue(upsideDown.lean() <= -UPSIDE_DOWN_LEAN, "upside-down lean " + upsideDown.lean());
        assertEquals(upright.degrees(), upsideDown.degrees(), 0.11, "turning a page over keeps the slope of its lines");
    }

    @Test
    void shouldFindNoLeanOnABlankPage() {
        BufferedImage blank = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(GreyImages.pixels(blank), (byte) 255);
        assertEquals(0, GreyImages.skew(blank, 5, INK).lean());
    }

    @Test
    void shouldTellWhichWayAPageOnItsSideMustTurnFromTheLeanOfItsLinesTurnedAQuarter() {
        BufferedImage page = Fixtures.letterPage(DPI, FORM).image();
        double turnLean = DocumentTestSupport.defaults().sidewaysTurnLean();
        // turned 270 (a quarter anticlockwise), a quarter clockwise more brings it upright: its lines lean up
        BufferedImage needsQuarter = GreyImages.rotateClockwise(page, 270);
        double up = GreyImages.skew(GreyImages.rotateClockwise(needsQuarter, 90), 5, INK).lean();
        assertTrue(up >= turnLean, "upright after a quarter: lean " + up);
        // turned 90, a quarter clockwise more leaves it upside down: its lines lean down
        BufferedImage needsThreeQuarters = GreyImages.rotateClockwise(page, 90);
        double down = GreyImages.skew(GreyImages.rotateClockwise(needsThreeQuarters, 90), 5, INK).lean();
        assertTrue(down <= -turnLean, "upside down after a quarter: lean " + down);
    }
}
