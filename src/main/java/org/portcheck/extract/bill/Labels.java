package org.portcheck.extract.bill;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcheck.document.Box;
import org.portcheck.extract.normalize.OcrSlips;

/**
 * The labels bills put before their values, whatever the carrier, and where a label's value is: after it in the
 * same segment, in the next segment to its right, or on the line just below it.
 */
final class Labels {

    static final Pattern STATEMENT_DATE = Pattern.compile("(?i)\\b(?:bill(?:ing)?\\s+date|statement\\s+date"
            + "|invoice\\s+date|issue\\s+date|date\\s+issued|bill\\s+issued|date\\s+of\\s+(?:bill|statement|invoice)"
            + "|(?:statement\\s+)?closing\\s+date|(?:bill\\s+)?print\\s+date|bill\\s+date)\\b");
    static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:bill(?:ing)?\\s+period|statement\\s+period"
            + "|service\\s+period|billing\\s+cycle|bill\\s+cycle|period\\s+ending|for\\s+service\\s+through"
            + "|service\\s+from)\\b");
    static final Pattern ACCOUNT = Pattern.compile("(?i)(?:\\b(?:(?:customer|billing|your)\\s+)?(?:account|acct\\.?)\\s*(?:number|no\\.?|num\\.?|#|id)"
            + "(?=[\\s:#.]|$)|\\bbilling\\s+account\\b|\\bBAN\\b|\\baccount\\s*:)");
    static final Pattern NAME = Pattern.compile("(?i)\\b(?:customer\\s+name|account\\s+holder(?:'s)?(?:\\s+name)?"
            + "|account\\s+name|name\\s+on\\s+(?:the\\s+)?account|account\\s+owner|subscriber(?:\\s+name)?"
            + "|prepared\\s+for)\\b|(?:^|\\s)(?:name|customer)\\s*:");
    static final Pattern SERVICE_ADDRESS = Pattern.compile("(?i)\\b(?:service\\s+address|service\\s+location"
            + "|service\\s+addr\\.?|address\\s+of\\s+service|installation\\s+address|location\\s+of\\s+service"
            + "|service\\s+at)\\b");
    static final Pattern BILLING_ADDRESS = Pattern.compile("(?i)\\b(?:billing\\s+address|mailing\\s+address"
            + "|bill\\s+to|billed\\s+to|statement\\s+address|mail\\s+to)\\b");
    /** The carrier's own address for payments: never the customer's. */
    static final Pattern REMIT = Pattern.compile("(?i)\\b(?:remit(?:tance)?|payable\\s+to|send\\s+payments?"
            + "|mail\\s+(?:your\\s+)?payments?|payment\\s+address|pay\\s+by\\s+mail|return\\s+this\\s+(?:portion|stub|coupon)"
            + "|payment\\s+coupon)\\b");

    /** The service-address label's words, for OCR-slipped forms of it ("ervice Address", "Service rvic Add ress"). */
    static final List<String> SERVICE_ADDRESS_WORDS = List.of("service", "address");
    /** The account-number label's wordings, for OCR-slipped forms of them ("Accoumt No.", "Bccoont no.:"). */
    static final List<List<String>> ACCOUNT_WORDS = List.of(List.of("account", "number"), List.of("account", "no"),
            List.of("account", "num"), List.of("account", "#"), List.of("account", "id"), List.of("acct", "#"),
            List.of("acct", "no"), List.of("acct", "number"));
    /** Words this long or longer may have two letters slipped, shorter ones one; words under four letters none. */
    private static final int TWO_SLIPS_FROM_LETTERS = 7;
    private static final int ONE_SLIP_FROM_LETTERS = 4;
    /** A label is a few words without digits: longer text or text with numbers is a value or a sentence. */
    private static final int MAX_FUZZY_LABEL_WORDS = 5;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final List<Pattern> ALL = List.of(STATEMENT_DATE, PERIOD, ACCOUNT, NAME, SERVICE_ADDRESS,
            BILLING_ADDRESS, Pattern.compile("(?i)\\b(?:amount\\s+due|total\\s+due|due\\s+date|payment\\s+due"
                    + "|page\\s+\\d|phone\\s+number|telephone\\s+number|pin|passcode)\\b"));
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s:#.\\-\u2013\u2014]+");

    private final Layout layout;

    Labels(Layout layout) {
        this.layout = layout;
    }

    /** A label found: the segment, the match's character range. */
    record Hit(TextLine segment, int from, int to) {
        Box box() {
            return segment.boxOf(from, to);
        }
    }

    List<Hit> find(Pattern label) {
        List<Hit> hits = new ArrayList<>();
        for (TextLine s : layout.segments) {
            Matcher m = label.matcher(s.text);
            while (m.find()) {
                hits.add(new Hit(s, m.start(), m.end()));
            }
        }
        return hits;
    }

    /**
     * Segments that are a label whose words OCR slipped on: each of {@code words} appears in order in the segment's
     * letters with at most one letter wrong, missing or extra, and the segment is short and has no digits.
     */
    List<Hit> findFuzzy(List<String> words) {
        List<Hit> hits = new ArrayList<>();
        for (TextLine s : layout.segments) {
            if (isFuzzyLabel(s.text, words)) {
                hits.add(new Hit(s, 0, s.text.length()));
            }
        }
        return hits;
    }

    static boolean isFuzzyLabel(String text, List<String> words) {
        if (DIGIT.matcher(text).find() || text.strip().split("\\s+").length > MAX_FUZZY_LABEL_WORDS) {
            return false;
        }
        String letters = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        int from = 0;
        for (String w : words) {
            int end = approximateEnd(letters, from, w, slipsAllowed(w));
            if (end < 0) {
                return false;
            }
            from = end;
        }
        return true;
    }

    /**
     * How many letters of a label word OCR may have dropped, added or changed while the word still counts as read:
     * two for a long word ("aress" for "address": the pair "dd" ran into one blot), one for a middling word, none for
     * a short one.
     */
    static int slipsAllowed(String word) {
        return word.length() >= TWO_SLIPS_FROM_LETTERS ? 2 : word.length() >= ONE_SLIP_FROM_LETTERS ? 1 : 0;
    }

    /**
     * A label whose words OCR slipped on, followed by its value in the same segment: consecutive words each equal to
     * the label's word or within {@link #slipsAllowed} of it; the first may carry letters of the word before it run
     * into it ("BILEBccoont no.:" for "BILL ACCOUNT NO.:"). Symbols ("#") must be read as they are.
     */
    List<Hit> findFuzzyPhrase(List<String> label) {
        List<Hit> hits = new ArrayList<>();
        for (TextLine s : layout.segments) {
            Matcher tokens = Pattern.compile("\\S+").matcher(s.text);
            List<int[]> spans = new ArrayList<>();
            while (tokens.find()) {
                spans.add(new int[] {tokens.start(), tokens.end()});
            }
            for (int i = 0; i + label.size() <= spans.size(); i++) {
                boolean all = true;
                for (int k = 0; k < label.size() && all; k++) {
                    String token = s.text.substring(spans.get(i + k)[0], spans.get(i + k)[1]);
                    all = slippedWord(token, label.get(k), k == 0);
                }
                if (all) {
                    hits.add(new Hit(s, spans.get(i)[0], spans.get(i + label.size() - 1)[1]));
                }
            }
        }
        return hits;
    }

    /** Whether {@code token} is {@code word} as OCR may have read it; {@code runIn}: other letters may precede it. */
    static boolean slippedWord(String token, String word, boolean runIn) {
        String t = token.toLowerCase(java.util.Locale.ROOT).replaceAll("[.:,;]+$", "");
        if (!word.matches("[a-z]+")) {
            return t.equals(word);
        }
        if (!t.matches("[a-z]+")) {
            return false;
        }
        int slips = slipsAllowed(word);
        if (t.equals(word)) {
            return true;
        }
        if (slips == 0) {
            return false;
        }
        if (runIn) {
            // The match must end where the token ends: only the start may be run into from the word before.
            return OcrSlips.matchCosts(t, 0, word)[t.length()] <= slips;
        }
        return Math.abs(t.length() - word.length()) <= slips && OcrSlips.distance(t, word) <= slips;
    }

    /** Where the first match of {@code needle} within {@code slips} edits in {@code hay} (from {@code from}) ends, or -1. */
    static int approximateEnd(String hay, int from, String needle, int slips) {
        int[] costs = OcrSlips.matchCosts(hay, from, needle);
        for (int j = Math.max(0, from) + 1; j < costs.length; j++) {
            if (costs[j] <= slips) {
                return j;
            }
        }
        return -1;
    }

    /** Where the value of a label may be, best first: after it, to its right, below it. */
    List<Span> candidates(Hit hit) {
        List<Span> out = new ArrayList<>();
        TextLine s = hit.segment();
        Matcher lead = LEADING_PUNCT.matcher(s.text).region(hit.to(), s.text.length());
        int from = lead.lookingAt() ? lead.end() : hit.to();
        if (from < s.text.length()) {
            out.add(new Span(s, from, s.text.length()));
        }
        TextLine right = layout.rightOf(s);
        if (right != null && !startsWithLabel(right.text)) {
            out.add(new Span(right, 0, right.text.length()));
        }
        for (TextLine below : layout.below(s, hit.box())) {
            out.add(new Span(below, 0, below.text.length()));
        }
        return out;
    }

    static boolean startsWithLabel(String text) {
        if (isFuzzyLabel(text, SERVICE_ADDRESS_WORDS)) {
            return true;
        }
        for (Pattern p : ALL) {
            Matcher m = p.matcher(text);
            if (m.find() && m.start() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** Where the next known label starts in {@code text} after {@code from}, or the text's length. */
    static int nextLabel(String text, int from) {
        int end = text.length();
        for (Pattern p : ALL) {
            Matcher m = p.matcher(text);
            if (m.find(from) && m.start() > from) {
                end = Math.min(end, m.start());
            }
        }
        return end;
    }
}
