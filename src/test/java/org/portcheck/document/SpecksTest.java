package org.portcheck.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speck search on runs of ink finds the very blobs a flood fill over pixels finds: noise of every density, blobs
 * touching at corners and at the picture's edges, dots beside strokes.
 */
class SpecksTest {

    @ParameterizedTest(name = "{0}x{1}, {2}% ink in blots of up to {3}, specks up to {4} px, gap {5}")
    @CsvSource({
        "1, 1, 50, 1, 12, 8",
        "7, 3, 30, 2, 12, 8",
        "120, 90, 1, 3, 12, 8",
        "120, 90, 5, 3, 12, 8",
        "200, 150, 12, 4, 12, 3",
        "200, 150, 30, 2, 6, 1",
        "333, 77, 45, 1, 3, 2",
        "64, 400, 8, 6, 40, 5",
        "500, 500, 3, 8, 25, 10",
    })
    void shouldFindTheSameSpecksAsAFloodFill(int w, int h, int inkPercent, int blot, int maxArea, int gap) {
        for (long seed = 1; seed <= 5; seed++) {
            BufferedImage img = noise(w, h, inkPercent, blot, new Random(seed * 31 + w));
            Despeckled expected = floodFill(img, 140, maxArea, gap);
            Specks specks = Specks.find(img, 140, maxArea, gap);
            assertEquals(expected.specks(), specks.count(), "speck count, seed " + seed);
            assertArrayEquals(GreyImages.pixels(expected.image()), GreyImages.pixels(specks.paintedOver(img, 255)),
                    "cleaned pixels, seed " + seed);
        }
    }

    /** Grey paper with blots of ink (squares up to {@code blot} wide, some of them grey but under the threshold). */
    private static BufferedImage noise(int w, int h, int inkPercent, int blot, Random random) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GreyImages.pixels(img);
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (150 + random.nextInt(106));
        }
        int blots = Math.max(1, w * h * inkPercent / 100 / Math.max(1, blot * blot / 2));
        for (int b = 0; b < blots; b++) {
            int x0 = random.nextInt(w);
            int y0 = random.nextInt(h);
            int bw = 1 + random.nextInt(blot);
            int bh = 1 + random.nextInt(blot);
            int level = random.nextInt(140);
            for (int y = y0; y < Math.min(h, y0 + bh); y++) {
                for (int x = x0; x < Math.min(w, x0 + bw); x++) {
                    px[y * w + x] = (byte) level;
                }
            }
        }
        return img;
    }

    /** The speck search as it was first written: a flood fill from every ink pixel, a scan of every blob's box. */
    private static Despeckled floodFill(BufferedImage grey, int inkThreshold, int maxArea, int gap) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] in = GreyImages.pixels(grey);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = GreyImages.pixels(out);
        System.arraycopy(in, 0, o, 0, in.length);
        boolean[] seen = new boolean[in.length];
        int[] stack = new int[maxArea + 1];
        int[] queue = new int[16];
        int removed = 0;
        for (int start = 0; start < in.length; start++) {
            if (seen[start] || (in[start] & 0xFF) >= inkThreshold) {
                continue;
            }
            // flood the blob, but give up following it once it is bigger than a speck
            int area = 0;
            int top = 0;
            int minX = w;
            int maxX = -1;
            int minY = h;
            int maxY = -1;
            boolean big = false;
            int qn = 0;
            queue[qn++] = start;
            seen[start] = true;
            while (qn > 0) {
                int p = queue[--qn];
                area++;
                if (area <= maxArea) {
                    stack[top++] = p;
                } else {
                    big = true;
                }
                int py = p / w;
                int px = p - py * w;
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int ny = Math.max(0, py - 1), yEnd = Math.min(h - 1, py + 1); ny <= yEnd; ny++) {
                    for (int nx = Math.max(0, px - 1), xEnd = Math.min(w - 1, px + 1); nx <= xEnd; nx++) {
                        int q = ny * w + nx;
                        if (!seen[q] && (in[q] & 0xFF) < inkThreshold) {
                            seen[q] = true;
                            if (qn == queue.length) {
                                queue = java.util.Arrays.copyOf(queue, qn * 2);
                            }
                            queue[qn++] = q;
                        }
                    }
                }
            }
            if (big || !alone(in, stack, top, w, h, minX, minY, maxX, maxY, gap, inkThreshold)) {
                continue;
            }
            for (int i = 0; i < top; i++) {
                o[stack[i]] = (byte) 255;
            }
            removed++;
        }
        return new Despeckled(out, removed);
    }

    private record Despeckled(BufferedImage image, int specks) {
    }

    /**
     * No ink within {@code gap} of the blob's box but the blob's own (its pixels, all of them in {@code own}, lie in
     * the box).
     */
    private static boolean alone(byte[] in, int[] own, int count, int w, int h, int minX, int minY, int maxX, int maxY,
                                 int gap, int inkThreshold) {
        for (int y = Math.max(0, minY - gap), yEnd = Math.min(h - 1, maxY + gap); y <= yEnd; y++) {
            int base = y * w;
            boolean rowInBox = y >= minY && y <= maxY;
            for (int x = Math.max(0, minX - gap), xEnd = Math.min(w - 1, maxX + gap); x <= xEnd; x++) {
                int i = base + x;
                if ((in[i] & 0xFF) < inkThreshold
                        && !(rowInBox && x >= minX && x <= maxX && contains(own, count, i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
