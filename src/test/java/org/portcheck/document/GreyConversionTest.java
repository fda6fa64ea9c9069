package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Colour pictures become grey with the same Rec.601 luma whichever way their pixels are stored. */
class GreyConversionTest {

    @Test
    void shouldGiveADecodedJpegTheSameGreyAsAnyOtherColourPicture() {
        Random random = new Random(11);
        BufferedImage bgr = new BufferedImage(97, 31, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage rgb = new BufferedImage(97, 31, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < bgr.getHeight(); y++) {
            for (int x = 0; x < bgr.getWidth(); x++) {
                int c = random.nextInt(1 << 24);
                bgr.setRGB(x, y, c);
                rgb.setRGB(x, y, c);
            }
        }
        byte[] fromBgr = GreyImages.pixels(GreyImages.toGrey(bgr));
        byte[] fromRgb = GreyImages.pixels(GreyImages.toGrey(rgb));
        for (int i = 0; i < fromRgb.length; i++) {
            assertEquals(fromRgb[i], fromBgr[i], "pixel " + i);
        }
        int c = rgb.getRGB(5, 7);
        int luma = (299 * ((c >> 16) & 0xFF) + 587 * ((c >> 8) & 0xFF) + 114 * (c & 0xFF)) / 1000;
        assertEquals(luma, fromBgr[7 * 97 + 5] & 0xFF);
    }

    @Test
    void shouldGiveAFaxAndAPalettePictureTheGreyOfTheirColours() {
        BufferedImage fax = new BufferedImage(77, 13, BufferedImage.TYPE_BYTE_BINARY);
        BufferedImage palette = new BufferedImage(77, 13, BufferedImage.TYPE_BYTE_INDEXED);
        Random random = new Random(5);
        for (int y = 0; y < fax.getHeight(); y++) {
            for (int x = 0; x < fax.getWidth(); x++) {
                fax.setRGB(x, y, random.nextBoolean() ? 0xFFFFFF : 0);
                palette.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        for (BufferedImage img : new BufferedImage[] {fax, palette}) {
            byte[] grey = GreyImages.pixels(GreyImages.toGrey(img));
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int c = img.getRGB(x, y);
                    int luma = (299 * ((c >> 16) & 0xFF) + 587 * ((c >> 8) & 0xFF) + 114 * (c & 0xFF)) / 1000;
                    assertEquals(luma, grey[y * img.getWidth() + x] & 0xFF, "pixel " + x + "," + y);
                }
            }
        }
    }
}
