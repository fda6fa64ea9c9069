package org.portcheck.extract.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.portcheck.document.Box;
import org.portcheck.document.Page;
import org.portcheck.document.Word;
import org.portcheck.extract.normalize.OcrSlips;

/**
 * A page's words grouped into lines, and labels found in them by wording. OCR and text layers both give words with
 * boxes, so everything that reads a form by its labels works the same on either.
 */
public final class Layout {

    private static final double SAME_LINE_OVERLAP = 0.5;

    private final Page page;
    private final List<TextLine> lines;

    public Layout(Page page) {
        this.page = page;
        this.lines = group(page);
    }

    public Page page() {
        return page;
    }

    public List<TextLine> lines() {
        return lines;
    }

    private static List<TextLine> group(Page page) {
        List<Word> words = new ArrayList<>(page.words());
        words.removeIf(w -> w.text().isBlank());
        words.sort(Comparator.comparingInt((Word w) -> w.box().centerY()).thenComparingInt(w -> w.box().x()));
        List<List<Word>> groups = new ArrayList<>();
        for (Word w : words) {
            List<Word> home = null;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; i--) {
                Box lineBox = TextLine.boxOf(groups.get(i));
                if (lineBox.verticalOverlap(w.box()) >= SAME_LINE_OVERLAP) {
                    home = groups.get(i);
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(w);
        }
        List<TextLine> out = new ArrayList<>();
        for (List<Word> g : groups) {
            g.sort(Comparator.comparingInt(w -> w.box().x()));
            out.add(new TextLine(page.number(), g, TextLine.boxOf(g)));
        }
        out.sort(Comparator.comparingInt(l -> l.box().y()));
        return List.copyOf(out);
    }

    /** Where a label was found: its words on one line. */
    public record LabelHit(TextLine line, int firstWord, int lastWord, Box box, boolean endsWithColon) {

        public List<Word> wordsAfter() {
            return line.words().subList(lastWord + 1, line.words().size());
        }
    }

    /** Every place where the label's tokens appear as consecutive words of one line. */
    public List<LabelHit> find(String label) {
        List<String> want = tokens(label);
        List<LabelHit> hits = new ArrayList<>();
        if (want.isEmpty()) {
            return hits;
        }
        for (TextLine line : lines) {
            List<List<String>> wordTokens = new ArrayList<>();
            for (Word w : line.words()) {
                wordTokens.add(tokens(w.text()));
            }
            for (int start = 0; start < line.words().size(); start++) {
                int end = match(wordTokens, start, want);
                if (end >= 0) {
                    List<Word> ws = line.words().subList(start, end + 1);
                    boolean colon = ws.get(ws.size() - 1).text().strip().endsWith(":");
                    hits.add(new LabelHit(line, start, end, TextLine.boxOf(ws), colon));
                }
            }
        }
        return hits;
    }

    /** The best hit of the first label wording that appears: one ending in a colon, else the first. */
    public Optional<LabelHit> findFirst(List<String> labels) {
        for (String label : labels) {
            List<LabelHit> hits = find(label);
            if (!hits.isEmpty()) {
                return Optional.of(hits.stream().filter(LabelHit::endsWithColon).findFirst().orElse(hits.get(0)));
            }
        }
        return Optional.empty();
    }

    /** Index of the last word used when the tokens {@code want} start at word {@code start}, else -1. */
    private static int match(List<List<String>> wordTokens, int start, List<String> want) {
        int t = 0;
        int w = start;
        while (t < want.size()) {
            if (w >= wordTokens.size()) {
                return -1;
            }
            List<String> have = wordTokens.get(w);
            if (have.isEmpty()) {
                if (w == start) {
                    return -1;
                }
                w++;
                continue;
            }
            for (String tok : have) {
                if (t >= want.size() || !similar(tok, want.get(t))) {
                    return -1;
                }
                t++;
            }
            w++;
        }
        return w - 1;
    }

    /** Equal, or one edit apart for words of five letters or more (an OCR slip). */
    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 5 && OcrSlips.oneEditApart(a, b);
    }

    /** Lower-case runs of letters, digits and '#'; everything else separates. */
    public static List<String> tokens(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '#') {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
