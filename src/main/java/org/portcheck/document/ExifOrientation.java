package org.portcheck.document;

/** Reads the EXIF orientation tag (1..8) of a JPEG from its APP1 segment, without decoding anything else. */
final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int MARKER_SOS = 0xDA;
    private static final int MARKER_APP1 = 0xE1;

    private ExifOrientation() {
    }

    /** The orientation, or 1 (upright) when there is none or the EXIF block is damaged. */
    static int of(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == MARKER_SOS) {
                return 1;
            }
            int length = u16(jpeg, pos + 2, false);
            if (length < 2) {
                return 1;
            }
            if (marker == MARKER_APP1 && isExif(jpeg, pos + 4)) {
                return fromTiff(jpeg, pos + 10, Math.min(jpeg.length, pos + 2 + length));
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static boolean isExif(byte[] b, int at) {
        return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
                && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int e = ifd + 2 + i * 12;
            if (e + 12 > end) {
                return 1;
            }
            if (u16(b, e, little) == TAG_ORIENTATION) {
                int v = u16(b, e + 8, little);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int a = b[at] & 0xFF;
        int c = b[at + 1] & 0xFF;
        return little ? a | c << 8 : a << 8 | c;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int shift = little ? 8 * i : 8 * (3 - i);
            v |= (long) (b[at + i] & 0xFF) << shift;
        }
        return v;
    }
}
