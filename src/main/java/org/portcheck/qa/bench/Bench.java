package org.portcheck.qa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.portcheck.qa.PrecheckClient;

/**
 * The measurements, side by side on the same documents: a precheck in this JVM and over HTTP, the raw tesseract
 * command on the same page images, batch throughput with every core busy, and where the time goes.
 */
public final class Bench {

    /** Pause before retrying a document the service refused as busy during the batch. */
    private static final Duration BUSY_PAUSE = Duration.ofMillis(200);
    private static final String[] STAGES = {"readMs", "ocrMs", "extractMs", "rulesMs"};

    /** One timed precheck: wall time at the caller and the response's own timings (null when it failed). */
    public record Sample(double wallMs, JsonNode timings) {
    }

    /** The figures of one row (a delivery form, or the text pair). */
    public record Row(String label, int docs, int pages, List<Double> inProcessMs, List<Double> httpMs,
                      List<Double> rawDocMs, List<Double> ratios, Map<String, List<Double>> stageMs) {
    }

    /** Batch throughput over the whole corpus. */
    private static final int BATCH_IN_FLIGHT_PER_CORE = 2;

    public record Batch(int docs, int pages, int threads, double wallMs, double rawSequentialMs, int busyRetries,
                        CpuClock.Reading cpu, CpuClock.Reading rawCpu) {

        public double docsPerMinute() {
            return docs / (wallMs / 60_000);
        }

        public double rawDocsPerMinute() {
            return docs / (rawSequentialMs / 60_000);
        }
    }

    /**
     * The batch twice: the first pass meets code the JIT has not compiled yet (a service just started), the second
     * is the steady state an upload pipeline sees once the service has been up a while.
     */
    public record Results(List<Row> rows, Batch firstBatch, Batch batch, int repeat) {
    }

    private final PrintStream log;
    private final RawTesseract raw;

    public Bench(PrintStream log, Path scratch) {
        this.log = log;
        this.raw = new RawTesseract(scratch);
    }

    /** Runs everything but the load test; {@code http} may be null (no HTTP column). */
    public Results measure(BenchCorpus corpus, BenchOptions options, PrecheckClient inProcess, PrecheckClient http) {
        log.printf("bench: %d cases, %d documents; raw tesseract on every OCR page...%n", corpus.cases().size(),
                corpus.docs().size());
        Map<BenchCorpus.Doc, Double> rawMs = new HashMap<>();
        CpuClock.Reading rawStart = CpuClock.now();
        for (BenchCorpus.Doc d : corpus.docs()) {
            rawMs.put(d, Stats.sum(raw.time(d.ocrPages())));
        }
        CpuClock.Reading rawCpu = CpuClock.now().minus(rawStart);
        // one of each form first, so that class loading and JIT do not land in the first row
        corpus.sample(1).values().forEach(ds -> ds.forEach(d -> {
            inProcess.send(d.parts());
            if (http != null) {
                http.send(d.parts());
            }
        }));

        List<Row> rows = new ArrayList<>();
        if (!options.batchOnly()) {
            rows.addAll(formRows(corpus, options, inProcess, http, rawMs));
            rows.add(pairRow(corpus, options, inProcess, http));
        }
        Batch first = batch(corpus, inProcess, rawMs, rawCpu);
        Batch steady = batch(corpus, inProcess, rawMs, rawCpu);
        return new Results(rows, first, steady, options.repeat());
    }

