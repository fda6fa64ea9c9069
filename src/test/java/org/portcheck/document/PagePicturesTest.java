package org.portcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The small pictures kept for evidence: the right size, each pixel the mean of what it covers. */
class PagePicturesTest {

    @Test
    void shouldShrinkAPageToTheWidthKeepingItsShapeAndLevels() {
        BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GreyImages.pixels(page);
        // left half paper (240), right half columns alternating ink and paper (0, 255)
        for (int y = 0; y < 3300; y++) {
            for (int x = 0; x < 2550; x++) {
                px[y * 2550 + x] = (byte) (x < 1275 ? 240 : (x % 2 == 0 ? 0 : 255));
            }
        }
        BufferedImage small = PagePictures.fitWidth(page, 1000);
        assertEquals(1000, small.getWidth());
        assertEquals(1294, small.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, small.getType());
        byte[] s = GreyImages.pixels(small);
        assertEquals(240, s[10 * 1000 + 100] & 0xFF, "plain paper stays its level");
        int striped = s[500 * 1000 + 800] & 0xFF;
        assertEquals(128, striped, 30, "fine stripes become their mean grey, not one of their two levels");
    }

    @Test
    void shouldCopyASmallPageAndTurnAColourOneGrey() {
        BufferedImage small = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage copy = PagePictures.fitWidth(small, 1000);
        assertNotSame(small, copy, "a kept picture never shares the page's pixels");
        assertEquals(300, copy.getWidth());
        BufferedImage colour = new BufferedImage(2000, 100, BufferedImage.TYPE_INT_RGB);
        colour.setRGB(0, 0, 0xFFFFFF);
        BufferedImage grey = PagePictures.fitWidth(colour, 1000);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
        assertEquals(1000, grey.getWidth());
        assertEquals(50, grey.getHeight());
    }
}
