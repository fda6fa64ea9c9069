package org.portcheck.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Wall time per case, grouped by the case's format ("loa:pdf-text bill:jpg"). */
public final class FormatTimings {

    private FormatTimings() {
    }

    public record FormatTiming(String format, int cases, long medianMs, long p95Ms, long maxMs) {
    }

    public static List<FormatTiming> of(List<CaseResult> results) {
        Map<String, List<Long>> byFormat = new TreeMap<>();
        for (CaseResult r : results) {
            if (r.error() == null) {
                byFormat.computeIfAbsent(r.format(), f -> new ArrayList<>()).add(r.wallMs());
            }
        }
        List<FormatTiming> rows = new ArrayList<>();
        byFormat.forEach((format, ms) -> {
            List<Long> sorted = ms.stream().sorted().toList();
            rows.add(new FormatTiming(format, sorted.size(), median(sorted), percentile(sorted, 95),
                    sorted.get(sorted.size() - 1)));
        });
        return rows;
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
