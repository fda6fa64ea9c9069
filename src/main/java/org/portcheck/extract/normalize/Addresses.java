package org.portcheck.extract.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portcheck.extract.Address;

/**
 * US postal addresses: parsed from the one- or two-line form people print, and compared after normalising case,
 * punctuation, USPS street suffixes (Street = St), unit designators (Apt = # = Unit = Ste), directionals
 * (North = N) and ZIP+4 to ZIP. A parsed {@link Address} holds the street in {@code line1}, the unit ("Apt 4") in
 * {@code line2}, the USPS state code and the 5-digit ZIP.
 */
public final class Addresses {

    private static final Map<String, String> STATES = new HashMap<>();
    private static final Map<String, String> SUFFIXES = new HashMap<>();
    private static final Map<String, String> DIRECTIONALS = Map.of("north", "n", "south", "s", "east", "e", "west",
            "w", "northeast", "ne", "northwest", "nw", "southeast", "se", "southwest", "sw");
    private static final Map<String, String> ORDINALS = Map.of("first", "1st", "second", "2nd", "third", "3rd",
            "fourth", "4th", "fifth", "5th", "sixth", "6th", "seventh", "7th", "eighth", "8th", "ninth", "9th",
            "tenth", "10th");
    private static final Map<String, String> CITY_WORDS = Map.of("saint", "st", "ste", "st", "mount", "mt",
            "fort", "ft", "north", "n", "south", "s", "east", "e", "west", "w");
    private static final String UNIT_WORDS = "apt|apartment|unit|ste|suite|rm|room|fl|floor|bldg|building|lot|spc"
            + "|space|trlr|trailer|dept|department|ofc|office|ph|penthouse|bsmt|basement|no";

    private static final Pattern ZIP_AT_END = Pattern.compile("[,\\s]*\\b(\\d{5})(?:\\s*-\\s*\\d{4})?\\s*$");
    private static final Pattern UNIT_AT_END = Pattern.compile(
            "(?i)[,\\s]+((?:(?:" + UNIT_WORDS + ")(?=[\\s.#])\\.?\\s*#?\\s*|#\\s*)[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)\\s*$");
    private static final Pattern UNIT_ALONE = Pattern.compile(
            "(?i)^\\s*(?:(?:" + UNIT_WORDS + ")(?=[\\s.#])\\.?\\s*#?\\s*|#\\s*)([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)\\s*$");
    private static final Pattern PO_BOX = Pattern.compile(
            "(?i)(?:\\bp\\s*\\.?\\s*o\\s*\\.?\\s*box\\b|\\bpost\\s+office\\s+box\\b|\\bpob\\s*\\d|\\bpobox\\b"
                    + "|^\\s*box\\s+\\d|\\bp\\.?\\s*o\\.?\\s*b\\.?\\s+\\d|\\bcaller\\s+box\\b|\\bpo\\s+drawer\\b)");
    private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ZIP5 = Pattern.compile("^\\s*(\\d{5})(?:\\s*-?\\s*\\d{4})?\\s*$");

