package org.portcheck.extract.bill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Word;

/**
 * A document's words as lines and column segments, in reading order. Works from boxes alone, so a text-layer page
 * and an OCR page look alike here.
 */
final class Layout {

    /** Whole lines, page by page, top to bottom. */
    final List<TextLine> lines;
    /** Segments (a line cut at wide gaps), in the same order, left to right within a line. */
    final List<TextLine> segments;
    private final BillConfig config;

    private Layout(List<TextLine> lines, List<TextLine> segments, BillConfig config) {
        this.lines = List.copyOf(lines);
        this.segments = List.copyOf(segments);
        this.config = config;
    }

    static Layout of(Document doc, BillConfig config) {
        List<TextLine> lines = new ArrayList<>();
        List<TextLine> segments = new ArrayList<>();
        for (Page page : doc.pages()) {
            for (TextLine line : group(page, config.lineMinVerticalOverlap(), config.tallWordMedianHeights())) {
                lines.add(line);
                segments.addAll(line.segments(config.columnGapLineHeights()));
            }
        }
        return new Layout(lines, segments, config);
    }

    private static List<TextLine> group(Page page, double minOverlap, double tallHeights) {
        List<Word> words = new ArrayList<>(page.words());
        words.removeIf(w -> w.text().isBlank());
        words.sort(Comparator.comparingInt((Word w) -> w.box().y()).thenComparingInt(w -> w.box().x()));
        int[] heights = words.stream().mapToInt(w -> w.box().height()).sorted().toArray();
        double tall = heights.length == 0 ? Double.MAX_VALUE : tallHeights * heights[heights.length / 2];
        List<List<Word>> rows = new ArrayList<>();
        List<org.portcheck.document.Box> bands = new ArrayList<>();
        for (Word w : words) {
            int best = -1;
            double bestOverlap = minOverlap;
            // A logo, a rule or a smudge read as one tall "word" overlaps several text lines: it would glue them
            // into one row, so it stands alone and takes no other word.
            boolean isTall = w.box().height() > tall;
            // Only recent rows can take the word: words come top-down.
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 8 && !isTall; i--) {
                if (bands.get(i).height() > tall) {
                    continue;
                }
                // Compared with the row's word nearest to it sideways: a photographed line runs at a slant.
                double o = nearest(rows.get(i), w).box().verticalOverlap(w.box());
                if (o >= bestOverlap) {
                    best = i;
                    bestOverlap = o;
                }
            }
            if (best < 0) {
                rows.add(new ArrayList<>(List.of(w)));
                bands.add(w.box());
            } else {
                rows.get(best).add(w);
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (List<Word> row : rows) {
            row.sort(Comparator.comparingInt(w -> w.box().x()));
            out.add(new TextLine(page.number(), row));
        }
        out.sort(Comparator.comparingInt((TextLine l) -> l.box.centerY()));
        return out;
    }

    private static Word nearest(List<Word> row, Word w) {
        Word best = row.get(0);
        int bestGap = Integer.MAX_VALUE;
        for (Word r : row) {
            int gap = Math.max(r.box().x() - w.box().right(), w.box().x() - r.box().right());
            if (gap < bestGap) {
                best = r;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The segments of the line just below {@code from} on the same page that share its column, nearest first. */
    List<TextLine> below(TextLine from, org.portcheck.document.Box column) {
        List<TextLine> out = new ArrayList<>();
        int maxGap = (int) Math.round(config.maxGapBelowLineHeights() * from.height());
        for (TextLine s : segments) {
            if (s.page != from.page || s.box.y() <= from.box.centerY() + from.height() / 4) {
                continue;
            }
            int gap = s.box.y() - from.box.bottom();
            if (gap > maxGap) {
                continue;
            }
            if (s.overlapsColumn(column, 0)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(s -> s.box.y()));
        if (out.size() > 1) {
            // Only the nearest line below.
            int y = out.get(0).box.y();
            out.removeIf(s -> s.box.y() - y > s.height() / 2);
        }
        return out;
    }

    /** The next segment to the right on the same line. */
    TextLine rightOf(TextLine seg) {
        TextLine best = null;
        for (TextLine s : segments) {
            if (s.page == seg.page && s != seg && s.box.x() >= seg.box.right()
                    && sameLine(seg.words.get(seg.words.size() - 1), s.words.get(0))
                    && (best == null || s.box.x() < best.box.x())) {
                best = s;
            }
        }
        return best;
    }

    /** Two segments' facing words share a line: on a slanted photo their whole boxes may not. */
    private boolean sameLine(Word left, Word right) {
        return left.box().verticalOverlap(right.box()) >= config.lineMinVerticalOverlap();
    }

    /** The next segment to the left on the same line. */
    TextLine leftOf(TextLine seg) {
        TextLine best = null;
        for (TextLine s : segments) {
            if (s.page == seg.page && s != seg && s.box.right() <= seg.box.x()
                    && sameLine(s.words.get(s.words.size() - 1), seg.words.get(0))
                    && (best == null || s.box.right() > best.box.right())) {
                best = s;
            }
        }
        return best;
    }

    /** Segments above {@code seg} on its page that share its column, nearest first, at most {@code n}. */
    List<TextLine> above(TextLine seg, int n) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine s : segments) {
            if (s.page == seg.page && s.box.bottom() <= seg.box.centerY() && s.box.centerY() < seg.box.y()
                    && s.overlapsColumn(seg.box, 0)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt((TextLine s) -> s.box.y()).reversed());
        return out.size() > n ? out.subList(0, n) : out;
    }
}
