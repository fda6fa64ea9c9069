package org.portcheck.document;

import java.awt.image.BufferedImage;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Small grey copies of page images, for pictures that show evidence (intake page, QA reports). */
public final class PagePictures {

    private PagePictures() {
    }

    /**
     * The page scaled down to at most {@code maxWidth} pixels wide (never up), grey: each pixel the mean of the page
     * pixels it covers. Every precheck keeps such pictures of all its pages, so this reads each page pixel once and
     * copies nothing first.
     */
    public static BufferedImage fitWidth(BufferedImage page, int maxWidth) {
        double factor = Math.min(1.0, maxWidth / (double) page.getWidth());
        int w = Math.max(1, (int) Math.round(page.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(page.getHeight() * factor));
        BufferedImage grey = plainGrey(page) ? page : GreyImages.toGrey(page);
        if (w == grey.getWidth() && h == grey.getHeight()) {
            return grey == page ? GreyImages.toGrey(page) : grey;
        }
        return boxMean(grey, w, h);
    }

    /** An 8-bit grey picture whose bytes are its pixels row by row, nothing before or between. */
    private static boolean plainGrey(BufferedImage page) {
        java.awt.image.WritableRaster r = page.getRaster();
        return page.getType() == BufferedImage.TYPE_BYTE_GRAY && r.getParent() == null
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0
                && r.getDataBuffer().getOffset() == 0
                && r.getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel m
                && m.getPixelStride() == 1 && m.getScanlineStride() == page.getWidth();
    }

    /** Each output pixel the mean of the source pixels in its box (at least one row and column). */
    private static BufferedImage boxMean(BufferedImage grey, int w, int h) {
        int sw = grey.getWidth();
        int sh = grey.getHeight();
        byte[] src = GreyImages.pixels(grey);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = GreyImages.pixels(out);
        int[] xStart = new int[w + 1];
        for (int x = 0; x <= w; x++) {
            xStart[x] = (int) ((long) x * sw / w);
        }
        int maxBox = 1;
        for (int x = 0; x < w; x++) {
            maxBox = Math.max(maxBox, Math.max(1, xStart[x + 1] - xStart[x]));
        }
        maxBox *= Math.max(1, (sh + h - 1) / h);
        long[] reciprocal = reciprocals(maxBox);
        int[] columns = new int[sw];
        int lanes = sw / Long.BYTES;
        long[] even = new long[lanes];
        long[] odd = new long[lanes];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * sh / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sh / h));
            int rows = y1 - y0;
            if (rows <= MAX_LANE_ROWS) {
                sumColumnsByLanes(src, sw, y0, y1, columns, even, odd);
            } else {
                sumColumns(src, sw, y0, y1, 0, columns);
            }
            for (int x = 0; x < w; x++) {
                int x0 = xStart[x];
                int x1 = Math.max(x0 + 1, xStart[x + 1]);
                int sum = 0;
                for (int sx = x0; sx < x1; sx++) {
                    sum += columns[sx];
                }
                int n = rows * (x1 - x0);
                long a = sum + n / 2;
                dst[y * w + x] = (byte) (n < reciprocal.length ? (a * reciprocal[n]) >>> 32 : a / n);
            }
        }
        return out;
    }

    /** Boxes of up to this many pixels are divided by a reciprocal: exact while (255 n + n/2) n < 2^32. */
    private static final int MAX_RECIPROCAL_BOX = 4000;

    /**
     * ceil(2^32 / n) for each box size n up to {@code maxBox} (within {@link #MAX_RECIPROCAL_BOX}): a box's rounded
     * sum a (below 256 n) times it, shifted down 32, is a / n exactly, without a division per pixel.
     */
    private static long[] reciprocals(int maxBox) {
        long[] r = new long[Math.min(maxBox, MAX_RECIPROCAL_BOX) + 1];
        for (int n = 1; n < r.length; n++) {
            r[n] = ((1L << 32) + n - 1) / n;
        }
        return r;
    }

    /** A 16-bit lane holds the sum of this many bytes of at most 255 without carrying into the next. */
    private static final int MAX_LANE_ROWS = 0xFFFF / 0xFF;
    private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /**
     * The sums down rows [y0, y1) of every column, eight columns at a time: each long read from a row holds eight
     * pixels, whose even and odd bytes are added in four 16-bit lanes each.
     */
    private static void sumColumnsByLanes(byte[] src, int sw, int y0, int y1, int[] columns, long[] even,
                                          long[] odd) {
        int lanes = even.length;
        java.util.Arrays.fill(even, 0);
        java.util.Arrays.fill(odd, 0);
        for (int sy = y0; sy < y1; sy++) {
            int base = sy * sw;
            for (int k = 0; k < lanes; k++) {
                long v = (long) LONGS.get(src, base + k * Long.BYTES);
                even[k] += v & EVEN_BYTES;
                odd[k] += (v >>> 8) & EVEN_BYTES;
            }
        }
        for (int k = 0; k < lanes; k++) {
            long e = even[k];
            long o = odd[k];
            int c = k * Long.BYTES;
            for (int j = 0; j < Long.BYTES; j += 2, e >>>= 16, o >>>= 16) {
                columns[c + j] = (int) (e & 0xFFFF);
                columns[c + j + 1] = (int) (o & 0xFFFF);
            }
        }
        sumColumns(src, sw, y0, y1, lanes * Long.BYTES, columns);
    }

    /** The sums down rows [y0, y1) of the columns from {@code from} on, one at a time. */
    private static void sumColumns(byte[] src, int sw, int y0, int y1, int from, int[] columns) {
        java.util.Arrays.fill(columns, from, sw, 0);
        for (int sy = y0; sy < y1; sy++) {
            for (int sx = from, i = sy * sw + from; sx < sw; sx++, i++) {
                columns[sx] += src[i] & 0xFF;
            }
        }
    }
}
