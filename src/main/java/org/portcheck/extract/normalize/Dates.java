package org.portcheck.extract.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as bills and forms print them: "November 3, 2026", "Nov 03, 2026", "Nov. 3rd 2026", "03 Nov 2026",
 * "03-Nov-2026", "11/03/2026", "11/03/26", "11-03-2026", "2026-11-03". Numeric day-month order is US (month first).
 * Two-digit years are 20xx. A date that does not exist (02/30/2026) is not a date.
 */
public final class Dates {

    private static final String MONTH = "(?<%s>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:"
            + String.format(MONTH, "m1") + "\\s*(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?<y1>\\d{4})"
            + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?[\\s-]*" + String.format(MONTH, "m2") + "[\\s,-]*(?<y2>\\d{4}|\\d{2})"
            + "|(?<y3>\\d{4})[-/.](?<m3>\\d{1,2})[-/.](?<d3>\\d{1,2})"
            + "|(?<m4>\\d{1,2})(?<sep>[/.-])(?<d4>\\d{1,2})\\k<sep>(?<y4>\\d{4}|\\d{2})"
            + ")(?![\\p{L}\\p{N}])");
    private static final int CENTURY = 2000;
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private Dates() {
    }

    /** A date found in a text and where it stands. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first date in the text. */
    public static Optional<LocalDate> parse(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /** Every date in the text, in order. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = toDate(m);
            if (d != null) {
                found.add(new Found(d, m.start(), m.end()));
            }
        }
        return found;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            if (m.group("m1") != null) {
                return LocalDate.of(year(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            }
            if (m.group("m2") != null) {
                return LocalDate.of(year(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            }
            if (m.group("y3") != null) {
                return LocalDate.of(year(m.group("y3")), Integer.parseInt(m.group("m3")),
                        Integer.parseInt(m.group("d3")));
            }
            return LocalDate.of(year(m.group("y4")), Integer.parseInt(m.group("m4")), Integer.parseInt(m.group("d4")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? CENTURY + v : v;
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }
}
