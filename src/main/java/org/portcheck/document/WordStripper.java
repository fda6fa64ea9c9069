package org.portcheck.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a PDF's text layer as words with boxes in PDF points, origin at the top left of the page as displayed
 * (rotation applied). PDFBox already splits lines at its word separators; runs that contain spaces are split again.
 */
final class WordStripper extends PDFTextStripper {

    private final Map<Integer, List<Word>> wordsByPage = new HashMap<>();

    WordStripper() {
        setSortByPosition(true);
    }

    /** Words per page number (1-based); pages without text are absent. */
    Map<Integer, List<Word>> words(PDDocument document) throws IOException {
        wordsByPage.clear();
        writeText(document, new StringWriter());
        return wordsByPage;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) {
                flush(run);
            } else {
                run.add(p);
            }
        }
        flush(run);
    }

    private void flush(List<TextPosition> run) {
        if (run.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition p : run) {
            text.append(p.getUnicode());
            float x = p.getXDirAdj();
            float baseline = p.getYDirAdj();
            // PDFBox's glyph height is about the cap height; the box spans from there down to the baseline.
            float h = Math.max(p.getHeightDir(), 1f);
            left = Math.min(left, x);
            right = Math.max(right, x + p.getWidthDirAdj());
            top = Math.min(top, baseline - h);
            bottom = Math.max(bottom, baseline);
        }
        run.clear();
        String word = text.toString().strip();
        if (word.isEmpty()) {
            return;
        }
        int x = Math.round(left);
        int y = Math.round(top);
        Box box = new Box(x, y, Math.max(1, Math.round(right) - x), Math.max(1, Math.round(bottom) - y));
        wordsByPage.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>()).add(new Word(word, box, 1.0));
    }
}
