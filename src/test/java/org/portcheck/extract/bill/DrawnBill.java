package org.portcheck.extract.bill;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A bill page drawn in 10 pt sans at 300 dpi for OCR tests: rows of {x in points, text, x, text, ...}, 16 pt apart. */
final class DrawnBill {

    static final int DPI = 300;
    static final double PX_PER_PT = DPI / 72.0;
    private static final int FIRST_BASELINE_PT = 54;
    private static final int ROW_PT = 16;
    private static final int FONT_PT = 10;

    private DrawnBill() {
    }

    static BufferedImage draw(Object[][] rows, double heightInches) {
        int width = (int) Math.round(8.5 * DPI);
        int height = (int) Math.round(heightInches * DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(FONT_PT * PX_PER_PT)));
            for (int r = 0; r < rows.length; r++) {
                for (int i = 0; i + 1 < rows[r].length; i += 2) {
                    g.drawString((String) rows[r][i + 1], (int) Math.round(((Integer) rows[r][i]) * PX_PER_PT),
                            (int) Math.round((FIRST_BASELINE_PT + ROW_PT * r) * PX_PER_PT));
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
