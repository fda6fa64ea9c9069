package org.portcheck.extract.bill;

import java.util.ArrayList;
import java.util.List;
import org.portcheck.document.Box;
import org.portcheck.document.Word;

/**
 * Words that stand on one line of a page, left to right, with their text joined by single spaces so that patterns
 * can run over it and each character range maps back to the words (and so the box and confidence) it came from.
 */
final class TextLine {

    final int page;
    final List<Word> words;
    final Box box;
    final String text;
    private final int[] starts;

    TextLine(int page, List<Word> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line needs words");
        }
        this.page = page;
        this.words = List.copyOf(words);
        this.starts = new int[words.size()];
        StringBuilder sb = new StringBuilder();
        Box b = null;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(words.get(i).text());
            b = b == null ? words.get(i).box() : b.union(words.get(i).box());
        }
        this.text = sb.toString();
        this.box = b;
    }

    int height() {
        return Math.max(1, box.height());
    }

    /** The words any character of [from, to) belongs to. */
    List<Word> wordsIn(int from, int to) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int s = starts[i];
            int e = s + words.get(i).text().length();
            if (s < to && e > from) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    Box boxOf(int from, int to) {
        Box b = null;
        for (Word w : wordsIn(from, to)) {
            b = b == null ? w.box() : b.union(w.box());
        }
        return b == null ? Box.NONE : b;
    }

    double confidenceOf(int from, int to) {
        List<Word> ws = wordsIn(from, to);
        return ws.isEmpty() ? 0 : ws.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    /** Splits where the gap between two words is wider than {@code gapHeights} line heights: columns of a layout. */
    List<TextLine> segments(double gapHeights) {
        List<TextLine> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double maxGap = gapHeights * height();
        for (Word w : words) {
            if (!current.isEmpty() && w.box().x() - current.get(current.size() - 1).box().right() > maxGap) {
                out.add(new TextLine(page, current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        out.add(new TextLine(page, current));
        return out;
    }

    /** Whether the two overlap horizontally (with {@code slack} box units of tolerance). */
    boolean overlapsColumn(Box other, int slack) {
        return box.x() - slack < other.right() && other.x() - slack < box.right();
    }

    @Override
    public String toString() {
        return "p" + page + "@" + box.y() + ": " + text;
    }
}
