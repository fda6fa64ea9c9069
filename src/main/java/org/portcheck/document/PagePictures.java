package org.portcheck.document;

import java.awt.image.BufferedImage;

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
        int[] columns = new int[sw];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * sh / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sh / h));
            java.util.Arrays.fill(columns, 0);
            for (int sy = y0; sy < y1; sy++) {
                for (int sx = 0, i = sy * sw; sx < sw; sx++, i++) {
                    columns[sx] += src[i] & 0xFF;
                }
            }
            int rows = y1 - y0;
            for (int x = 0; x < w; x++) {
                int x0 = xStart[x];
                int x1 = Math.max(x0 + 1, xStart[x + 1]);
                int sum = 0;
                for (int sx = x0; sx < x1; sx++) {
                    sum += columns[sx];
                }
                int n = rows * (x1 - x0);
                dst[y * w + x] = (byte) ((sum + n / 2) / n);
            }
        }
        return out;
    }
}
