package org.portcheck.extract.carrier;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcheck.document.Box;
import org.portcheck.document.Word;

/**
 * The carriers of {@code rules/carriers.tsv}, matched by name or alias. Matching compares a key made of letters and
 * digits only, with "&" (and OCR's "8" between letters, "AT8T") read as "and", so "AT&T", "at & t" and "AT8T" agree.
 */
@Startup
@ApplicationScoped
public class CarrierTable {

    public static final String FILE = "carriers.tsv";

    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
    private static final Pattern EIGHT_AS_AMPERSAND = Pattern.compile("(?<=\\p{L})8(?=\\p{L})");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([\\p{L}\\p{N}&-]+)\\.(?:com|net|org|us)(?:/\\S*)?$");
    /** Words OCR may split an alias into beyond its own word count ("AT & T" is three words for one). */
    private static final int EXTRA_WORDS = 2;
    /** A mention printed all in lower case ("boost your speed") weighs less than branding. */
    private static final double LOWER_CASE_WEIGHT = 0.5;

    private List<Carrier> carriers;
    private Map<String, Carrier> byKey;
    private int maxWords;
    private int maxKeyLength;

    @Inject
    public CarrierTable(@ConfigProperty(name = RulesFiles.RULES_DIR_KEY, defaultValue = RulesFiles.DEFAULT_RULES_DIR)
                        String rulesDir) {
        RulesFiles.Table table = RulesFiles.read(rulesDir, FILE);
        init(table.reader(), table.source());
        Log.infof("Loaded %d carriers from %s", carriers.size(), table.source());
    }

    public CarrierTable(Path file) {
        RulesFiles.Table table = RulesFiles.read(file);
        init(table.reader(), table.source());
    }

    /** @param source names the table in error messages */
    public CarrierTable(Reader reader, String source) {
        init(reader, source);
    }

    private void init(Reader reader, String source) {
        List<Carrier> list = new ArrayList<>();
        Map<String, Carrier> keys = new HashMap<>();
        int words = 1;
        int keyLength = 1;
        for (RulesFiles.Row row : RulesFiles.rows(reader)) {
            String[] cols = row.text().split("\t", -1);
            if (cols.length != 4) {
                throw new RulesTableException(source, row.line(),
                        "expected 4 TAB-separated columns (name, aliases, requires PIN, requires SSN last 4), found "
                                + cols.length);
            }
            String name = cols[0].strip();
            if (name.isEmpty() || key(name).isEmpty()) {
                throw new RulesTableException(source, row.line(), "the carrier name is empty");
            }
            List<String> aliases = new ArrayList<>();
            aliases.add(name);
            for (String alias : cols[1].split(",")) {
                String a = alias.strip();
                if (a.isEmpty()) {
                    continue;
                }
                if (key(a).isEmpty()) {
                    throw new RulesTableException(source, row.line(), "alias '" + a + "' has no letters or digits");
                }
                if (aliases.stream().noneMatch(x -> key(x).equals(key(a)))) {
                    aliases.add(a);
                }
            }
            Carrier carrier = new Carrier(name, aliases, yesNo(cols[2], source, row.line(), "requires PIN"),
                    yesNo(cols[3], source, row.line(), "requires SSN last 4"));
            for (String alias : aliases) {
                Carrier other = keys.putIfAbsent(key(alias), carrier);
                if (other != null && other != carrier) {
                    throw new RulesTableException(source, row.line(),
                            "alias '" + alias + "' already belongs to carrier " + other.name());
                }
                words = Math.max(words, alias.strip().split("\\s+").length);
                keyLength = Math.max(keyLength, key(alias).length());
            }
            list.add(carrier);
        }
        if (list.isEmpty()) {
            throw new RulesTableException(source, 0, "no carriers");
        }
        carriers = List.copyOf(list);
        byKey = Map.copyOf(keys);
        maxWords = words + EXTRA_WORDS;
        maxKeyLength = keyLength;
    }

