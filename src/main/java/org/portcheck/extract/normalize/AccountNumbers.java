package org.portcheck.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Account numbers compare on their letters and digits only: spaces, dashes, dots and case do not count.
 *
 * <p>Either side may have been read by OCR (a photographed bill, a faxed LOA, a hand-filled form), and OCR's usual
 * slips in a number are a letter for a digit ("018-483-g085-4") or a number cut short ("101 07"). Neither is evidence
 * of another account, so {@link #compare} tells three outcomes apart:
 * <ul>
 * <li>a letter among digits is read as the digits it is commonly confused with (see {@link #positions}); where that
 * is more than one digit ("g" is an 8 or a 9) the position is unreadable and matches any of them. We do not guess
 * one digit: a position unreadable on one side is compared with what the other side says there, and every other
 * position must still agree. Letters at the start of a number ("MJ70…") are its letters, compared as they are;</li>
 * <li>a value that agrees with the start of the other and covers less than half of it is a reading cut short: not
 * confirmed, not different ({@link Match#PARTIAL}, for review), never a mismatch;</li>
 * <li>anything else that differs is a different account number.</li>
 * </ul>
 */
public final class AccountNumbers {

    /** How a read account number compares with another. */
    public enum Match {
        SAME,
        /** One side is only the first part of the other: read in part, so neither confirmed nor contradicted. */
        PARTIAL,
        DIFFERENT
    }

    /** Letters (and marks) that OCR and handwriting commonly give for a digit, and the digits they may stand for. */
    private static final Map<Character, String> DIGIT_LOOKALIKES = Map.ofEntries(
            Map.entry('O', "0"), Map.entry('o', "0"), Map.entry('D', "0"), Map.entry('Q', "0"),
            Map.entry('I', "1"), Map.entry('l', "1"), Map.entry('i', "1"), Map.entry('|', "1"), Map.entry('!', "1"),
            Map.entry('Z', "2"), Map.entry('z', "2"), Map.entry('S', "5"), Map.entry('s', "5"),
            Map.entry('G', "6"), Map.entry('b', "6"), Map.entry('T', "7"), Map.entry('B', "8"),
            Map.entry('g', "89"), Map.entry('q', "9"));

    private AccountNumbers() {
    }

    public static String normalize(String accountNumber) {
        return accountNumber == null ? "" : accountNumber.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    /** False when either side has no letters or digits: an absent number is not a match. */
    public static boolean same(String a, String b) {
        return compare(a, b) == Match.SAME;
    }

    /** Both sides read by OCR: see {@link #compare(String, boolean, String, boolean)}. */
    public static Match compare(String a, String b) {
        return compare(a, true, b, true);
    }

    /**
     * How {@code a} compares with {@code b}; DIFFERENT when either side has no letters or digits (an absent number is
     * not a match). OCR's slips are allowed for only on a side that was read by OCR ({@code aByOcr}, {@code bByOcr}):
     * a letter typed or printed in a text layer is that letter, and a number typed in full is not "read in part".
     */
    public static Match compare(String a, boolean aByOcr, String b, boolean bByOcr) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return Match.DIFFERENT;
        }
        if (na.equals(nb)) {
            return Match.SAME;
        }
        List<String> pa = aByOcr ? positions(a) : exact(na);
        List<String> pb = bByOcr ? positions(b) : exact(nb);
        if (pa.size() == pb.size()) {
            return agree(pa, pb, pa.size()) ? Match.SAME : Match.DIFFERENT;
        }
        List<String> shorter = pa.size() < pb.size() ? pa : pb;
        List<String> longer = shorter == pa ? pb : pa;
        boolean shorterByOcr = shorter == pa ? aByOcr : bByOcr;
        if (shorterByOcr && 2 * shorter.size() < longer.size() && agree(shorter, longer, shorter.size())) {
            return Match.PARTIAL;
        }
        return Match.DIFFERENT;
    }

    /** A value's letters and digits as they are, one a position. */
    private static List<String> exact(String normalized) {
        List<String> out = new ArrayList<>(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            out.add(String.valueOf(normalized.charAt(i)));
        }
        return out;
    }

    private static boolean agree(List<String> a, List<String> b, int n) {
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.chars().noneMatch(c -> y.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value's letters and digits, one entry a position, each the characters that position may be: a digit, a
     * letter (upper case), or the digits a look-alike may stand for. Look-alikes are read as digits only inside a
     * run of digits ("1OO3", "018-483-g085") or as a lone one at its end ("385135318O"); letters beside a letter
     * at either end ("MJ7017…", "SB12…") are letters of an account number that has them.
     */
    static List<String> positions(String value) {
        String chars = value.replaceAll("[^\\p{L}\\p{N}|!]", "");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < chars.length()) {
            if (Character.isDigit(chars.charAt(i))) {
                out.add(String.valueOf(chars.charAt(i++)));
                continue;
            }
            int end = i;
            while (end < chars.length() && !Character.isDigit(chars.charAt(end))) {
                end++;
            }
            boolean digitBefore = i > 0;
            boolean digitAfter = end < chars.length();
            boolean lookalikes = chars.substring(i, end).chars().allMatch(c -> DIGIT_LOOKALIKES.containsKey((char) c));
            boolean asDigits = lookalikes && (digitBefore && digitAfter
                    || end - i == 1 && (digitBefore || digitAfter));
            for (int k = i; k < end; k++) {
                char c = chars.charAt(k);
                if (asDigits) {
                    out.add(DIGIT_LOOKALIKES.get(c));
                } else if (Character.isLetter(c)) {
                    out.add(String.valueOf(c).toUpperCase(Locale.ROOT));
                }
                // a '|' or '!' among letters is a stray mark, no character of the number
            }
            i = end;
        }
        return out;
    }
}
