package org.portcheck.qa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The figures as one Markdown page: printed to the console and written to docs/benchmarks.md. */
public final class BenchReport {

    private BenchReport() {
    }

    public static String markdown(Bench.Results results, RulesTiming.Figures rules, Double startupMs,
                                  LoadTest.Result load, String command, String loadAverageAtStart) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Produced by `").append(command).append("` on ")
                .append(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append(".\n\n");
        md.append("## Machine\n\n").append(machine()).append("- load average when the run started: ")
                .append(loadAverageAtStart).append(" (other processes share the cores; wall times include that)\n\n");

        if (!results.rows().isEmpty()) {
            md.append("## Per delivery form (one precheck at a time)\n\n");
            md.append("Each document is sent alone as its part; a precheck's time is wall time at the caller. Raw is")
                    .append(" the `tesseract page.png - --dpi N` command (OMP_THREAD_LIMIT=1) on the same page images")
                    .append(" at the same DPI, pages one after another; the ratio is portcheck in-process / raw per")
                    .append(" document (median, max). Text forms are repeated ").append(results.repeat())
                    .append(" times.\n\n");
            md.append("| form | docs | OCR pages | in-process median | p95 | HTTP median | p95 | raw tesseract median"
                    + " | portcheck/raw median | max |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Bench.Row r : results.rows()) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s |%n",
                        r.label(), r.docs(), r.pages(), ms(Stats.median(r.inProcessMs())),
                        ms(Stats.percentile(r.inProcessMs(), 95)), ms(Stats.median(r.httpMs())),
                        ms(Stats.percentile(r.httpMs(), 95)), ms(Stats.median(r.rawDocMs())),
                        x(Stats.median(r.ratios())), x(Stats.percentile(r.ratios(), 100))));
            }
            md.append("\n## Where the time goes (medians of the response's timings, in-process)\n\n");
            md.append("read = reading and rendering without OCR (readMs - ocrMs, floored at 0); OCR is the sum over")
                    .append(" pages of worker time (pages run in parallel, so it can exceed the wall time).\n\n");
            md.append("| form | read | OCR | extract | rules |\n|---|---:|---:|---:|---:|\n");
            for (Bench.Row r : results.rows()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", r.label(),
                        ms(Stats.median(r.stageMs().get("readMs"))), ms(Stats.median(r.stageMs().get("ocrMs"))),
                        ms(Stats.median(r.stageMs().get("extractMs"))),
                        ms(Stats.median(r.stageMs().get("rulesMs")))));
            }
            if (rules != null) {
                md.append(String.format(Locale.ROOT, "%nThe rules alone (a response's `rulesMs` is whole milliseconds"
                                + " cut down): `PrecheckRules.evaluate` on the assembled facts of the %d text/AcroForm"
                                + " cases, %d timed runs after a warm-up, each a new session on the KieBase built once"
                                + " at start-up: median %.3f ms, p95 %.3f ms.%n",
                        rules.cases(), rules.runs(), rules.medianMs(), rules.p95Ms()));
            }
        }
        Bench.Batch b = results.batch();
        Bench.Batch first = results.firstBatch();
        md.append(results.rows().isEmpty() ? "" : "\n").append("## Batch throughput (whole corpus)\n\n");
        md.append("Every document of the corpus as its own precheck, twice over: the first pass runs while the JIT is")
                .append(" still compiling (a service just started), the second is the steady state. The ratio of the")
                .append(" second is the figure to hold against the target.\n\n");
        md.append(String.format(Locale.ROOT, "| | documents/min | wall | ratio to raw |%n|---|---:|---:|---:|%n"
                        + "| portcheck, %d documents (%d OCR pages), %d in flight, in-process, first pass | %.1f | %s"
                        + " | %s |%n"
                        + "| the same, second pass (steady state) | %.1f | %s | %s |%n"
                        + "| raw tesseract, same pages one after another | %.1f | %s | 1.00x |%n",
                b.docs(), b.pages(), b.threads(), first.docsPerMinute(), ms(first.wallMs()),
                x(first.docsPerMinute() / first.rawDocsPerMinute()), b.docsPerMinute(), ms(b.wallMs()),
                x(b.docsPerMinute() / b.rawDocsPerMinute()), b.rawDocsPerMinute(), ms(b.rawSequentialMs())));
        int cores = Runtime.getRuntime().availableProcessors();
        md.append(String.format(Locale.ROOT, "%nCPU during the second pass: %s in all (%.0f%% of %d cores over its"
                        + " wall time), of which the OCR workers %s, the garbage collector %s, the JIT compilers %s"
                        + " and the other threads (rendering, extraction, rules, callers) %s; the first pass used %s"
                        + " (JIT %s). The raw run's tesseract processes used %s of CPU.%n",
                seconds(b.cpu().processMs()), 100 * b.cpu().processMs() / (cores * b.wallMs()), cores,
                seconds(b.cpu().ocrWorkersMs()), seconds(b.cpu().gcMs()), seconds(b.cpu().jitMs()),
                seconds(b.cpu().otherMs()), seconds(first.cpu().processMs()), seconds(first.cpu().jitMs()),
                seconds(b.rawCpu().childrenMs())));
        if (b.busyRetries() + first.busyRetries() > 0) {
            md.append("\nThe service answered busy ").append(b.busyRetries() + first.busyRetries())
                    .append(" times; those were retried.\n");
        }
        md.append("\n## Start-up\n\n");
        md.append(startupMs == null ? "Not measured (no server started).\n"
                : String.format(Locale.ROOT, "Process spawn to `/q/health/ready` = 200 (OCR warm-up included): %s.%n",
                ms(startupMs)));
        if (load != null) {
            md.append("\n## Load test (loopback)\n\n");
            md.append(String.format(Locale.ROOT, "%d clients for %.0f s, each posting mixed single documents from the"
                            + " corpus back to back (after a 503 a client waits 250 ms).%n%n"
                            + "| requests | answered 200 per min | p50 | p95 | p99 | max | 503 (all with Retry-After?) | other"
                            + " failures | peak RSS (VmHWM) |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"
                            + "| %d | %.1f | %s | %s | %s | %s | %d (%s) | %d | %.0f MiB |%n%nStatuses: %s%n",
                    load.clients(), load.seconds(), load.requests(), load.perMinute(), ms(load.p50Ms()),
                    ms(load.p95Ms()), ms(load.p99Ms()), ms(load.maxMs()), load.busy(),
                    load.busyWithoutRetryAfter() == 0 ? "yes" : load.busyWithoutRetryAfter() + " without",
                    load.failures(), load.peakRssMib(), load.statuses()));
        }
        return md.toString();
    }

    static String machine() {
        String cpu = "unknown";
        String mem = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse(mem);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave unknown
        }
        return String.format(Locale.ROOT, "- nproc: %d%n- memory: %s%n- CPU: %s%n- Java: %s (%s)%n- tesseract: %s%n",
                Runtime.getRuntime().availableProcessors(), mem, cpu, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), tesseractVersion());
    }

    static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String tesseractVersion() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("?");
            p.waitFor();
            return first.trim();
        } catch (IOException e) {
            return "not found";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v >= 10_000 ? String.format(Locale.ROOT, "%.1f s", v / 1000) : String.format(Locale.ROOT, "%.0f ms", v);
    }

    private static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    private static String x(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%.2fx", v);
    }
}
