package org.portcheck.extract.bill;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stretch to read again ends on paper, not inside a word the first reading lost. */
class RegionWideningTest {

    private static final int GAP = 40;
    private static final int LIMIT = 10_000;

    /** A 1200 x 100 picture of ground {@code ground} with {@code text} from x = 100 in {@code ink}. */
    private static BufferedImage line(int ground, int ink, String text) {
        BufferedImage img = new BufferedImage(1200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(ground, ground, ground));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(new Color(ink, ink, ink));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
            g.drawString(text, 100, 65);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static int inkRight(BufferedImage img, int ground) {
        for (int x = img.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < img.getHeight(); y++) {
                if (Math.abs(img.getRaster().getSample(x, y, 0) - ground) >= 60) {
                    return x + 1;
                }
            }
        }
        return 0;
    }

    @Test
    void shouldMoveTheRightEdgeOutOfAWordCutInTwo() {
        BufferedImage img = line(250, 20, "Account Number 101 0702 285728");
        int end = inkRight(img, 250);
        int[] edges = RegionRereader.widenOverPrint(img, 100, 10, end - 60, 90, GAP, LIMIT);
        assertTrue(edges[1] >= end && edges[1] <= end + GAP, "right edge " + edges[1] + " for print ending at " + end);
        assertTrue(edges[0] <= 100 && edges[0] >= 100 - GAP, "left edge " + edges[0]);
    }

    @Test
    void shouldFollowLightPrintOnADarkBand() {
        BufferedImage img = line(70, 245, "Date 10/27/26 Account Number 101 0702 285728");
        int end = inkRight(img, 70);
        int[] edges = RegionRereader.widenOverPrint(img, 300, 10, end - 80, 90, GAP, LIMIT);
        assertTrue(edges[1] >= end && edges[1] <= end + GAP, "right edge " + edges[1] + " for print ending at " + end);
    }

    @Test
    void shouldLeaveAStretchThatEndsOnPaperAsItIs() {
        BufferedImage img = line(250, 20, "Account Number 101 0702 285728");
        int end = inkRight(img, 250);
        assertArrayEquals(new int[] {60, end + 40}, RegionRereader.widenOverPrint(img, 60, 10, end + 40, 90, GAP, LIMIT));
    }

    @Test
    void shouldNotGrowPastItsLimit() {
        BufferedImage img = line(250, 20, "Account Number 101 0702 285728 and a great deal more print to the right");
        int[] edges = RegionRereader.widenOverPrint(img, 100, 10, 300, 90, GAP, 400);
        assertTrue(edges[1] - edges[0] <= 400, "width " + (edges[1] - edges[0]));
    }
}
