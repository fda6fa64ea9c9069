package org.portcheck.qa;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.portcheck.document.Box;

/**
 * What one case gave: the codes against the expected ones, the evidence, the pages with their thumbnails, and how
 * long it took. A case whose request failed has {@code error} set, no codes, and counts as differing.
 */
public record CaseResult(String name, String note, SortedSet<Integer> expected, SortedSet<Integer> got, String error,
                         String format, List<Mark> marks, List<DocumentShot> documents, long wallMs, Long ocrMs) {

    public CaseResult {
        Objects.requireNonNull(name, "name");
        expected = new TreeSet<>(expected);
        got = new TreeSet<>(got);
        marks = List.copyOf(marks);
        documents = List.copyOf(documents);
    }

    /** A piece of evidence of a code, or (code null) a review item; box in the units of its page. */
    public record Mark(Integer code, String document, Integer page, String field, String detail, Box box) {

        public boolean drawable() {
            return document != null && page != null && box != null && box.width() > 0 && box.height() > 0;
        }
    }

    /** One document of the case as the service read it; format names its file type and how it was read. */
    public record DocumentShot(String name, String format, String source, List<PageShot> pages) {

        public DocumentShot {
            pages = List.copyOf(pages);
        }
    }

    /**
     * One page: its size in box units and a small PNG of it (base64, null when the server no longer kept it).
     * Boxes are placed on the thumbnail as fractions of width and height, so its pixel size does not matter.
     */
    public record PageShot(int page, int width, int height, String source, String png) {
    }

    public boolean passed() {
        return error == null && expected.equals(got);
    }

    public SortedSet<Integer> missing() {
        TreeSet<Integer> m = new TreeSet<>(expected);
        m.removeAll(got);
        return m;
    }

    public SortedSet<Integer> extra() {
        TreeSet<Integer> e = new TreeSet<>(got);
        e.removeAll(expected);
        return e;
    }

    /** The marks drawn on one page of one document. */
    public List<Mark> marksOn(String document, int page) {
        return marks.stream().filter(Mark::drawable)
                .filter(m -> m.document().equals(document) && m.page() == page).toList();
    }
}
