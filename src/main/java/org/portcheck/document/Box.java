package org.portcheck.document;

/** A rectangle on a page: pixels of the page as rendered for OCR, or PDF points for a text layer. */
public record Box(int x, int y, int width, int height) {

    public static final Box NONE = new Box(0, 0, 0, 0);

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box size must not be negative: " + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerY() {
        return y + height / 2;
    }

    public Box union(Box other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /** Share of the shorter of the two heights that the boxes overlap vertically (0..1). */
    public double verticalOverlap(Box other) {
        int overlap = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        int shorter = Math.max(1, Math.min(height, other.height));
        return Math.max(0, overlap) / (double) shorter;
    }

    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