    static {
        String[] states = {
            "AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California", "CO", "Colorado",
            "CT", "Connecticut", "DE", "Delaware", "FL", "Florida", "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho",
            "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana",
            "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota",
            "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska", "NV", "Nevada",
            "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York", "NC", "North Carolina",
            "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania",
            "RI", "Rhode Island", "SC", "South Carolina", "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas",
            "UT", "Utah", "VT", "Vermont", "VA", "Virginia", "WA", "Washington", "WV", "West Virginia",
            "WI", "Wisconsin", "WY", "Wyoming", "DC", "District of Columbia", "PR", "Puerto Rico",
            "VI", "Virgin Islands", "GU", "Guam", "AS", "American Samoa", "MP", "Northern Mariana Islands",
            "PW", "Palau", "FM", "Micronesia", "MH", "Marshall Islands", "AA", "Armed Forces Americas",
            "AE", "Armed Forces Europe", "AP", "Armed Forces Pacific"};
        for (int i = 0; i < states.length; i += 2) {
            STATES.put(states[i].toLowerCase(Locale.ROOT), states[i]);
            STATES.put(states[i + 1].toLowerCase(Locale.ROOT), states[i]);
        }
        STATES.put("washington dc", "DC");
        STATES.put("us virgin islands", "VI");
        String[][] suffixes = {
            {"st", "street", "str", "strt"}, {"ave", "avenue", "av", "aven", "avn", "avnue"},
            {"rd", "road"}, {"blvd", "boulevard", "boul", "boulv"}, {"dr", "drive", "drv", "driv"},
            {"ln", "lane"}, {"ct", "court", "crt"}, {"pl", "place"}, {"pkwy", "parkway", "pky", "parkwy"},
            {"hwy", "highway", "hiway", "hway"}, {"ter", "terrace", "terr"}, {"cir", "circle", "circ", "crcl"},
            {"way", "wy"}, {"aly", "alley"}, {"cv", "cove"}, {"xing", "crossing"}, {"expy", "expressway"},
            {"fwy", "freeway"}, {"loop"}, {"plz", "plaza"}, {"pt", "point"}, {"rte", "route"}, {"sq", "square"},
            {"trl", "trail"}, {"tpke", "turnpike", "tpk"}, {"ctr", "center", "centre"}, {"cres", "crescent"},
            {"hts", "heights"}, {"hl", "hill"}, {"jct", "junction"}, {"lndg", "landing"}, {"mnr", "manor"},
            {"mdw", "meadow"}, {"mdws", "meadows"}, {"park"}, {"path"}, {"pike"}, {"rdg", "ridge"}, {"run"},
            {"vw", "view"}, {"vlg", "village"}, {"walk"}, {"row"}, {"pass"}, {"ext", "extension"},
            {"sta", "station"}, {"grv", "grove"}, {"holw", "hollow"}, {"est", "estate"}, {"ests", "estates"},
            {"pne", "pine"}, {"spg", "spring"}, {"spgs", "springs"}, {"vly", "valley"}, {"bnd", "bend"},
            {"crk", "creek"}, {"cyn", "canyon"}, {"frk", "fork"}, {"gdns", "gardens"}, {"is", "island"},
            {"knl", "knoll"}, {"lk", "lake"}, {"ml", "mill"}, {"orch", "orchard"}, {"oval"}, {"sq", "square"}};
        for (String[] group : suffixes) {
            for (String s : group) {
                SUFFIXES.put(s, group[0]);
            }
        }
    }

    private Addresses() {
    }

