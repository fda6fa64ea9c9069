package org.portcheck.extract.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person and business names compared the way the spec asks: case, punctuation, titles and suffixes do not count,
 * "Public, Jane" is "Jane Public", and a middle name or initial present on one side only is fine
 * ("Jane Q. Public" = "JANE PUBLIC"). An initial matches a name that starts with it.
 */
public final class Names {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "the");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq", "md", "phd", "dds");
    private static final Set<String> COMPANY = Set.of("inc", "llc", "llp", "lp", "ltd", "corp", "co", "corporation",
            "incorporated", "company", "pllc", "pc", "plc");

    private Names() {
    }

    /** Lower-case words without punctuation, titles, suffixes or company forms, in "first … last" order. */
    public static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String s = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = DOTTED_ACRONYM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        s = APOSTROPHE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = reorderLastFirst(s);
        List<String> words = new ArrayList<>(Arrays.asList(SEPARATORS.matcher(s.replace("&", " and "))
                .replaceAll(" ").strip().split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && (SUFFIXES.contains(words.get(words.size() - 1))
                || COMPANY.contains(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return List.copyOf(words);
    }

    /** The comparison form: {@link #tokens} joined by single spaces. */
    public static String normalize(String name) {
        return String.join(" ", tokens(name));
    }

    public static boolean sameName(String a, String b) {
        List<String> ta = withoutAnd(tokens(a));
        List<String> tb = withoutAnd(tokens(b));
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (ta.equals(tb)) {
            return true;
        }
        if (ta.size() < 2 || tb.size() < 2) {
            return false;
        }
        if (!compatible(ta.get(0), tb.get(0)) || !ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1))) {
            return false;
        }
        List<String> ma = ta.subList(1, ta.size() - 1);
        List<String> mb = tb.subList(1, tb.size() - 1);
        for (int i = 0; i < Math.min(ma.size(), mb.size()); i++) {
            if (!compatible(ma.get(i), mb.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Goldstein &amp; Park" and "Goldstein Park" are one firm: the joining word names no one, and a fax or photo
     * often loses a small "&amp;".
     */
    private static List<String> withoutAnd(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.removeIf(w -> w.equals("and"));
        return out.isEmpty() ? words : out;
    }

    private static boolean compatible(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
    }

    /** "public, jane q" → "jane q public"; "smith, jr" and "acme, inc" keep their order. */
    private static String reorderLastFirst(String s) {
        int comma = s.indexOf(',');
        if (comma < 0 || s.indexOf(',', comma + 1) >= 0) {
            return s;
        }
        String last = s.substring(0, comma).strip();
        String first = s.substring(comma + 1).strip();
        String firstWord = first.split("[\\s.]+")[0];
        if (first.isEmpty() || last.isEmpty() || SUFFIXES.contains(firstWord) || COMPANY.contains(firstWord)) {
            return s.replace(',', ' ');
        }
        return first + " " + last;
    }
}
