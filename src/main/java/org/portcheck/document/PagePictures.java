package org.portcheck.document;

import java.awt.image.BufferedImage;

/** Small grey copies of page images, for pictures that show evidence (intake page, QA reports). */
public final class PagePictures {

    private PagePictures() {
    }

    /** The page scaled down to at most {@code maxWidth} pixels wide (never up), grey. */
    public static BufferedImage fitWidth(BufferedImage page, int maxWidth) {
        double factor = Math.min(1.0, maxWidth / (double) page.getWidth());
        int w = Math.max(1, (int) Math.round(page.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(page.getHeight() * factor));
        return GreyImages.scale(GreyImages.toGrey(page), w, h);
    }
}