    /** The USPS two-letter code of a state, DC, territory or military post, from its code or name, any case. */
    public static Optional<String> stateCode(String state) {
        if (state == null) {
            return Optional.empty();
        }
        String s = NOT_WORD.matcher(state.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (s.length() == 3 && s.charAt(1) == ' ') {
            s = s.replace(" ", "");
        }
        return Optional.ofNullable(STATES.get(s));
    }

    /** The 5-digit ZIP of a ZIP or ZIP+4. */
    public static Optional<String> zip5(String zip) {
        if (zip == null) {
            return Optional.empty();
        }
        Matcher m = ZIP5.matcher(zip);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Parses "123 N Main Street Apt 4, Springfield, IL 62704-1234"; lines may also be separated by new lines. */
    public static Address parse(String text) {
        return text == null ? new Address(null, null, null, null, null) : parse(Arrays.asList(text.split("\\R")));
    }

    /** Parses an address printed on one to four lines. Parts it cannot find are null. */
    public static Address parse(List<String> lines) {
        List<String> pieces = new ArrayList<>();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            for (String piece : line.split(",")) {
                String p = piece.strip().replaceAll("\\s+", " ");
                if (!p.isEmpty()) {
                    pieces.add(p);
                }
            }
        }
        if (pieces.isEmpty()) {
            return new Address(null, null, null, null, null);
        }
        String zip = null;
        String state = null;
        String city = null;
        String lastPiece = pieces.get(pieces.size() - 1);
        Matcher z = ZIP_AT_END.matcher(lastPiece);
        if (z.find()) {
            zip = z.group(1);
            lastPiece = lastPiece.substring(0, z.start()).strip();
        }
        StateAtEnd st = stateAtEnd(lastPiece);
        if (st != null) {
            state = st.code();
            lastPiece = st.rest();
        }
        boolean hasTail = zip != null || state != null;
        pieces.set(pieces.size() - 1, lastPiece);
        if (lastPiece.isEmpty()) {
            pieces.remove(pieces.size() - 1);
            if (hasTail && !pieces.isEmpty() && !startsLikeStreet(pieces.get(pieces.size() - 1))
                    && UNIT_ALONE.matcher(pieces.get(pieces.size() - 1)).matches() == false) {
                city = pieces.remove(pieces.size() - 1);
            }
        } else if (hasTail) {
            if (pieces.size() > 1 && !startsLikeStreet(lastPiece)) {
                city = pieces.remove(pieces.size() - 1);
            } else {
                // "123 Main St Springfield": the city is what follows the street's suffix (or unit).
                String[] split = splitStreetAndCity(lastPiece);
                pieces.set(pieces.size() - 1, split[0]);
                city = split[1];
                if (split[0].isEmpty()) {
                    pieces.remove(pieces.size() - 1);
                }
            }
        }
        String street = null;
        String unit = null;
        for (String p : pieces) {
            Matcher alone = UNIT_ALONE.matcher(p);
            if (alone.matches() && street != null) {
                unit = unit == null ? p : unit;
            } else if (street == null || (!startsLikeStreet(street) && startsLikeStreet(p))) {
                street = p;
            }
        }
        if (street != null && unit == null) {
            Matcher u = UNIT_AT_END.matcher(street);
            if (u.find() && u.start() > 0 && startsLikeStreet(street) && isUnit(u.group(1))) {
                unit = u.group(1).strip();
                street = street.substring(0, u.start()).strip();
            }
        }
        return new Address(street, unit, city, state, zip);
    }

    private record StateAtEnd(String code, String rest) {
    }

    private static StateAtEnd stateAtEnd(String piece) {
        String[] words = piece.split("\\s+");
        // Longest state name first ("West Virginia" before "Virginia"), at most four words.
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            String bare = tail.replace(".", "");
            boolean twoLetters = n == 1 && bare.length() == 2;
            if ((twoLetters && bare.equals(bare.toUpperCase(Locale.ROOT))) || (!twoLetters && bare.length() > 2)) {
                Optional<String> code = stateCode(tail);
                if (code.isEmpty() && twoLetters) {
                    // OCR reads the capital I of a code as a bar ("|A", "!L"): no letter or digit is guessed at.
                    code = stateCode(bare.replace('|', 'I').replace('!', 'I'));
                }
                if (code.isPresent()) {
                    String rest = String.join(" ", Arrays.copyOfRange(words, 0, words.length - n)).strip();
                    return new StateAtEnd(code.get(), rest.replaceAll(",$", "").strip());
                }
            }
        }
        return null;
    }

    private static boolean startsLikeStreet(String s) {
        return s.matches("^\\s*\\d.*") || PO_BOX.matcher(s).find()
                || s.matches("(?i)^\\s*(one|two|three|four|five|six|seven|eight|nine|ten)\\s.*")
                || s.matches("(?i)^\\s*(rr|rural route|hc|highway contract)\\s*\\d.*");
    }

    private static String[] splitStreetAndCity(String text) {
        String[] words = text.split("\\s+");
        int cut = -1;
        for (int i = 1; i < words.length - 1; i++) {
            String w = NOT_WORD.matcher(words[i].toLowerCase(Locale.ROOT)).replaceAll("");
            if (SUFFIXES.containsKey(w) && !w.isEmpty()) {
                cut = i + 1;
                if (i + 1 < words.length - 1 && DIRECTIONALS.containsValue(words[i + 1].toLowerCase(Locale.ROOT))) {
                    cut = i + 2;
                }
            }
        }
        if (cut < 0) {
            return new String[]{"", text};
        }
        Matcher unit = Pattern.compile("(?i)^((?:" + UNIT_WORDS + ")\\.?\\s*#?\\s*|#\\s*)$").matcher(
                words[cut < words.length ? cut : words.length - 1]);
        if (cut < words.length - 1 && (unit.matches() || words[cut].startsWith("#"))) {
            cut += unit.matches() && !words[cut].matches(".*\\d.*") ? 2 : 1;
        }
        cut = Math.min(cut, words.length - 1);
        return new String[]{String.join(" ", Arrays.copyOfRange(words, 0, cut)),
                String.join(" ", Arrays.copyOfRange(words, cut, words.length))};
    }

