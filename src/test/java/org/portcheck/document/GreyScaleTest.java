package org.portcheck.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scaling (a fax's coarse axis stretched, a screenshot enlarged) must give exactly the pixels Java2D's bilinear
 * drawImage to that size gives, which OCR was tuned on.
 */
class GreyScaleTest {

    @ParameterizedTest(name = "{0}x{1} to {2}x{3}")
    @CsvSource({
            "1728,1100,1728,2200", "1728,1078,1728,2156", "800,600,1600,1200", "101,57,202,114", "1,1,2,2",
            "3,7,6,14", "100,100,50,50", "333,444,500,600", "97,1,194,2", "1,97,2,194",
    })
    void scalesExactlyAsJava2dDoes(int w, int h, int width, int height) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        new Random(w * 31L + h).nextBytes(GreyImages.pixels(page));
        assertArrayEquals(GreyImages.pixels(java2d(page, width, height)),
                GreyImages.pixels(GreyImages.scale(page, width, height)));
    }

    @Test
    void keepsAPictureThatIsAlreadyItsSize() {
        BufferedImage page = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        assertSame(page, GreyImages.scale(page, 40, 30));
    }

    /** The scaling as it was drawn before: Graphics2D, bilinear, quality rendering. */
    private static BufferedImage java2d(BufferedImage grey, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(grey, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
