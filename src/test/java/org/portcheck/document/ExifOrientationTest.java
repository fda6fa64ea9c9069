package org.portcheck.document;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExifOrientationTest {

    /** Inserts an APP1 Exif segment with one orientation entry right after the JPEG's SOI marker. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] body = tiff.array();
        int length = 2 + 6 + body.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length);
        out.put(new byte[]{'E', 'x', 'i', 'f', 0, 0}).put(body);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    @Test
    void shouldReadOrientationTag() throws Exception {
        byte[] jpeg = Fixtures.jpeg(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
        assertEquals(1, ExifOrientation.of(jpeg));
        for (int o = 1; o <= 8; o++) {
            assertEquals(o, ExifOrientation.of(withOrientation(jpeg, o)));
        }
    }

    @Test
    void shouldTurnDecodedPhotoByItsExifTag() throws Exception {
        byte[] landscape = Fixtures.jpeg(new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
        java.util.List<ImageFileReader.Frame> frames = new java.util.ArrayList<>();
        new ImageFileReader(DocumentTestSupport.defaults()).read(withOrientation(landscape, 6), FileType.JPEG,
                frames::add);
        assertEquals(1, frames.size());
        // 300x200 stored, shown turned: 200 wide (then upscaled 2x as a small image)
        assertEquals(frames.get(0).grey().getHeight() * 2, frames.get(0).grey().getWidth() * 3);
    }

    @Test
    void shouldTreatDamagedExifAsUpright() {
        byte[] cut = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 40, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M'};
        assertEquals(1, ExifOrientation.of(cut));
    }
}
