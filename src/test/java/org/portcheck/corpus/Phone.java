package org.portcheck.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The ways people and carriers print telephone numbers and dates. */
final class Phone {

    private Phone() {
    }

    /** {@code digits} is ten digits; style 0 "(650) 318-2046", 1 "650-318-2046", 2 "650.318.2046", 3 "650 318 2046". */
    static String format(String digits, int style) {
        String a = digits.substring(0, 3);
        String b = digits.substring(3, 6);
        String c = digits.substring(6);
        return switch (style) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> a + "." + b + "." + c;
            default -> a + " " + b + " " + c;
        };
    }

    /** Ten digits of a North American number, or null when it has not ten or eleven (leading 1) digits. */
    static String digits(String printed) {
        String d = printed.replaceAll("\\D", "");
        if (d.length() == 11 && d.startsWith("1")) {
            d = d.substring(1);
        }
        return d.length() == 10 ? d : null;
    }

    /** style 0 "11/09/2026", 1 "Nov 9, 2026", 2 "2026-11-09". */
    static String date(LocalDate d, int style) {
        return switch (style) {
            case 0 -> d.format(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US));
            case 1 -> d.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US));
            default -> d.toString();
        };
    }

    static String date(LocalDate d, String pattern) {
        return d.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }
}
