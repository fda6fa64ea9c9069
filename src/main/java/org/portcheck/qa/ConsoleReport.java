package org.portcheck.qa;

import java.io.PrintStream;
import java.util.Locale;

/** The summary printed after a run: per-code table, differing cases with evidence, per-format timings. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    static void print(QaRun run, PrintStream out) {
        out.printf("%nQA run of %s (%s): %d cases, %d pass, %d differ, %.1f s%s%n", run.root(), run.target(),
                run.results().size(), run.passed(), run.differing().size(), run.wallMs() / 1000.0,
                run.seed() == null ? "" : ", seed " + run.seed());
        out.println();
        out.printf("%6s %5s %5s %5s %10s %7s%n", "code", "tp", "fp", "fn", "precision", "recall");
        for (Metrics.CodeMetrics m : run.metrics()) {
            out.printf("%6s %5d %5d %5d %10s %7s%n", m.code(), m.tp(), m.fp(), m.fn(), ratio(m.precision()),
                    ratio(m.recall()));
        }
        if (!run.differing().isEmpty()) {
            out.println();
            out.println("Differing cases:");
            for (CaseResult r : run.differing()) {
                out.println(describe(r, "  "));
            }
        }
        out.println();
        out.println("Wall time per case by format (ms):");
        out.printf("  %-34s %5s %7s %7s %7s%n", "format", "cases", "median", "p95", "max");
        for (FormatTimings.FormatTiming t : run.timings()) {
            out.printf("  %-34s %5d %7d %7d %7d%n", t.format(), t.cases(), t.medianMs(), t.p95Ms(), t.maxMs());
        }
        out.flush();
    }

    /** One differing case: expected vs got, and the evidence of each code (what a failing test prints too). */
    public static String describe(CaseResult r, String indent) {
        StringBuilder s = new StringBuilder();
        s.append(indent).append(r.name()).append(" [").append(r.format()).append("]: expected ").append(r.expected())
                .append(" got ").append(r.got());
        if (r.error() != null) {
            s.append("\n").append(indent).append("    error: ").append(r.error());
        } else {
            s.append(" (missing ").append(r.missing()).append(", extra ").append(r.extra()).append(")");
        }
        if (!r.note().isBlank()) {
            s.append("\n").append(indent).append("    note: ").append(r.note());
        }
        for (CaseResult.Mark m : r.marks()) {
            s.append("\n").append(indent).append("    ").append(m.code() == null ? "review" : m.code()).append(": ")
                    .append(where(m)).append(m.field() == null ? "" : " " + m.field())
                    .append(m.detail() == null ? "" : " - " + m.detail());
        }
        return s.toString();
    }

    static String where(CaseResult.Mark m) {
        if (m.document() == null) {
            return "-";
        }
        return m.document() + (m.page() == null ? "" : " p" + m.page());
    }

    static String ratio(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
