package org.portcheck.extract.loa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;
import org.portcheck.extract.Block;
import org.portcheck.extract.Field;
import org.portcheck.extract.FieldState;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.SignatureState;
import org.portcheck.extract.ink.InkClassifier;
import org.portcheck.extract.layout.Layout;
import org.portcheck.extract.layout.TextLine;

/**
 * Reads an LOA against the profile its own words name: each field by its label and the words beside it, each
 * initials and signature block by the ink in its place. A fillable PDF's form values come first.
 */
@ApplicationScoped
public class LoaReader {

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d])(?:\\+?1[\\s.\\-]*)?\\(?([2-9]\\d{2})\\)?[\\s.\\-]*(\\d{3})[\\s.\\-]*(\\d{4})(?![\\d])");
    /** "City, ST 12345", tolerating a state OCR half-read ("|A") or lost, and stray dots. */
    private static final Pattern CITY_STATE_ZIP = Pattern.compile(
            "^(.*?)[,.\\s]+(?:([A-Za-z|!1]{2})[.,\\s]+)?(\\d{5}(?:\\s*-\\s*\\d{4})?)\\.?$");

    private final LoaProfiles profiles;
    private final InkClassifier ink;
    private final LoaConfig config;

    @Inject
    public LoaReader(LoaProfiles profiles, InkClassifier ink, LoaConfig config) {
        this.profiles = profiles;
        this.ink = ink;
        this.config = config;
    }

    public LoaFacts read(Document doc) {
        List<Layout> layouts = doc.pages().stream().map(Layout::new).toList();
        LoaProfile profile = recognise(layouts);
        Map<String, Field> fields = new LinkedHashMap<>();
        List<Located> labels = locateLabels(profile, layouts);
        for (LoaProfile.FieldSpec spec : profile.fields()) {
            fields.put(spec.name(), readField(spec, doc, labels));
        }
        splitCityStateZip(fields, profile);
        List<Field> numbers = readNumbers(profile, doc, layouts, labels);
        List<Block> blocks = new ArrayList<>();
        for (LoaProfile.BlockSpec spec : profile.initials()) {
            blocks.add(readBlock(spec, Block.Kind.INITIALS, doc, labels, null));
        }
        for (LoaProfile.BlockSpec spec : profile.signatures()) {
            blocks.add(readBlock(spec, Block.Kind.SIGNATURE, doc, labels, fields));
        }
        return new LoaFacts(profile.name(), doc.pages().size(), doc.source(), fields, numbers, blocks);
    }

    /** The profile whose identifying words (and then labels) the document shows most. */
    LoaProfile recognise(List<Layout> layouts) {
        LoaProfile best = profiles.all().get(0);
        int bestScore = -1;
        for (LoaProfile p : profiles.all()) {
            int score = 0;
            for (Layout l : layouts) {
                for (String phrase : p.recognise()) {
                    score += l.find(phrase).isEmpty() ? 0 : 10;
                }
            }
            for (LoaProfile.FieldSpec f : p.fields()) {
                for (Layout l : layouts) {
                    if (l.findFirst(f.labels()).isPresent()) {
                        score++;
                        break;
                    }
                }
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** A label of the profile found on a page. */
    private record Located(String name, Layout layout, Layout.LabelHit hit) {
        int page() {
            return layout.page().number();
        }

        Box box() {
            return hit.box();
        }
    }

    private List<Located> locateLabels(LoaProfile profile, List<Layout> layouts) {
        List<Located> out = new ArrayList<>();
        for (LoaProfile.FieldSpec f : profile.fields()) {
            firstOnAnyPage(f.labels(), layouts, 0).ifPresent(h -> out.add(new Located(f.name(), h.layout, h.hit)));
        }
        if (profile.numbers() != null) {
            firstOnAnyPage(profile.numbers().labels(), layouts, 0)
                    .ifPresent(h -> out.add(new Located("numbers", h.layout, h.hit)));
        }
        for (LoaProfile.BlockSpec b : profile.initials()) {
            firstOnAnyPage(b.labels(), layouts, b.page()).ifPresent(h -> out.add(new Located(b.name(), h.layout, h.hit)));
        }
        for (LoaProfile.BlockSpec b : profile.signatures()) {
            firstOnAnyPage(b.labels(), layouts, 0).ifPresent(h -> out.add(new Located(b.name(), h.layout, h.hit)));
        }
        return out;
    }

    private record PageHit(Layout layout, Layout.LabelHit hit) {
    }

    private static Optional<PageHit> firstOnAnyPage(List<String> labels, List<Layout> layouts, int onlyPage) {
        for (String label : labels) {
            for (Layout l : layouts) {
                if (onlyPage > 0 && l.page().number() != onlyPage) {
                    continue;
                }
                Optional<Layout.LabelHit> hit = l.findFirst(List.of(label));
                if (hit.isPresent()) {
                    return Optional.of(new PageHit(l, hit.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Field readField(LoaProfile.FieldSpec spec, Document doc, List<Located> labels) {
        Optional<Field> fromForm = formValue(doc, spec.name(), spec.labels());
        if (fromForm.isPresent()) {
            return fromForm.get();
        }
        Optional<Located> label = labels.stream().filter(l -> l.name().equals(spec.name())).findFirst();
        if (label.isEmpty()) {
            return Field.blank(spec.name(), 0, null);
        }
        return valueBeside(spec.name(), label.get(), labels);
    }

    /** A fillable PDF's value for the field: by the profile's field name or by one of its label wordings. */
    private static Optional<Field> formValue(Document doc, String name, List<String> labels) {
        if (doc.formFields().isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : doc.formFields().entrySet()) {
            String key = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            boolean same = key.equalsIgnoreCase(name)
                    || labels.stream().anyMatch(l -> Layout.tokens(l).equals(Layout.tokens(key)));
            if (same) {
                Document.FieldPlace place = doc.formFieldBoxes().get(e.getKey());
                int page = place == null ? 0 : place.page();
                Box box = place == null ? null : place.box();
                String value = e.getValue() == null ? "" : e.getValue().strip();
                return Optional.of(value.isEmpty() ? Field.blank(name, page, box)
                        : new Field(name, value, FieldState.PRESENT, 1.0, page, box));
            }
        }
        return Optional.empty();
    }

    /** The words right of the label on its line, up to the next label; blank or unreadable when none read well. */
    private Field valueBeside(String name, Located label, List<Located> labels) {
        Page page = label.layout().page();
        Box lb = label.box();
        int right = nextLabelLeft(label, labels).orElse(Math.min(page.width() - margin(page),
                printRight(page) + lb.height()));
        Box region = new Box(lb.right(), Math.max(0, lb.y() - lb.height() / 3),
                Math.max(1, right - lb.right()), lb.height() + 2 * lb.height() / 3);
        List<Word> words = label.hit().wordsAfter().stream()
                .filter(w -> w.box().x() >= lb.right() - 1 && w.box().right() <= right + lb.height())
                .filter(w -> !w.text().isBlank() && !isFillerUnderline(w.text()) && !isSpeckle(w))
                .toList();
        if (words.isEmpty()) {
            boolean inked = ink.hasInk(page.image(), scale(region, page));
            return inked ? new Field(name, null, FieldState.UNREADABLE, 0, page.number(), region)
                    : Field.blank(name, page.number(), region);
        }
        String value = words.stream().map(Word::text).collect(Collectors.joining(" ")).strip()
                .replaceAll("^[\\p{Punct}\\s]+", "").replaceAll("[\\s,;:|_]+$", "");
        double confidence = words.stream().mapToDouble(Word::confidence).average().orElse(0);
        Box box = TextLine.boxOf(words);
        if (confidence < config.minValueConfidence() || value.replaceAll("[^\\p{Alnum}]", "").isEmpty()) {
            return new Field(name, null, FieldState.UNREADABLE, confidence, page.number(), box);
        }
        return new Field(name, value, FieldState.PRESENT, confidence, page.number(), box);
    }

    /**
     * Scanner dust that OCR turns into a stray mark or two letters read with little confidence. A sure "&" is no
     * dust: it is part of a business name ("Goldstein & Park CPAs").
     */
    private boolean isSpeckle(Word w) {
        String letters = w.text().replaceAll("[^\\p{Alnum}]", "");
        if (w.text().equals("&")) {
            return w.confidence() < config.minValueConfidence();
        }
        return letters.isEmpty() || (letters.length() <= 2 && w.confidence() < config.minValueConfidence());
    }

    private static boolean isFillerUnderline(String text) {
        return text.chars().allMatch(c -> c == '_' || c == '.' || c == '-');
    }

    /** Left edge of the nearest other label to the right on the same line. */
    private static Optional<Integer> nextLabelLeft(Located label, List<Located> labels) {
        return labels.stream()
                .filter(o -> o != label && o.page() == label.page())
                .filter(o -> o.box().verticalOverlap(label.box()) >= 0.5 && o.box().x() > label.box().right())
                .map(o -> o.box().x())
                .min(Comparator.naturalOrder());
    }

    /**
     * Right edge of the printed text: a photo's page may end before the picture does, and the table or shadow beyond
     * it is no ink of a value. Only sure words of a few letters count (OCR reads a dark edge as stray marks).
     */
    private int printRight(Page page) {
        return page.words().stream()
                .filter(w -> w.confidence() >= config.minValueConfidence()
                        && w.text().replaceAll("[^\\p{Alnum}]", "").length() >= 3)
                .mapToInt(w -> w.box().right()).max().orElse(page.width());
    }

    private static int margin(Page page) {
        return page.width() / 20;
    }

    /** Box units to pixels of the page image. */
    private static Box scale(Box b, Page page) {
        double s = page.imageScale();
        int x = (int) Math.round(b.x() * s);
        int y = (int) Math.round(b.y() * s);
        int w = (int) Math.round(b.width() * s);
        int h = (int) Math.round(b.height() * s);
        if (page.image() != null) {
            x = Math.max(0, Math.min(x, page.image().getWidth() - 1));
            y = Math.max(0, Math.min(y, page.image().getHeight() - 1));
            w = Math.max(1, Math.min(w, page.image().getWidth() - x));
            h = Math.max(1, Math.min(h, page.image().getHeight() - y));
        }
        return new Box(x, y, w, h);
    }

    private static List<Word> scaledWordsIn(Page page, Box region) {
        double s = page.imageScale();
        List<Word> out = new ArrayList<>();
        for (Word w : page.words()) {
            Box b = w.box();
            int cx = b.x() + b.width() / 2;
            int cy = b.centerY();
            if (cx >= region.x() && cx <= region.right() && cy >= region.y() && cy <= region.bottom()) {
                out.add(new Word(w.text(), new Box((int) Math.round(b.x() * s), (int) Math.round(b.y() * s),
                        (int) Math.round(b.width() * s), (int) Math.round(b.height() * s)), w.confidence()));
            }
        }
        return out;
    }

    /** "Springfield, IL 62704" in one field (carrier forms) fills city, state and ZIP. */
    private static void splitCityStateZip(Map<String, Field> fields, LoaProfile profile) {
        Field city = fields.get("city");
        if (city == null || !city.present() || profile.has("state")) {
            return;
        }
        Matcher m = CITY_STATE_ZIP.matcher(city.value().strip());
        if (m.matches()) {
            fields.put("city", new Field("city", m.group(1).strip(), FieldState.PRESENT, city.confidence(), city.page(), city.box()));
            if (m.group(2) != null) {
                fields.put("state", new Field("state", m.group(2).toUpperCase(Locale.ROOT), FieldState.PRESENT,
                        city.confidence(), city.page(), city.box()));
            } else {
                // the field held something: an unread state is for review, not a blank (code 10)
                fields.put("state", new Field("state", null, FieldState.UNREADABLE, city.confidence(), city.page(), city.box()));
            }
            fields.put("zip", new Field("zip", m.group(3), FieldState.PRESENT, city.confidence(), city.page(), city.box()));
        }
    }

    /** Every phone number written from the numbers label down to the next label below it (or the page's end). */
    private List<Field> readNumbers(LoaProfile profile, Document doc, List<Layout> layouts, List<Located> labels) {
        List<Field> out = new ArrayList<>();
        for (Map.Entry<String, String> e : doc.formFields().entrySet()) {
            String key = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            if (key.matches("(?i)number\\d+") && e.getValue() != null && !e.getValue().isBlank()) {
                Document.FieldPlace place = doc.formFieldBoxes().get(e.getKey());
                out.add(new Field("numbersToPort", e.getValue().strip(), FieldState.PRESENT, 1.0,
                        place == null ? 0 : place.page(), place == null ? null : place.box()));
            }
        }
        if (!out.isEmpty() || profile.numbers() == null) {
            return out;
        }
        // Every place the numbers label stands counts: carrier forms print it on page 1 ("see attached list")
        // and again as the title of an attachment page that holds the list.
        for (Layout layout : layouts) {
            for (String wording : profile.numbers().labels()) {
                for (Layout.LabelHit hit : layout.find(wording)) {
                    numbersBelow(layout, hit.box(), labels, out);
                }
            }
        }
        return dedupe(out);
    }

    private static void numbersBelow(Layout layout, Box lb, List<Located> labels, List<Field> out) {
        int page = layout.page().number();
        int bottom = labels.stream()
                .filter(o -> o.page() == page && o.box().y() > lb.bottom() && !o.name().equals("numbers"))
                .map(o -> o.box().y()).min(Comparator.naturalOrder()).orElse(layout.page().height());
        for (TextLine line : layout.lines()) {
            if (line.box().bottom() < lb.y() || line.box().y() >= bottom) {
                continue;
            }
            List<Word> words = line.words().stream()
                    .filter(w -> line.box().verticalOverlap(lb) < 0.5 || w.box().x() >= lb.right() - 1).toList();
            collectNumbers(words, page, out);
        }
    }

    private static List<Field> dedupe(List<Field> numbers) {
        Map<String, Field> byDigits = new LinkedHashMap<>();
        for (Field f : numbers) {
            byDigits.putIfAbsent(f.value().replaceAll("\\D", ""), f);
        }
        return new ArrayList<>(byDigits.values());
    }

    private static void collectNumbers(List<Word> words, int page, List<Field> out) {
        if (words.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (Word w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new int[] {text.length(), text.length() + w.text().length()});
            text.append(w.text());
        }
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            List<Word> used = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (spans.get(i)[1] > m.start() && spans.get(i)[0] < m.end()) {
                    used.add(words.get(i));
                }
            }
            if (markedNotToPort(text.substring(m.end()))) {
                continue;
            }
            double conf = used.stream().mapToDouble(Word::confidence).min().orElse(0);
            out.add(new Field("numbersToPort", m.group(1) + "-" + m.group(2) + "-" + m.group(3), FieldState.PRESENT,
                    conf, page, TextLine.boxOf(used)));
        }
    }

    /** A list row that says "No" (in a "Port?" column) after the number names a line kept, not one to port. */
    private static boolean markedNotToPort(String rest) {
        List<String> tokens = Layout.tokens(rest);
        int upTo = Math.min(tokens.size(), 3);
        return tokens.subList(0, upTo).contains("no") && !tokens.subList(0, upTo).contains("yes");
    }

    private Block readBlock(LoaProfile.BlockSpec spec, Block.Kind kind, Document doc, List<Located> labels,
                            Map<String, Field> fields) {
        Optional<Located> label = labels.stream().filter(l -> l.name().equals(spec.name())).findFirst();
        if (label.isEmpty()) {
            if (fields != null && spec.dateField() != null) {
                fields.put(spec.dateField(), Field.blank(spec.dateField(), 0, null));
            }
            return new Block(spec.name(), kind, SignatureState.EMPTY, 0, null);
        }
        Located at = label.get();
        Page page = at.layout().page();
        Box lb = at.box();
        double inch = page.source() == Source.OCR ? page.dpi() : 72.0;
        Optional<Layout.LabelHit> date = spec.dateField() == null ? Optional.empty()
                : at.layout().find("Date").stream()
                // on a photo the row may slope: the layout's own line joins what box overlap alone would split
                .filter(h -> (h.line() == at.hit().line() || h.box().verticalOverlap(lb) >= 0.5)
                        && h.box().x() > lb.right())
                .min(Comparator.comparingInt(h -> h.box().x()));
        int right = date.map(h -> h.box().x()).orElse(Math.min(page.width() - margin(page),
                lb.right() + (int) (inch * (kind == Block.Kind.INITIALS ? config.initialsWidthInches()
                        : config.signatureWidthInches()))));
        int above = (int) (inch * (kind == Block.Kind.INITIALS ? config.initialsHeightInches() / 2
                : config.signatureHeightInches()));
        int top = Math.max(lb.bottom() - above, previousLabelBottom(at, labels));
        int bottom = Math.min(page.height(), lb.bottom() + (int) (inch * (kind == Block.Kind.INITIALS
                ? config.initialsHeightInches() / 2 : config.belowLineInches())));
        Box region = new Box(lb.right() + (int) (inch * 0.05), Math.max(0, top),
                Math.max(1, right - lb.right() - (int) (inch * 0.1)), Math.max(1, bottom - top));
        List<Word> words = new ArrayList<>(scaledWordsIn(page, region));
        Optional<Field> typed = formValue(doc, spec.name(), List.of());
        // a form field's value is drawn into the page by its appearance: machine text where the field's box is, which
        // the text layer does not list; a hand signature stamped beside it is ink the field's box does not cover
        typed.filter(f -> f.present() && f.page() == page.number() && f.box() != null && !Box.NONE.equals(f.box()))
                .ifPresent(f -> words.add(new Word(f.value(), scale(f.box(), page), 1.0)));
        SignatureState state = ink.classify(page.image(), scale(region, page), words);
        if (state == SignatureState.EMPTY && typed.isPresent() && typed.get().present()) {
            state = SignatureState.TYPED;
        }
        if (fields != null && spec.dateField() != null) {
            Field dateValue = formValue(doc, spec.dateField(), List.of()).orElseGet(() -> date
                    .map(h -> valueBeside(spec.dateField(), new Located(spec.dateField(), at.layout(), h), labels))
                    .orElse(Field.blank(spec.dateField(), page.number(), null)));
            fields.put(spec.dateField(), dateValue);
        }
        return new Block(spec.name(), kind, state, page.number(), region);
    }

    /** Bottom of the nearest label above on the same page, so a block's region never reaches into the row above. */
    private static int previousLabelBottom(Located at, List<Located> labels) {
        return labels.stream()
                .filter(o -> o != at && o.page() == at.page() && o.box().bottom() <= at.box().y())
                .map(o -> o.box().bottom()).max(Comparator.naturalOrder()).orElse(0);
    }
}
