package org.portcheck.extract.bill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcheck.extract.Line;
import org.portcheck.extract.normalize.Nanp;
import org.portcheck.extract.normalize.PhoneNumbers;

/**
 * The telephone numbers that a bill lists as lines of the account. A number is a line when the words around it
 * say so ("Your lines", "Phone number", "Services for", "Line 1", a table under such a heading); it is the
 * provider's own number when they say "call", "customer service", "repair", "TTY", "pay by phone", a web address…
 * A toll-free number is judged the same way: listed as a line, it is a line.
 *
 * <p>A heading says what the numbers of its own section are, and a section ends at a wide blank gap: the contact
 * numbers in a bill's footer are not rows of the lines table printed further up, however many lines lie between.
 * And a toll-free number printed dial-ready with its trunk prefix ("1-800-347-1991") behind a label of its own that
 * names no line ("Service:", "Sales:") is the provider's contact number, whatever heading stands above it: a photo or
 * fax often loses the "Customer" of "Customer Service:". Without such a label it is judged as any number, so a row
 * "1-888-321-7788   Toll-free number" of a lines table stays a line.
 */
final class LineFinder {

    static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\+?1[\\s.\\-]*)?\\(?\\s*[2-9]\\d{2}\\s*\\)?"
            + "[\\s.\\-]*[2-9]\\d{2}[\\s.\\-]*\\d{4}(?![\\p{N}])");
    private static final Pattern SERVICE_CUES = Pattern.compile("(?i)(?:\\b(?:call(?:ing)?(?!\\s+(?:plan|features?|id|waiting|forwarding|minutes))|dial|text(?:ing)?"
            + "|customer\\s+(?:service|care|support)|questions?|repairs?|trouble|outages?|visit|contact|tty|tdd"
            + "|relay|hearing|speech|pay\\s+by\\s+phone|pay\\s+by|to\\s+pay|make\\s+a\\s+payment|payments?|support"
            + "|help|sales|espa[nñ]ol|hours|fax|inquir(?:y|ies)|assistance|technical|billing\\s+questions|report"
            + "|toll[\\s-]*free\\s+(?:at|number\\s+is)|available|24/7|moving)\\b|www\\.|\\.com\\b|\\.net\\b|@)");
    private static final Pattern LINE_CUES = Pattern.compile("(?i)(?:\\b(?:lines?|your\\s+lines|phone\\s+numbers?"
            + "|telephone\\s+(?:numbers?|no\\.?)|tel\\.?\\s*(?:no\\.?|#)|services?\\s+for|mobile\\s+numbers?"
            + "|wireless\\s+numbers?|cell\\s+numbers?|numbers?\\s+on\\s+(?:this|your)\\s+account|billing\\s+telephone"
            + "|btn|tn|main\\s+number|home\\s+phone|business\\s+phone|voice\\s+numbers?|your\\s+numbers?"
            + "|digital\\s+voice|phone\\s+service|usage\\s+for|charges\\s+for"
            + "|your\\s+(?:[\\p{L}&-]+\\s+){1,2}(?:numbers?|lines?))\\b|\\b(?:phone|number)\\s*[:#])");
    /** A number written dial-ready with the trunk prefix: "1-800-…", "1 (877) …", "+1 888 …". */
    private static final Pattern TRUNK_PREFIX = Pattern.compile("^\\+?1[\\s.\\-]*\\(?\\s*[2-9]");
    /** A label that ends right before a value: "Service:", "Billing Inquiries -". */
    private static final Pattern OWN_LABEL = Pattern.compile("\\p{L}{2,}\\.?\\s*[:\\-\u2013]\\s*$");
    /** Text that may end a sentence: the number's sentence is judged, not the whole segment. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[?!;|]|\\.(?=\\s)");

    private final Layout layout;
    private final BillConfig config;

    LineFinder(Layout layout, BillConfig config) {
        this.layout = layout;
        this.config = config;
    }

    /** The lines of the account, once each, first sighting kept. {@code exclude} are spans that hold other values. */
    List<Line> find(List<Span> exclude) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (TextLine seg : layout.segments) {
            Matcher m = PHONE.matcher(seg.text);
            while (m.find()) {
                if (excluded(seg, m.start(), m.end(), exclude)) {
                    continue;
                }
                Optional<String> e164 = PhoneNumbers.toE164(m.group());
                if (e164.isEmpty() || lines.containsKey(e164.get())) {
                    continue;
                }
                Span span = new Span(seg, m.start(), m.end());
                if (isLine(seg, m.start(), m.end()) || underALine(seg, span, lines.values())) {
                    lines.put(e164.get(), new Line(e164.get(), m.group().strip(), seg.page, span.box()));
                }
            }
        }
        return List.copyOf(lines.values());
    }

    private static boolean excluded(TextLine seg, int from, int to, List<Span> exclude) {
        for (Span s : exclude) {
            if (s.line() == seg && s.from() < to && from < s.to()) {
                return true;
            }
        }
        return false;
    }

    boolean isLine(TextLine seg, int from, int to) {
        String sentence = sentence(seg.text, from, to);
        String context = sentence.replace(seg.text.substring(from, to), " ");
        if (SERVICE_CUES.matcher(context).find()) {
            return false;
        }
        if (LINE_CUES.matcher(context).find()) {
            return true;
        }
        // A label in its own column just left of the number ("Contact us:   1-800-…").
        TextLine left = layout.leftOf(seg);
        if (left != null) {
            String text = PHONE.matcher(left.text).replaceAll(" ");
            if (SERVICE_CUES.matcher(text).find()) {
                return false;
            }
            if (LINE_CUES.matcher(text).find()) {
                return true;
            }
        }
        if (dialReadyTollFree(seg.text.substring(from, to)) && hasOwnLabel(seg, from, left)) {
            return false;
        }
        // A row of a table or a list: the heading above it, in the same section, says what its numbers are.
        for (TextLine above : sectionAbove(seg)) {
            String text = PHONE.matcher(above.text).replaceAll(" ");
            if (SERVICE_CUES.matcher(text).find()) {
                return false;
            }
            if (LINE_CUES.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The segments above {@code seg}, nearest first, up to a wide blank gap: the end of its section. */
    private List<TextLine> sectionAbove(TextLine seg) {
        List<TextLine> section = new ArrayList<>();
        TextLine below = seg;
        for (TextLine above : layout.above(seg, config.sectionLookbackLines())) {
            if (below.box.y() - above.box.bottom() > config.sectionMaxGapLineHeights() * seg.height()) {
                break;
            }
            section.add(above);
            below = above;
        }
        return section;
    }

    /** Words and a colon (or dash) right before the number, in its segment or as the segment just left of it. */
    private static boolean hasOwnLabel(TextLine seg, int from, TextLine left) {
        String before = seg.text.substring(0, from);
        if (before.isBlank() && left != null) {
            before = left.text;
        }
        return OWN_LABEL.matcher(before).find();
    }

    static boolean dialReadyTollFree(String number) {
        return TRUNK_PREFIX.matcher(number.strip()).find()
                && PhoneNumbers.nanp(number).map(n -> n.category() == Nanp.Category.TOLL_FREE).orElse(false);
    }

    /**
     * A number whose own words say nothing about it, standing in the column of a line found above it, left edges aligned, is
     * the next row of the same list ("Phone number (313) 833-0642 … (313) 833-0648" where OCR lost the second
     * label): unless a provider's words come between them.
     */
    private boolean underALine(TextLine seg, Span number, Collection<Line> found) {
        String context = sentence(seg.text, number.from(), number.to()).replace(number.text(), " ");
        if (SERVICE_CUES.matcher(context).find()) {
            return false;
        }
        TextLine left = layout.leftOf(seg);
        if (left != null && SERVICE_CUES.matcher(left.text).find()) {
            return false;
        }
        int x = number.box().x();
        for (TextLine above : sectionAbove(seg)) {
            for (Line line : found) {
                if (line.page() == seg.page && above.box.intersects(line.box())
                        && Math.abs(line.box().x() - x) <= seg.height()) {
                    return true;
                }
            }
            if (SERVICE_CUES.matcher(PHONE.matcher(above.text).replaceAll(" ")).find()) {
                return false;
            }
        }
        return false;
    }

    /** The sentence of {@code text} around [from, to): from the break before to the break after. */
    static String sentence(String text, int from, int to) {
        int start = 0;
        Matcher b = SENTENCE_BREAK.matcher(text);
        int end = text.length();
        while (b.find()) {
            if (b.end() <= from) {
                start = b.end();
            } else if (b.start() >= to) {
                end = b.start();
                break;
            }
        }
        String s = text.substring(start, end);
        // "Customer Service? 1-800-…": a sentence of the number alone is judged with the one before it.
        if (s.replace(text.substring(from, to), "").isBlank() && start > 0) {
            return text.substring(0, end);
        }
        return s;
    }
}
