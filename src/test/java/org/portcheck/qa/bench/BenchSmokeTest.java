package org.portcheck.qa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcheck.document.DocumentReader;
import org.portcheck.qa.HttpPrecheckClient;
import org.portcheck.qa.InProcessClient;

/**
 * The bench's code paths on two small sample cases (a text-layer LOA + bill, a one-page screenshot bill): corpus
 * classification, raw tesseract, in-process and HTTP prechecks, batch and report. Times are printed, never asserted.
 */
@QuarkusTest
class BenchSmokeTest {

    private static final Path SAMPLES = Path.of(System.getProperty("portcheck.project-dir", "."), "samples");

    @Inject
    DocumentReader reader;

    @Inject
    InProcessClient inProcess;

    @Inject
    RulesTiming rulesTiming;

    @TestHTTPResource("/")
    URL base;

    @TempDir
    Path tmp;

    @Test
    void shouldMeasureTwoCasesSideBySideAndWriteTheReport() throws Exception {
        Path tree = tmp.resolve("tree");
        for (String name : new String[]{"clean-verizon-textpdf", "120-bill-only-screenshot"}) {
            Path to = Files.createDirectories(tree.resolve(name));
            try (var files = Files.list(SAMPLES.resolve(name))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        BenchCorpus corpus = BenchCorpus.load(tree, reader);
        assertEquals(3, corpus.docs().size());
        assertEquals(1, corpus.textPairs().size(), "the text-layer LOA and bill make the no-OCR pair");
        BenchCorpus.Doc png = corpus.docs().stream().filter(d -> d.format() == Format.SCREENSHOT_PNG).findFirst()
                .orElseThrow();
        assertEquals(1, png.ocrPages().size(), "the screenshot is one page for OCR");

        BenchOptions options = BenchOptions.parse("bench", tree.toString(), "--per-format", "1", "--repeat", "2");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Bench.Results results = new Bench(new PrintStream(log, true, StandardCharsets.UTF_8), tmp).measure(corpus,
                options, inProcess,
                new HttpPrecheckClient(base.toString(), Duration.ofSeconds(60)));

        assertFalse(log.toString(StandardCharsets.UTF_8).contains("failed"), log.toString(StandardCharsets.UTF_8));
        Bench.Row screenshot = results.rows().stream().filter(r -> r.label().equals("screenshot PNG")).findFirst()
                .orElseThrow();
        assertEquals(1, screenshot.inProcessMs().size());
        assertEquals(1, screenshot.httpMs().size());
        assertEquals(1, screenshot.rawDocMs().size(), "raw tesseract ran on the screenshot's page");
        assertEquals(1, screenshot.stageMs().get("ocrMs").size(), "the response's timings were collected");
        Bench.Row pair = results.rows().get(results.rows().size() - 1);
        assertEquals(2, pair.inProcessMs().size(), "the pair precheck is repeated");
        assertEquals(3, results.batch().docs());
        assertEquals(1, results.batch().pages());
        assertEquals(3, results.firstBatch().docs(), "the batch runs twice: first pass and steady state");
        assertTrue(results.batch().cpu().processMs() > 0, "the batch's CPU time was read");

        RulesTiming.Figures rules = rulesTiming.measure(corpus, 20);
        assertEquals(1, rules.cases(), "the text pair's facts are evaluated");
        assertEquals(20, rules.runs());
        assertTrue(rules.medianMs() > 0 && rules.p95Ms() >= rules.medianMs(), rules.toString());
        String md = BenchReport.markdown(results, rules, null, null, options.command(), BenchReport.loadAverage());
        System.out.println(md);
        assertTrue(md.contains("| screenshot PNG | 1 | 1 |"), md);
        assertTrue(md.contains("nproc: " + Runtime.getRuntime().availableProcessors()), md);
        assertTrue(md.contains("Batch throughput"), md);
        assertTrue(md.contains("second pass (steady state)"), md);
        assertTrue(md.contains("CPU during the second pass"), md);
        assertTrue(md.contains("The rules alone"), md);
        assertTrue(results.batch().cpu().gcMs() >= 0 && results.batch().cpu().jitMs() >= 0,
                "the GC's and the JIT's threads were read from /proc: " + results.batch().cpu());

        BenchOptions batchOnly = BenchOptions.parse("bench", tree.toString(), "--batch-only");
        Bench.Results batch = new Bench(new PrintStream(log, true, StandardCharsets.UTF_8), tmp).measure(corpus,
                batchOnly, inProcess, null);
        assertTrue(batch.rows().isEmpty(), "no rows per format with --batch-only");
        assertEquals(3, batch.batch().docs());
        String batchMd = BenchReport.markdown(batch, null, null, null, batchOnly.command(),
                BenchReport.loadAverage());
        assertFalse(batchMd.contains("Per delivery form"), batchMd);
        assertTrue(batchMd.contains("second pass (steady state)"), batchMd);
    }

    @Test
    void shouldRefuseUnknownOptions() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("bench", "--fast"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("bench", "--clients", "0"));
        assertEquals(8, BenchOptions.parse("bench", "--load", "--clients", "8").clients());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("bench", "--batch-only", "--load"));
    }

    @Test
    void shouldWriteTheReportOnlyWhenTheWholeBenchRunsOrAFileIsNamed() {
        assertEquals(Path.of("docs", "benchmarks.md"), BenchOptions.parse("bench").out());
        assertNull(BenchOptions.parse("bench", "--batch-only").out(), "a batch-only run must not replace the report");
        assertEquals(Path.of("/tmp/b.md"), BenchOptions.parse("bench", "--batch-only", "--out", "/tmp/b.md").out());
    }
}
