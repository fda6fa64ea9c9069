package org.portcheck.extract.normalize;

import java.util.Locale;

/** Account numbers compare on their letters and digits only: spaces, dashes, dots and case do not count. */
public final class AccountNumbers {

    private AccountNumbers() {
    }

    public static String normalize(String accountNumber) {
        return accountNumber == null ? "" : accountNumber.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    /** False when either side has no letters or digits: an absent number is not a match. */
    public static boolean same(String a, String b) {
        String na = normalize(a);
        return !na.isEmpty() && na.equals(normalize(b));
    }
}