    /** One row per delivery form: a few of its documents, in process, over HTTP and against raw tesseract. */
    private List<Row> formRows(BenchCorpus corpus, BenchOptions options, PrecheckClient inProcess,
                               PrecheckClient http, Map<BenchCorpus.Doc, Double> rawMs) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Format, List<BenchCorpus.Doc>> e : corpus.sample(options.perFormat()).entrySet()) {
            List<BenchCorpus.Doc> docs = e.getValue();
            if (docs.isEmpty()) {
                continue;
            }
            log.printf("bench: %s (%d documents)%n", e.getKey().label(), docs.size());
            int times = e.getKey().ocr() ? 1 : options.repeat();
            List<Double> in = new ArrayList<>();
            List<Double> over = new ArrayList<>();
            List<Double> rawDoc = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            Map<String, List<Double>> stages = stageLists();
            int pages = 0;
            for (BenchCorpus.Doc d : docs) {
                List<Double> mine = new ArrayList<>();
                for (int i = 0; i < times; i++) {
                    Sample s = timed(inProcess, d.parts(), d.label());
                    mine.add(s.wallMs());
                    addStages(stages, s.timings());
                    if (http != null) {
                        over.add(timed(http, d.parts(), d.label()).wallMs());
                    }
                }
                in.addAll(mine);
                pages += d.ocrPages().size();
                if (e.getKey().ocr()) {
                    rawDoc.add(rawMs.get(d));
                    ratios.add(Stats.median(mine) / rawMs.get(d));
                }
            }
            rows.add(new Row(e.getKey().label(), docs.size(), pages, in, over, rawDoc, ratios, stages));
        }
        return rows;
    }

    private Row pairRow(BenchCorpus corpus, BenchOptions options, PrecheckClient inProcess, PrecheckClient http) {
        var pairs = corpus.textPairs();
        log.printf("bench: text/AcroForm LOA + bill + order (%d cases)%n", pairs.size());
        List<Double> in = new ArrayList<>();
        List<Double> over = new ArrayList<>();
        Map<String, List<Double>> stages = stageLists();
        for (var c : pairs) {
            for (int i = 0; i < options.repeat(); i++) {
                Sample s = timed(inProcess, corpus.caseParts(c), c.name());
                in.add(s.wallMs());
                addStages(stages, s.timings());
                if (http != null) {
                    over.add(timed(http, corpus.caseParts(c), c.name()).wallMs());
                }
            }
        }
        return new Row("LOA + bill, both text/AcroForm", pairs.size(), 0, in, over, List.of(), List.of(), stages);
    }

    /** Every document of the corpus as its own precheck, as many at once as there are cores. */
    private Batch batch(BenchCorpus corpus, PrecheckClient client, Map<BenchCorpus.Doc, Double> rawMs,
                        CpuClock.Reading rawCpu) {
        // twice as many documents in flight as cores, as an upload pipeline would send them: while one document
        // is being rendered or its fields extracted, another's pages keep the OCR workers busy
        int threads = BATCH_IN_FLIGHT_PER_CORE * Runtime.getRuntime().availableProcessors();
        log.printf("bench: batch of %d documents, %d in flight%n", corpus.docs().size(), threads);
        int[] busy = new int[1];
        CpuClock.Reading cpuStart = CpuClock.now();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (BenchCorpus.Doc d : corpus.docs()) {
                futures.add(pool.submit(() -> {
                    while (true) {
                        PrecheckClient.Reply r = d.parts() == null ? null : client.send(d.parts());
                        if (r == null || r.status() != 503) {
                            return;
                        }
                        synchronized (busy) {
                            busy[0]++;
                        }
                        ServerProcess.sleep(BUSY_PAUSE);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the batch failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e6;
        CpuClock.Reading cpu = CpuClock.now().minus(cpuStart);
        int pages = corpus.docs().stream().mapToInt(d -> d.ocrPages().size()).sum();
        return new Batch(corpus.docs().size(), pages, threads, wall, Stats.sum(rawMs.values()), busy[0], cpu, rawCpu);
    }

    private Sample timed(PrecheckClient client, PrecheckClient.Parts parts, String what) {
        long t0 = System.nanoTime();
        PrecheckClient.Reply r = client.send(parts);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!r.succeeded()) {
            log.printf("bench: %s failed on %s: %s%n", client.target(), what, r.error());
            return new Sample(ms, null);
        }
        return new Sample(ms, r.body().path("timings"));
    }

    private static Map<String, List<Double>> stageLists() {
        Map<String, List<Double>> m = new java.util.LinkedHashMap<>();
        for (String s : STAGES) {
            m.put(s, new ArrayList<>());
        }
        return m;
    }

    private static void addStages(Map<String, List<Double>> stages, JsonNode timings) {
        if (timings == null || timings.isMissingNode()) {
            return;
        }
        for (String s : STAGES) {
            double v = timings.path(s).asDouble();
            // readMs includes the OCR wait; the table shows reading without it
            stages.get(s).add(s.equals("readMs") ? Math.max(0, v - timings.path("ocrMs").asDouble()) : v);
        }
    }

    static Map<Format, List<Double>> byFormat() {
        return new EnumMap<>(Format.class);
    }
}
