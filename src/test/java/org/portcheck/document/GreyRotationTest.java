package org.portcheck.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deskew rotation must give exactly the pixels Java2D's bilinear drawImage gives, which OCR was tuned on. */
class GreyRotationTest {

    @ParameterizedTest(name = "{0}x{1} by {2} deg")
    @CsvSource({
            "640,480,1.7", "640,480,-1.7", "641,479,0.35", "333,517,-0.05", "1000,1300,2.95", "1001,1299,-4.4",
            "97,1,3.0", "1,97,-3.0", "2,2,45", "120,80,30", "120,80,-89.5", "120,81,90", "121,80,180", "50,70,-137.2",
            "2550,3300,0.8",
    })
    void rotatesExactlyAsJava2dDoes(int w, int h, double degrees) {
        BufferedImage page = noisyPage(w, h, w * 31L + h);
        BufferedImage expected = java2d(page, degrees);
        BufferedImage actual = GreyImages.rotate(page, degrees);
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        assertArrayEquals(GreyImages.pixels(expected), GreyImages.pixels(actual));
    }

    @Test
    void rotatesManyAnglesExactlyAsJava2dDoes() {
        Random r = new Random(7);
        for (int i = 0; i < 60; i++) {
            int w = 20 + r.nextInt(300);
            int h = 20 + r.nextInt(300);
            double degrees = (r.nextDouble() - 0.5) * 12;
            BufferedImage page = noisyPage(w, h, i);
            assertArrayEquals(GreyImages.pixels(java2d(page, degrees)), GreyImages.pixels(GreyImages.rotate(page, degrees)),
                    w + "x" + h + " by " + degrees);
        }
    }

    /** The rotation as it was drawn before: Graphics2D with bilinear interpolation onto a white canvas. */
    private static BufferedImage java2d(BufferedImage grey, double degrees) {
        double rad = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(rad));
        double cos = Math.abs(Math.cos(rad));
        int w = grey.getWidth();
        int h = grey.getHeight();
        int ow = (int) Math.ceil(w * cos + h * sin);
        int oh = (int) Math.ceil(h * cos + w * sin);
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ow, oh);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.translate(ow / 2.0, oh / 2.0);
            t.rotate(rad);
            t.translate(-w / 2.0, -h / 2.0);
            g.drawImage(grey, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Every grey level, hard edges and grain: any difference in weights or rounding would show. */
    private static BufferedImage noisyPage(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GreyImages.pixels(img);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = ((x / 7 + y / 5) % 3 == 0) ? 20 : 235;
                px[y * w + x] = (byte) Math.max(0, Math.min(255, v + r.nextInt(41) - 20));
            }
        }
        px[0] = 0;
        px[px.length - 1] = (byte) 255;
        return img;
    }
}
