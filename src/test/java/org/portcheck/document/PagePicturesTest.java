package org.portcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Eight columns are summed at once in 16-bit lanes and boxes are divided by reciprocals; neither may change a
     * pixel. Sizes take in widths that are no multiple of eight, boxes of one row, boxes too tall for the lanes, and
     * boxes too large for the reciprocals.
     */
    @ParameterizedTest(name = "{0}x{1} to {2} wide")
    @CsvSource({"2550,3300,1000", "2551,3301,1000", "1003,77,1000", "9,9,4", "17,700,3", "30000,3,999",
            "300,4000,1", "600,600,9", "4000,400,63", "4000,4000,70", "8,100,1"})
    void shouldGiveEachPixelTheRoundedMeanOfItsBox(int w, int h, int maxWidth) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        new Random(w * 7L + h).nextBytes(GreyImages.pixels(page));
        BufferedImage small = PagePictures.fitWidth(page, maxWidth);
        assertArrayEquals(GreyImages.pixels(plainBoxMean(page, small.getWidth(), small.getHeight())),
                GreyImages.pixels(small));
    }

    /** The box mean the slow way: every box summed pixel by pixel and divided. */
    private static BufferedImage plainBoxMean(BufferedImage page, int w, int h) {
        int sw = page.getWidth();
        int sh = page.getHeight();
        byte[] src = GreyImages.pixels(page);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = GreyImages.pixels(out);
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * sh / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sh / h));
            for (int x = 0; x < w; x++) {
                int x0 = (int) ((long) x * sw / w);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * sw / w));
                long sum = 0;
                for (int sy = y0; sy < y1; sy++) {
                    for (int sx = x0; sx < x1; sx++) {
                        sum += src[sy * sw + sx] & 0xFF;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                dst[y * w + x] = (byte) ((sum + n / 2) / n);
            }
        }
        return out;
    }
}
