package org.portcheck.qa.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Median and nearest-rank percentiles of milliseconds. */
public final class Stats {

    private Stats() {
    }

    public static double median(Collection<? extends Number> values) {
        List<Double> s = sorted(values);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    /** Nearest rank: the smallest value with at least p% of the values at or below it. */
    public static double percentile(Collection<? extends Number> values, int p) {
        List<Double> s = sorted(values);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, rank - 1));
    }

    public static double sum(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).sum();
    }

    private static List<Double> sorted(Collection<? extends Number> values) {
        List<Double> s = new ArrayList<>();
        values.forEach(v -> s.add(v.doubleValue()));
        s.sort(Double::compare);
        return s;
    }
}
