package org.portcheck.extract.bill;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.Word;
import org.portcheck.extract.Address;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.Feature;
import org.portcheck.extract.Field;
import org.portcheck.extract.FieldState;
import org.portcheck.extract.Line;
import org.portcheck.extract.carrier.CarrierMatch;
import org.portcheck.extract.carrier.CarrierTable;
import org.portcheck.extract.normalize.Addresses;
import org.portcheck.extract.normalize.Dates;

/**
 * Reads any carrier's phone bill from its words and boxes: carrier, statement date, account number, customer name,
 * service and billing addresses, the account's lines and the features it states. Everything is found by labels and
 * wording, never by position on the page, so a text-layer PDF, a scan and a screenshot read alike.
 */
@ApplicationScoped
public class BillReader {

    public static final String CARRIER = "carrier";
    public static final String STATEMENT_DATE = "statementDate";
    public static final String ACCOUNT_NUMBER = "accountNumber";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String SERVICE_ADDRESS = "serviceAddress";
    public static final String BILLING_ADDRESS = "billingAddress";

    private static final Pattern ACCOUNT_TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./-]*");
    private static final int MIN_ACCOUNT_DIGITS = 4;
    private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}][\\p{L}.'\u2019&-]*,?|&|and");
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern NAME_STOP_WORDS = Pattern.compile("(?i)^(account|number|service|address|bill|billing"
            + "|date|phone|page|statement|amount|due|total|invoice|summary|not|none|n/a)$");
    private static final Pattern CITY_LINE = Pattern.compile(",?\\s*\\b([A-Z]{2})\\.?\\s+\\d{5}(?:-\\d{4})?\\s*$");
    private static final Pattern ZIP_END = Pattern.compile("\\b\\d{5}(?:-\\d{4})?\\s*$");
    private static final Pattern STREET_START = Pattern.compile("(?i)^\\s*(?:\\d|p\\.?\\s*o\\.?\\s*box|post\\s+office"
            + "|rr\\s*\\d|rural\\s+route|one\\s|two\\s)");

    private final CarrierTable carriers;
    private final BillConfig config;
    private final RegionRereader rereader;

    @Inject
    public BillReader(CarrierTable carriers, BillConfig config, RegionRereader rereader) {
        this.carriers = carriers;
        this.config = config;
        this.rereader = rereader;
    }

    /** A reader of the words as they are, that reads no part of a page again. */
    public BillReader(CarrierTable carriers, BillConfig config) {
        this(carriers, config, null);
    }

    public BillFacts read(Document doc) {
        Legibility.Verdict verdict = new Legibility(config).judge(doc);
        BillFacts facts = read(doc, verdict);
        boolean missing = facts.statementDate().state() == FieldState.BLANK
                || facts.accountNumber().state() == FieldState.BLANK
                || facts.serviceAddress().state() == FieldState.BLANK;
        if (rereader != null && verdict.legible() && missing) {
            Document again = rereader.reread(doc);
            if (again != doc) {
                return read(again, verdict);
            }
        }
        return facts;
    }

    private BillFacts read(Document doc, Legibility.Verdict verdict) {
        Layout layout = Layout.of(doc, config);
        Labels labels = new Labels(layout);

        Field carrier = carrier(layout);
        Field date = statementDate(labels);
        List<Span> taken = new ArrayList<>();
        Field account = accountNumber(labels, taken);
        Block service = firstBlock(labels, Labels.SERVICE_ADDRESS, SERVICE_ADDRESS, layout);
        if (service == null) {
            service = firstBlock(labels.findFuzzy(Labels.SERVICE_ADDRESS_WORDS), SERVICE_ADDRESS, layout, labels);
        }
        Block billing = firstBlock(labels, Labels.BILLING_ADDRESS, BILLING_ADDRESS, layout);
        if (billing == null) {
            billing = unlabelledBlock(layout, service);
        }
        Field name = customerName(labels);
        if (!name.present() && billing != null && billing.name() != null) {
            name = billing.name().field(CUSTOMER_NAME, billing.name().text().replaceAll(",$", ""),
                    config.fieldMinConfidence());
        }
        List<Line> lines = new LineFinder(layout, config).find(taken);
        List<Feature> features = new FeatureFinder(layout).find();

        Log.debugf("Bill read: %d pages, legible=%s, %d lines, %d features", doc.pages().size(), verdict.legible(),
                lines.size(), features.size());
        return new BillFacts(doc.pages().size(), doc.source(), verdict.legible(), verdict.reason(),
                verdict.meanConfidence(), carrier, date, account, name,
                service == null ? blank(SERVICE_ADDRESS) : service.field(), service == null ? null : service.address(),
                billing == null ? blank(BILLING_ADDRESS) : billing.field(), billing == null ? null : billing.address(),
                lines, features);
    }

    private static Field blank(String name) {
        return Field.blank(name, 0, Box.NONE);
    }

    private Field carrier(Layout layout) {
        int pages = layout.lines.stream().mapToInt(l -> l.page).max().orElse(0);
        for (int p = 1; p <= pages; p++) {
            List<Word> words = new ArrayList<>();
            List<Word> all = new ArrayList<>();
            for (TextLine l : layout.lines) {
                if (l.page == p) {
                    words.addAll(l.words);
                    all.addAll(l.words);
                }
            }
            Optional<CarrierMatch> m = carriers.findIn(words, p);
            if (m.isPresent()) {
                double conf = all.stream().filter(w -> w.box().intersects(m.get().box()) || m.get().box().equals(Box.NONE))
                        .mapToDouble(Word::confidence).average().orElse(1);
                return new Field(CARRIER, m.get().carrier().name(),
                        conf < config.fieldMinConfidence() ? FieldState.UNREADABLE : FieldState.PRESENT, conf, p,
                        m.get().box());
            }
        }
        return blank(CARRIER);
    }

    private Field statementDate(Labels labels) {
        for (Labels.Hit hit : labels.find(Labels.STATEMENT_DATE)) {
            for (Span c : labels.candidates(hit)) {
                Optional<Field> f = date(c, false);
                if (f.isPresent()) {
                    return f.get();
                }
            }
        }
        // No date of issue: the end of the billing period stands in for it.
        for (Labels.Hit hit : labels.find(Labels.PERIOD)) {
            for (Span c : labels.candidates(hit)) {
                Optional<Field> f = date(c, true);
                if (f.isPresent()) {
                    return f.get();
                }
            }
        }
        return blank(STATEMENT_DATE);
    }

    private Optional<Field> date(Span c, boolean last) {
        int end = Labels.nextLabel(c.line().text, c.from());
        List<Dates.Found> found = Dates.findAll(c.line().text.substring(c.from(), end));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Dates.Found d = last ? found.get(found.size() - 1) : found.get(0);
        Span s = new Span(c.line(), c.from() + d.start(), c.from() + d.end());
        LocalDate date = d.date();
        return Optional.of(s.field(STATEMENT_DATE, date.toString(), config.fieldMinConfidence()));
    }

    private Field accountNumber(Labels labels, List<Span> taken) {
        Field f = accountNumber(labels, labels.find(Labels.ACCOUNT), taken);
        // Only when no label reads as printed: one whose words OCR slipped on ("ACCOUNT NO." stamped over).
        for (int i = 0; i < Labels.ACCOUNT_WORDS.size() && f.state() == FieldState.BLANK; i++) {
            f = accountNumber(labels, labels.findFuzzyPhrase(Labels.ACCOUNT_WORDS.get(i)), taken);
        }
        return f;
    }

    private Field accountNumber(Labels labels, List<Labels.Hit> hits, List<Span> taken) {
        for (Labels.Hit hit : hits) {
            for (Span c : labels.candidates(hit)) {
                String text = c.line().text;
                int end = Labels.nextLabel(text, c.from());
                Matcher m = ACCOUNT_TOKEN.matcher(text).region(c.from(), end);
                int from = -1;
                int to = -1;
                int digits = 0;
                int pos = c.from();
                while (m.find()) {
                    boolean onlyGap = text.substring(pos, m.start()).matches("[\\s#:]*");
                    if (!onlyGap || !m.group().matches(".*\\d.*")) {
                        break;
                    }
                    from = from < 0 ? m.start() : from;
                    to = m.end();
                    digits += m.group().replaceAll("\\D", "").length();
                    pos = m.end();
                }
                if (from >= 0 && digits >= MIN_ACCOUNT_DIGITS) {
                    while (to > from && ".-/".indexOf(text.charAt(to - 1)) >= 0) {
                        to--;
                    }
                    Span s = new Span(c.line(), from, to);
                    taken.add(s);
                    return s.field(ACCOUNT_NUMBER, s.text(), config.fieldMinConfidence());
                }
            }
        }
        return blank(ACCOUNT_NUMBER);
    }

    private Field customerName(Labels labels) {
        for (Labels.Hit hit : labels.find(Labels.NAME)) {
            for (Span c : labels.candidates(hit)) {
                Optional<Span> name = name(c);
                if (name.isPresent()) {
                    return name.get().field(CUSTOMER_NAME, name.get().text().replaceAll(",$", ""),
                            config.fieldMinConfidence());
                }
            }
        }
        return blank(CUSTOMER_NAME);
    }

    /** A person's or business's name at the start of the span: letters only, a few words. */
    private static Optional<Span> name(Span c) {
        String text = c.line().text;
        int end = Labels.nextLabel(text, c.from());
        Matcher m = Pattern.compile("\\S+").matcher(text).region(c.from(), end);
        int from = -1;
        int to = -1;
        int words = 0;
        boolean letters = false;
        while (m.find() && words < MAX_NAME_WORDS) {
            String w = m.group();
            if (!NAME_TOKEN.matcher(w).matches() || NAME_STOP_WORDS.matcher(w.replaceAll("[,:]$", "")).matches()) {
                break;
            }
            from = from < 0 ? m.start() : from;
            to = m.end();
            words++;
            letters |= w.replaceAll("[^\\p{L}]", "").length() >= 2;
            if (w.endsWith(",") && words > 1 && !text.substring(m.end()).strip()
                    .matches("(?i)^(inc|llc|ltd|corp|jr|sr|ii|iii|co)\\b.*")) {
                break;
            }
        }
        return from >= 0 && letters ? Optional.of(new Span(c.line(), from, to)) : Optional.empty();
    }

    /** An address block: the spans it was read from, an optional name line, the parsed address. */
    private record Block(String fieldName, List<Span> pieces, Span name, Address address) {

        Field field() {
            Box box = null;
            double conf = 0;
            List<String> texts = new ArrayList<>();
            for (Span s : pieces) {
                box = box == null ? s.box() : box.union(s.box());
                conf += s.confidence();
                texts.add(s.text());
            }
            conf /= pieces.size();
            return new Field(fieldName, String.join(", ", texts), FieldState.PRESENT, conf, pieces.get(0).line().page,
                    box);
        }
    }

    private Block firstBlock(Labels labels, Pattern label, String fieldName, Layout layout) {
        return firstBlock(labels.find(label), fieldName, layout, labels);
    }

    private Block firstBlock(List<Labels.Hit> hits, String fieldName, Layout layout, Labels labels) {
        for (Labels.Hit hit : hits) {
            Block b = block(hit, labels, layout, fieldName);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    private Block block(Labels.Hit hit, Labels labels, Layout layout, String fieldName) {
        List<Span> pieces = new ArrayList<>();
        List<Span> candidates = labels.candidates(hit);
        TextLine current = hit.segment();
        Box column = hit.box();
        for (Span c : candidates) {
            if (c.line() == hit.segment() || c.line().box.y() < hit.segment().box.bottom()) {
                int end = Labels.nextLabel(c.line().text, c.from());
                Span s = new Span(c.line(), c.from(), end);
                if (!s.text().isBlank() && !Labels.startsWithLabel(s.text())) {
                    pieces.add(s);
                    current = c.line();
                    column = column.union(s.box());
                    break;
                }
            }
        }
        while (pieces.size() < config.addressMaxLines()
                && (pieces.isEmpty() || !ZIP_END.matcher(pieces.get(pieces.size() - 1).text()).find())) {
            List<TextLine> below = layout.below(current, column);
            if (below.isEmpty()) {
                break;
            }
            TextLine next = below.get(0);
            if (Labels.startsWithLabel(next.text) || Labels.REMIT.matcher(next.text).find()
                    || LineFinder.PHONE.matcher(next.text).find()) {
                break;
            }
            pieces.add(new Span(next, 0, next.text.length()));
            current = next;
            column = column.union(next.box);
        }
        return toBlock(pieces, fieldName);
    }

    private Block toBlock(List<Span> pieces, String fieldName) {
        if (pieces.isEmpty()) {
            return null;
        }
        Span name = null;
        List<Span> address = new ArrayList<>(pieces);
        // Names sit above the street: "JANE PUBLIC / 123 MAIN ST / SPRINGFIELD IL 62704".
        while (address.size() > 1 && !STREET_START.matcher(address.get(0).text()).find()
                && !address.get(0).text().matches(".*\\d.*")) {
            Span dropped = address.remove(0);
            name = name == null ? dropped : name;
        }
        Address parsed = Addresses.parse(address.stream().map(Span::text).toList());
        if (parsed.line1() == null && parsed.zip() == null) {
            return null;
        }
        return new Block(fieldName, address, name, parsed);
    }

    /** The customer's address window printed without a label: name, street, "City ST ZIP". */
    private Block unlabelledBlock(Layout layout, Block exclude) {
        for (TextLine seg : layout.segments) {
            Matcher m = CITY_LINE.matcher(seg.text);
            if (!m.find() || Addresses.stateCode(m.group(1)).isEmpty()) {
                continue;
            }
            if (exclude != null && exclude.pieces().stream().anyMatch(p -> p.line() == seg)) {
                continue;
            }
            List<TextLine> above = layout.above(seg, 3);
            if (above.isEmpty() || above.stream().anyMatch(a -> Labels.REMIT.matcher(a.text).find())) {
                continue;
            }
            List<Span> pieces = new ArrayList<>();
            int i = 0;
            while (i < above.size() && !STREET_START.matcher(above.get(i).text).find()
                    && i < 1 && above.get(i).text.matches(".*\\d.*")) {
                i++;
            }
            if (i >= above.size() || !STREET_START.matcher(above.get(i).text).find()) {
                continue;
            }
            TextLine street = above.get(i);
            if (i + 1 < above.size()) {
                TextLine nameLine = above.get(i + 1);
                boolean close = street.box.y() - nameLine.box.bottom()
                        < config.maxGapBelowLineHeights() * street.height();
                if (close && !nameLine.text.matches(".*\\d.*") && !Labels.startsWithLabel(nameLine.text)
                        && carriers.findIn(nameLine.text).isEmpty()) {
                    pieces.add(new Span(nameLine, 0, nameLine.text.length()));
                } else if (close && carriers.findIn(nameLine.text).isPresent()) {
                    continue;   // the carrier's own address
                }
            }
            for (int k = i; k >= 0; k--) {
                pieces.add(new Span(above.get(k), 0, above.get(k).text.length()));
            }
            pieces.add(new Span(seg, 0, seg.text.length()));
            Block b = toBlock(pieces, BILLING_ADDRESS);
            if (b != null) {
                return b;
            }
        }
        return null;
    }
}
