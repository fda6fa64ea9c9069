package org.portcheck.extract.bill;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;

/**
 * Whether a bill can be read with confidence (code 160). Text-layer pages always can. OCR pages cannot when the
 * words' mean confidence is low, when the text is too small for the resolution (the median word is only a few
 * pixels tall) or when a page with ink on it gave almost no words.
 */
final class Legibility {

    record Verdict(boolean legible, String reason, double meanConfidence) {
    }

    private final BillConfig config;

    Legibility(BillConfig config) {
        this.config = config;
    }

    Verdict judge(Document doc) {
        List<Word> words = new ArrayList<>();
        List<Word> ocrWords = new ArrayList<>();
        List<Double> sourceHeights = new ArrayList<>();
        for (Page p : doc.pages()) {
            words.addAll(p.words());
            if (p.source() == Source.OCR) {
                ocrWords.addAll(p.words());
                // text height in pixels of the file as sent: an enlarged low-resolution picture is no sharper
                p.words().forEach(w -> sourceHeights.add(w.box().height() / p.upscaled()));
            }
        }
        double mean = Word.meanConfidence(words);
        boolean anyText = words.stream().anyMatch(w -> !w.text().isEmpty());
        for (Page p : doc.pages()) {
            if (p.source() == Source.OCR && p.words().size() < config.minWordsOnInkedPage() && hasInk(p)) {
                return new Verdict(false, "page " + p.number() + " has print but almost no words could be read",
                        mean);
            }
        }
        if (ocrWords.isEmpty()) {
            return new Verdict(anyText, anyText ? null : "no words on the bill", mean);
        }
        double ocrMean = Word.meanConfidence(ocrWords);
        if (ocrMean < config.minMeanConfidence()) {
            return new Verdict(false, String.format("OCR confidence %.2f is below %.2f", ocrMean,
                    config.minMeanConfidence()), mean);
        }
        double median = sourceHeights.stream().mapToDouble(Double::doubleValue).sorted()
                .skip(Math.max(0, (sourceHeights.size() - 1) / 2)).findFirst().orElse(0);
        if (median < config.minMedianWordHeightPx()) {
            return new Verdict(false, String.format("text is %.0f px high, too small for its resolution (at least %.0f)",
                    median, config.minMedianWordHeightPx()), mean);
        }
        return new Verdict(true, null, mean);
    }

    /** A page without a picture is taken to have ink: its words were read from something. */
    private boolean hasInk(Page page) {
        BufferedImage img = page.image();
        if (img == null) {
            return true;
        }
        int step = Math.max(1, config.inkSampleStep());
        long dark = 0;
        long seen = 0;
        for (int y = 0; y < img.getHeight(); y += step) {
            for (int x = 0; x < img.getWidth(); x += step) {
                int rgb = img.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (grey < config.inkGreyLevel()) {
                    dark++;
                }
                seen++;
            }
        }
        return seen > 0 && dark / (double) seen >= config.minInkShare();
    }
}
