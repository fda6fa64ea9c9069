package org.portcheck.extract.bill;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcheck.extract.Feature;

/**
 * What the bill states about this account's services: distinctive ring, line sharing, a freeze, a pending order,
 * disconnection, DSL, a business account. A mention counts only when it is a statement about the account, not a
 * general notice: "to avoid disconnection, pay by …", "ask us about a freeze", "never a pending order fee",
 * "Freeze: None" and questions or offers are not taken.
 */
final class FeatureFinder {

    private static final Map<Feature.Kind, Pattern> CUES = new EnumMap<>(Feature.Kind.class);

    static {
        CUES.put(Feature.Kind.DISTINCTIVE_RING, Pattern.compile("(?i)\\b(?:ring\\s*-?\\s*master|ring\\s*-?\\s*mate"
                + "|distinctive\\s+ring(?:ing)?|smart\\s*-?\\s*ring|ident\\s*-?\\s*a\\s*-?\\s*call|teen\\s*-?\\s*line)\\b"));
        CUES.put(Feature.Kind.LINE_SHARING, Pattern.compile("(?i)\\b(?:line\\s+sharing|shared\\s+lines?)\\b"));
        CUES.put(Feature.Kind.FREEZE, Pattern.compile("(?i)(?<!price\\s)(?<!rate\\s)(?<!bill\\s)\\b(?:(?:pic|local\\s+service"
                + "|preferred\\s+carrier|local|long\\s+distance|intralata|interlata|slamming|carrier)\\s+)?freeze\\b"));
        CUES.put(Feature.Kind.PENDING_ORDER, Pattern.compile("(?i)\\b(?:(?:pending|open)\\s+(?:service\\s+|change\\s+)?"
                + "orders?|work\\s+orders?|orders?\\s+pending)\\b"));
        CUES.put(Feature.Kind.DISCONNECTED, Pattern.compile("(?i)\\b(?:disconnected|(?:service|account|line)s?\\s+"
                + "(?:(?:has|have)\\s+been\\s+|was\\s+|were\\s+)?terminated|terminated|final\\s+(?:bill|invoice"
                + "|statement))\\b"));
        CUES.put(Feature.Kind.DSL, Pattern.compile("(?i)\\b(?:[av]?dsl|digital\\s+subscriber\\s+line)\\b"));
        CUES.put(Feature.Kind.BUSINESS, Pattern.compile("(?i)\\b(?:small\\s+business|business\\s+(?:account|services?"
                + "|customer|class|plan|lines?|internet|voice|phone|edition|bundle|pro|essentials|complete|unlimited"
                + "|fiber|tv)|account\\s+type\\s*:?\\s*business|(?:comcast|spectrum|verizon|at&t|cox|frontier"
                + "|centurylink|windstream|t-mobile|xfinity|lumen)\\s+business)\\b"));
    }

    /** Before the cue in its sentence: a condition, a possibility, a negation or an invitation governs it. */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:will|would|may|might|could|can|cannot|should"
            + "|shall|must|to\\s+be|if|unless|when|whenever|before|avoid|prevent|ask|learn|call|visit|contact|add|adding"
            + "|get|try|want|sign\\s+up|upgrade|request|not|never|without|none|nor|to\\s+(?:avoid|add|place|request"
            + "|remove|prevent|get|order|learn|lift|set\\s+up)|how|switch|consider)\\b|n't\\b|\\bno\\b(?![.:#])");
    /** Anywhere in the sentence: a question, an offer, marketing. */
    private static final Pattern ANYWHERE = Pattern.compile("(?i)\\?|\\b(?:available|interested|offers?|promotion"
            + "|learn\\s+more|ask\\s+us|call\\s+us|eligible|for\\s+just|for\\s+only|free\\s+trial|sign\\s+up|today"
            + "|protects?|call|visit|contact|go\\s+to)\\b");
    /** Right after the cue: a value that says there is none ("Freeze: No", "Pending orders: None"). */
    private static final Pattern NONE_AFTER = Pattern.compile("(?i)^\\s*[:\\-\u2013]?\\s*(?:no|none|n/a|na|off"
            + "|not\\s+active|inactive|removed|not\\s+applicable|0|false)\\b");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[?!;|]|\\.(?=\\s|$)");

    private final Layout layout;

    FeatureFinder(Layout layout) {
        this.layout = layout;
    }

    /** One feature per kind: the first statement of it. */
    List<Feature> find() {
        Map<Feature.Kind, Feature> found = new EnumMap<>(Feature.Kind.class);
        for (TextLine seg : layout.segments) {
            for (Map.Entry<Feature.Kind, Pattern> cue : CUES.entrySet()) {
                if (found.containsKey(cue.getKey())) {
                    continue;
                }
                Matcher m = cue.getValue().matcher(seg.text);
                while (m.find()) {
                    if (statesIt(seg, m.start(), m.end())) {
                        Span span = new Span(seg, m.start(), m.end());
                        found.put(cue.getKey(), new Feature(cue.getKey(), m.group(), seg.page, span.box()));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private boolean statesIt(TextLine seg, int from, int to) {
        String text = seg.text;
        // The sentence may have begun on the line above ("Your service may be / disconnected if …").
        String lead = "";
        List<TextLine> above = layout.above(seg, 1);
        // Line spacing of printed text is up to about one line height more than the words' own height.
        if (!above.isEmpty() && !endsSentence(above.get(0).text) && seg.box.y() - above.get(0).box.bottom()
                <= 2 * seg.height()) {
            lead = above.get(0).text + " ";
        }
        String all = lead + text;
        int f = from + lead.length();
        int t = to + lead.length();
        int start = 0;
        int end = all.length();
        Matcher b = SENTENCE_BREAK.matcher(all);
        while (b.find()) {
            if (b.end() <= f) {
                start = b.end();
            } else if (b.start() >= t) {
                end = b.start();
                break;
            }
        }
        String before = all.substring(start, f);
        // The cue's own words do not judge it ("Ident-A-Call" is no invitation to call).
        String sentence = all.substring(start, f) + " " + all.substring(t, Math.min(all.length(), end + 1));
        String after = all.substring(t, end);
        return !BEFORE.matcher(before).find() && !ANYWHERE.matcher(sentence).find()
                && !NONE_AFTER.matcher(after).find();
    }

    private static boolean endsSentence(String text) {
        String s = text.strip();
        return s.isEmpty() || ".!?:".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
