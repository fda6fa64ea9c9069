package org.portcheck.document;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Lone specks of ink on a grey page: 8-connected blobs of pixels below the ink threshold, of at most {@code maxArea}
 * pixels, with no other ink within {@code gap} pixels of their box. Scanner noise is made of such blobs; a dot of print
 * (an i's dot, a full stop) sits close to its letters.
 *
 * <p>Blobs are joined from the horizontal runs of ink of each row, which touch the runs of the row above where their
 * spans meet or touch at a corner. A page has a few hundred thousand runs against millions of pixels, and most pages
 * only need the count (is the scan noisy?), so the cleaned copy is painted only when asked for.
 */
final class Specks {

    private static final int INITIAL_RUNS = 1 << 14;

    private final int width;
    /** Runs of ink, [start, end) in their row; {@code rowFirst[y]} is the first run of row y. */
    private final int[] start;
    private final int[] end;
    private final int[] rowFirst;
    /** The runs of each speck, by speck: {@code speckRun[r]} is true for every run of a speck. */
    private final boolean[] speckRun;
    private final int count;

    private Specks(int width, int[] start, int[] end, int[] rowFirst, boolean[] speckRun, int count) {
        this.width = width;
        this.start = start;
        this.end = end;
        this.rowFirst = rowFirst;
        this.speckRun = speckRun;
        this.count = count;
    }

    /** How many specks there are. */
    int count() {
        return count;
    }

    /**
     * A copy of {@code image} (the picture they were found on, or one of the same size) with the specks' pixels set
     * to {@code level}: white to take them out of the copy read, the paper's level to take them out of the page.
     */
    BufferedImage paintedOver(BufferedImage image, int level) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] in = GreyImages.pixels(image);
        System.arraycopy(in, 0, GreyImages.pixels(out), 0, in.length);
        return paintOver(out, level);
    }

    /** {@code image} itself, a grey picture of the same size, with the specks' pixels set to {@code level}. */
    BufferedImage paintOver(BufferedImage image, int level) {
        byte[] o = GreyImages.pixels(image);
        for (int y = 0; y + 1 < rowFirst.length; y++) {
            for (int r = rowFirst[y]; r < rowFirst[y + 1]; r++) {
                if (speckRun[r]) {
                    Arrays.fill(o, y * width + start[r], y * width + end[r], (byte) level);
                }
            }
        }
        return image;
    }

    /** The specks of {@code grey}. */
    static Specks find(BufferedImage grey, int inkThreshold, int maxArea, int gap) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = GreyImages.pixels(grey);
        int[] rowFirst = new int[h + 1];
        int[] start = new int[INITIAL_RUNS];
        int[] end = new int[INITIAL_RUNS];
        int n = 0;
        for (int y = 0; y < h; y++) {
            rowFirst[y] = n;
            int base = y * w;
            int x = 0;
            while (x < w) {
                while (x < w && (px[base + x] & 0xFF) >= inkThreshold) {
                    x++;
                }
                if (x == w) {
                    break;
                }
                int s = x;
                while (x < w && (px[base + x] & 0xFF) < inkThreshold) {
                    x++;
                }
                if (n == start.length) {
                    start = Arrays.copyOf(start, n * 2);
                    end = Arrays.copyOf(end, n * 2);
                }
                start[n] = s;
                end[n] = x;
                n++;
            }
        }
        rowFirst[h] = n;

        int[] parent = new int[n];
        for (int r = 0; r < n; r++) {
            parent[r] = r;
        }
        // a run touches a run of the row above when their spans overlap or meet at a corner
        for (int y = 1; y < h; y++) {
            int a = rowFirst[y];
            int b = rowFirst[y - 1];
            int aEnd = rowFirst[y + 1];
            int bEnd = rowFirst[y];
            while (a < aEnd && b < bEnd) {
                if (start[a] <= end[b] && start[b] <= end[a]) {
                    union(parent, a, b);
                }
                if (end[a] < end[b]) {
                    a++;
                } else {
                    b++;
                }
            }
        }

        // area and box of each blob, kept at its root
        int[] area = new int[n];
        int[] minX = new int[n];
        int[] maxX = new int[n];
        int[] minY = new int[n];
        int[] maxY = new int[n];
        Arrays.fill(minX, Integer.MAX_VALUE);
        Arrays.fill(minY, Integer.MAX_VALUE);
        Arrays.fill(maxX, -1);
        Arrays.fill(maxY, -1);
        for (int y = 0; y < h; y++) {
            for (int r = rowFirst[y]; r < rowFirst[y + 1]; r++) {
                int root = find(parent, r);
                area[root] += end[r] - start[r];
                minX[root] = Math.min(minX[root], start[r]);
                maxX[root] = Math.max(maxX[root], end[r] - 1);
                minY[root] = Math.min(minY[root], y);
                maxY[root] = Math.max(maxY[root], y);
            }
        }
        boolean[] speck = new boolean[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (parent[r] == r && area[r] <= maxArea
                    && alone(r, parent, start, end, rowFirst, w, h, minX[r], minY[r], maxX[r], maxY[r], gap)) {
                speck[r] = true;
                count++;
            }
        }
        boolean[] speckRun = new boolean[n];
        for (int r = 0; r < n; r++) {
            speckRun[r] = speck[find(parent, r)];
        }
        return new Specks(w, start, end, rowFirst, speckRun, count);
    }

    /** No run of another blob reaches into the blob's box grown by {@code gap} (within the picture). */
    private static boolean alone(int root, int[] parent, int[] start, int[] end, int[] rowFirst, int w, int h,
                                 int minX, int minY, int maxX, int maxY, int gap) {
        int left = Math.max(0, minX - gap);
        int right = Math.min(w - 1, maxX + gap);
        for (int y = Math.max(0, minY - gap), yEnd = Math.min(h - 1, maxY + gap); y <= yEnd; y++) {
            // the first run of the row that ends past the left edge, then those that start before the right edge
            int lo = rowFirst[y];
            int hi = rowFirst[y + 1];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (end[mid] <= left) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int r = lo; r < rowFirst[y + 1] && start[r] <= right; r++) {
                if (find(parent, r) != root) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int r) {
        int root = r;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[r] != root) {
            int next = parent[r];
            parent[r] = root;
            r = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the earlier run stays the root, so a blob's root is its first run
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
