package org.portcheck.qa;

import java.time.Instant;
import java.util.List;

/** A whole QA run: every case's result, the per-code metrics and the per-format timings. */
public record QaRun(String root, String target, Long seed, Instant started, long wallMs, List<CaseResult> results,
                   List<Metrics.CodeMetrics> metrics, List<FormatTimings.FormatTiming> timings) {

    public QaRun {
        results = List.copyOf(results);
        metrics = List.copyOf(metrics);
        timings = List.copyOf(timings);
    }

    public List<CaseResult> differing() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    /** 0 when every case gave its expected codes, 1 when any differs (or failed). */
    public int exitCode() {
        return differing().isEmpty() ? 0 : 1;
    }
}