    /** Whether the address is a post office box (not a porting address, code 20). */
    public static boolean isPoBox(Address address) {
        return address != null && (isPoBox(address.line1()) || isPoBox(address.line2()));
    }

    public static boolean isPoBox(String line) {
        return line != null && PO_BOX.matcher(line).find();
    }

    /**
     * Whether two addresses are the same place. Each part is compared only where both sides give it; the unit is
     * ignored when only one side has one. A unit written into {@code line1} ("12 Oak St Apt 4") counts as the unit.
     */
    public static boolean sameAddress(Address a, Address b) {
        if (a == null || b == null) {
            return false;
        }
        Normal na = normal(a);
        Normal nb = normal(b);
        return sameStreet(na.street(), nb.street()) && agree(unitId(na.unit()), unitId(nb.unit()))
                && sameWords(na.city(), nb.city()) && agree(validState(na.state()), validState(nb.state()))
                && agree(na.zip(), nb.zip());
    }

    /**
     * Streets agree on the house number and on their name words. A directional or a suffix that only one side
     * prints ("100 N Charles St" and "100 Charles St"), unit words left in the street, and one OCR slip in a long
     * word ("Chatham" / "Chatharn") do not make two streets differ; a different number or name does.
     */
    static boolean sameStreet(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        List<String> a = streetCore(x);
        List<String> b = streetCore(y);
        String numberA = a.stream().filter(t -> t.matches("\\d+[a-z]?")).findFirst().orElse("");
        String numberB = b.stream().filter(t -> t.matches("\\d+[a-z]?")).findFirst().orElse("");
        if (!agree(numberA, numberB)) {
            return false;
        }
        if (!sameWhereBothGive(x, y, new HashSet<>(DIRECTIONALS.values()))
                || !sameWhereBothGive(x, y, new HashSet<>(SUFFIXES.values()))) {
            return false;
        }
        List<String> namesA = a.stream().filter(t -> t.length() >= 3 && !t.equals(numberA)).toList();
        List<String> namesB = b.stream().filter(t -> t.length() >= 3 && !t.equals(numberB)).toList();
        return covers(namesA, namesB) || covers(namesB, namesA);
    }

    /** Words of a kind (directionals, suffixes): one street may print fewer of them, but none the other lacks both ways. */
    private static boolean sameWhereBothGive(String x, String y, Set<String> kind) {
        Set<String> a = new HashSet<>(Arrays.asList(x.split(" ")));
        Set<String> b = new HashSet<>(Arrays.asList(y.split(" ")));
        a.retainAll(kind);
        b.retainAll(kind);
        return a.containsAll(b) || b.containsAll(a);
    }

    private static List<String> streetCore(String key) {
        Set<String> drop = new HashSet<>(DIRECTIONALS.values());
        drop.addAll(SUFFIXES.values());
        drop.addAll(Arrays.asList(UNIT_WORDS.split("\\|")));
        return Arrays.stream(key.split(" ")).filter(t -> !t.isEmpty() && !drop.contains(t)).toList();
    }

    /** Every word of {@code few} stands among {@code many}, equal or one OCR slip away for words of four letters. */
    private static boolean covers(List<String> few, List<String> many) {
        for (String w : few) {
            if (many.stream().noneMatch(m -> m.equals(w) || (Math.min(m.length(), w.length()) >= 4 && OcrSlips.oneEditApart(m, w)))) {
                return false;
            }
        }
        return true;
    }

    /** Cities agree when the words of one stand in the other (OCR may add a short fragment after a city). */
    static boolean sameWords(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        List<String> a = withoutTrailingFragment(Arrays.asList(x.split(" ")), y);
        List<String> b = withoutTrailingFragment(Arrays.asList(y.split(" ")), x);
        return a.size() == b.size() && covers(a, b) && covers(b, a);
    }

    /** Drops a last word of three letters or fewer that the other side lacks: OCR noise after a city. */
    private static List<String> withoutTrailingFragment(List<String> words, String other) {
        List<String> otherWords = Arrays.asList(other.split(" "));
        if (words.size() > 1 && words.get(words.size() - 1).length() <= 3 && !otherWords.contains(words.get(words.size() - 1))) {
            return words.subList(0, words.size() - 1);
        }
        return words;
    }