    private static boolean yesNo(String value, String source, int line, String column) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> throw new RulesTableException(source, line, column + " must be yes or no, found '"
                    + value.strip() + "'");
        };
    }

    public List<Carrier> all() {
        return carriers;
    }

    /**
     * The carrier a name or alias designates, case-insensitively and ignoring punctuation and spaces; a longer text
     * that contains an alias ("Comcast Cable", "Verizon FiOS TV") matches through {@link #findIn(String)}.
     */
    public Optional<Carrier> match(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        Carrier exact = byKey.get(key(nameOrAlias));
        if (exact != null) {
            return Optional.of(exact);
        }
        return findIn(nameOrAlias).map(CarrierMatch::carrier);
    }

    /** The carrier a free text names (page 0, no box). */
    public Optional<CarrierMatch> findIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Word> words = Arrays.stream(text.strip().split("\\s+")).map(w -> new Word(w, Box.NONE, 1)).toList();
        return findIn(words, 0);
    }

    /**
     * The carrier whose branding a page's words (in reading order) show. Where aliases overlap the longest wins
     * ("Verizon Wireless" over "Verizon"); a carrier whose alias extends another found carrier's ("AT&amp;T Mobility"
     * over "AT&amp;T") wins over it; otherwise the carrier mentioned most, then first.
     */
    public Optional<CarrierMatch> findIn(List<Word> words, int page) {
        List<Mention> mentions = mentions(words, page);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        Map<Carrier, Double> weight = new LinkedHashMap<>();
        Map<Carrier, Mention> first = new LinkedHashMap<>();
        for (Mention m : mentions) {
            weight.merge(m.carrier(), m.weight(), Double::sum);
            first.putIfAbsent(m.carrier(), m);
        }
        List<Carrier> found = new ArrayList<>(weight.keySet());
        found.removeIf(c -> found.stream().anyMatch(other -> other != c && extends_(other, c)));
        Carrier best = found.get(0);
        for (Carrier c : found) {
            if (weight.get(c) > weight.get(best)) {
                best = c;
            }
        }
        Mention m = first.get(best);
        return Optional.of(new CarrierMatch(best, m.matched(), m.page(), m.box()));
    }

    /** Every mention of a carrier in words given in reading order, longest alias first at each word. */
    List<Mention> mentions(List<Word> words, int page) {
        List<Mention> found = new ArrayList<>();
        String[] keys = words.stream().map(w -> wordKey(w.text())).toArray(String[]::new);
        int i = 0;
        while (i < words.size()) {
            if (keys[i].isEmpty()) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Carrier bestCarrier = null;
            StringBuilder k = new StringBuilder();
            for (int j = i; j < words.size() && j < i + maxWords; j++) {
                k.append(keys[j]);
                if (k.length() > maxKeyLength) {
                    break;
                }
                Carrier c = keys[j].isEmpty() ? null : byKey.get(k.toString());
                if (c != null) {
                    bestEnd = j;
                    bestCarrier = c;
                }
            }
            if (bestCarrier == null) {
                i++;
                continue;
            }
            StringBuilder printed = new StringBuilder();
            Box box = null;
            for (int j = i; j <= bestEnd; j++) {
                printed.append(j > i ? " " : "").append(words.get(j).text());
                Box b = words.get(j).box();
                box = box == null ? b : box.union(b);
            }
            String text = printed.toString();
            double w = text.equals(text.toLowerCase(Locale.ROOT)) ? LOWER_CASE_WEIGHT : 1.0;
            found.add(new Mention(bestCarrier, text, page, box, w));
            i = bestEnd + 1;
        }
        return found;
    }

    record Mention(Carrier carrier, String matched, int page, Box box, double weight) {
    }

    private static boolean extends_(Carrier longer, Carrier shorter) {
        for (String a : longer.aliases()) {
            for (String b : shorter.aliases()) {
                String ka = key(a);
                String kb = key(b);
                if (ka.length() > kb.length() && ka.startsWith(kb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String wordKey(String word) {
        var web = WEB_ADDRESS.matcher(word.strip());
        return key(web.matches() ? web.group(1) : word);
    }

    /** Letters and digits only, lower case, "&" read as "and" (and "8" between letters, OCR's "&"). */
    static String key(String text) {
        String s = POSSESSIVE.matcher(text).replaceAll("");
        s = EIGHT_AS_AMPERSAND.matcher(s).replaceAll("and");
        s = AMPERSAND.matcher(s).replaceAll("and");
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
