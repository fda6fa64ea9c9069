package org.portcheck.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Per-code counts over a run: a case is one trial per code, positive when the code is expected or raised. */
public final class Metrics {

    /** The label of the row that sums every code (micro-average). */
    public static final String ALL = "all";

    private Metrics() {
    }

    /** The expected and raised codes of one case. */
    public record Sets(Set<Integer> expected, Set<Integer> got) {
    }

    /** Counts of one code; precision and recall are null where their denominator is zero. */
    public record CodeMetrics(String code, int tp, int fp, int fn) {

        public Double precision() {
            return tp + fp == 0 ? null : tp / (double) (tp + fp);
        }

        public Double recall() {
            return tp + fn == 0 ? null : tp / (double) (tp + fn);
        }
    }

    /** One row per code seen in any case (expected or raised), by code number, then the "all" row. */
    public static List<CodeMetrics> perCode(Collection<Sets> cases) {
        TreeSet<Integer> codes = new TreeSet<>();
        cases.forEach(c -> {
            codes.addAll(c.expected());
            codes.addAll(c.got());
        });
        List<CodeMetrics> rows = new ArrayList<>();
        int tpAll = 0;
        int fpAll = 0;
        int fnAll = 0;
        for (int code : codes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Sets c : cases) {
                boolean want = c.expected().contains(code);
                boolean have = c.got().contains(code);
                if (want && have) {
                    tp++;
                } else if (have) {
                    fp++;
                } else if (want) {
                    fn++;
                }
            }
            rows.add(new CodeMetrics(String.valueOf(code), tp, fp, fn));
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }
        rows.add(new CodeMetrics(ALL, tpAll, fpAll, fnAll));
        return rows;
    }
}