    /** The identifying part of a unit: its last word ("Bldg B" and a misread "Bidg B" are both unit B). */
    private static String unitId(String unitKey) {
        return unitKey;
    }

    /** A state that reads as a USPS code after the usual OCR slips ('|' or '1' for I, '0' for O), else nothing. */
    private static String validState(String state) {
        String fixed = state.replace('|', 'I').replace('1', 'I').replace('0', 'O').replace('!', 'I');
        return stateCode(fixed).orElse("");
    }

    private static boolean agree(String x, String y) {
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    /** An address reduced to its comparison keys; an absent part is "". */
    public record Normal(String street, String unit, String city, String state, String zip) {
    }

    public static Normal normal(Address a) {
        String street = a.line1() == null ? "" : a.line1();
        String unit = "";
        Matcher u = UNIT_AT_END.matcher(street);
        if (u.find() && u.start() > 0 && isUnit(u.group(1))) {
            unit = u.group(1);
            street = street.substring(0, u.start());
        }
        if (a.line2() != null && !a.line2().isBlank()) {
            if (UNIT_ALONE.matcher(a.line2()).matches() || unit.isEmpty() && a.line2().strip().matches("[\\p{L}\\p{N}-]{1,6}")) {
                unit = a.line2();
            } else {
                street = street + " " + a.line2();
            }
        }
        String state = a.state() == null ? "" : stateCode(a.state()).orElse(a.state().strip().toUpperCase(Locale.ROOT));
        String zip = a.zip() == null ? "" : zip5(a.zip()).orElse(a.zip().replaceAll("\\D", ""));
        return new Normal(streetKey(street), unitKey(unit), cityKey(a.city()), state, zip);
    }

    /** Street in comparison form: "123 North Main Street" and "123 N. Main St" give "123 n main st". */
    public static String streetKey(String street) {
        List<String> out = new ArrayList<>();
        for (String w : words(street)) {
            String t = DIRECTIONALS.getOrDefault(w, w);
            t = SUFFIXES.getOrDefault(t, t);
            t = ORDINALS.getOrDefault(t, t);
            t = t.equals("saint") ? "st" : t.equals("mount") ? "mt" : t.equals("fort") ? "ft" : t;
            out.add(t);
        }
        return String.join(" ", out);
    }

    /** "Lot Rd" ends a street, not a unit: a unit's value is not a street suffix. */
    private static boolean isUnit(String unit) {
        Matcher m = UNIT_ALONE.matcher(unit.strip());
        return m.matches() && !SUFFIXES.containsKey(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static String unitKey(String unit) {
        Matcher m = UNIT_ALONE.matcher(unit == null ? "" : unit.strip());
        String value = m.matches() ? m.group(1) : unit == null ? "" : unit;
        if (!m.matches()) {
            // a misread designator ("Bidg B", "Unit 3.") still ends with the unit's own number or letter
            List<String> w = words(value);
            value = w.isEmpty() ? "" : w.stream().filter(t -> t.matches(".*\\d.*")).reduce((first, second) -> second)
                    .orElse(w.get(w.size() - 1));
        }
        return NOT_WORD.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String cityKey(String city) {
        List<String> out = new ArrayList<>();
        for (String w : words(city)) {
            out.add(CITY_WORDS.getOrDefault(w, w));
        }
        return String.join(" ", out);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = DOTTED.matcher(text).replaceAll(m -> m.group().replace(".", ""));
        s = NOT_WORD.matcher(s.replace("'", "").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    /** One line: "123 N Main St, Apt 4, Springfield, IL 62704" (absent parts left out). */
    public static String format(Address a) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[]{a.line1(), a.line2(), a.city()}) {
            if (p != null && !p.isBlank()) {
                parts.add(p.strip());
            }
        }
        String tail = ((a.state() == null ? "" : a.state()) + " " + (a.zip() == null ? "" : a.zip())).strip();
        if (!tail.isEmpty()) {
            parts.add(tail);
        }
        return String.join(", ", parts);
    }
}
