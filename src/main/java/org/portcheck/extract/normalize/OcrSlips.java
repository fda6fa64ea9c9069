package org.portcheck.extract.normalize;

/** How far apart two words are, for telling an OCR slip from a different word. */
public final class OcrSlips {

    private OcrSlips() {
    }

    /** Equal, or one letter inserted, dropped or changed (Levenshtein distance at most 1). */
    public static boolean oneEditApart(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 1 && distance(a, b) <= 1;
    }

    /** Letters inserted, dropped or changed to turn {@code a} into {@code b} (Levenshtein distance). */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    /**
     * For each end {@code j} of {@code hay} (index 0 to its length), the fewest edits that turn some stretch of
     * {@code hay} starting at or after {@code from} and ending at {@code j} into {@code needle} (Sellers' algorithm:
     * a match may start anywhere). Ends before {@code from + 1} cost the needle's length.
     */
    public static int[] matchCosts(String hay, int from, String needle) {
        int n = needle.length();
        int[] ends = new int[hay.length() + 1];
        java.util.Arrays.fill(ends, n);
        int[] prev = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            prev[i] = i;
        }
        for (int j = Math.max(0, from); j < hay.length(); j++) {
            int[] cur = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                int sub = prev[i - 1] + (needle.charAt(i - 1) == hay.charAt(j) ? 0 : 1);
                cur[i] = Math.min(sub, Math.min(prev[i] + 1, cur[i - 1] + 1));
            }
            ends[j + 1] = cur[n];
            prev = cur;
        }
        return ends;
    }
}
