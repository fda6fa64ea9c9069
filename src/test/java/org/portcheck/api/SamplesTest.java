package org.portcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.portcheck.qa.CaseResult;
import org.portcheck.qa.ConsoleReport;
import org.portcheck.qa.QaCases;
import org.portcheck.qa.HttpPrecheckClient;
import org.portcheck.qa.QaCommand;
import org.portcheck.qa.QaRun;
import org.portcheck.qa.QaSettings;

/**
 * Every case of samples/ through POST /api/v1/prechecks of the test server, by the QA runner: each sample goes
 * through OCR once, and the same run writes target/qa/report.html and report.json.
 */
@QuarkusTest
class SamplesTest {

    private static final Path PROJECT = Path.of(System.getProperty("portcheck.project-dir", "."));

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldGiveEverySampleItsExpectedCodes() throws IOException {
        Path samples = PROJECT.resolve("samples");
        // a case folder is any folder holding a case's files (samples/templates holds only the blank form)
        List<String> folders;
        try (Stream<Path> dirs = Files.walk(samples)) {
            folders = dirs.filter(Files::isDirectory).filter(QaCases::holdsCaseFiles)
                    .map(d -> samples.relativize(d).toString().replace('\\', '/')).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "samples/ holds no case");

        QaCommand.Outcome outcome = QaCommand.run(
                new QaCommand.Options(samples, server.toString(), PROJECT.resolve("target").resolve("qa"), null),
                new HttpPrecheckClient(server.toString(), QaSettings.DEFAULT_HTTP_TIMEOUT), QaSettings.defaults(),
                System.out, false);
        QaRun run = outcome.run();
        System.out.println("QA report of samples/: " + outcome.html().toAbsolutePath());

        List<String> covered = run.results().stream().map(CaseResult::name).sorted().toList();
        assertEquals(folders, covered, "the run must cover every case folder of samples/ (each needs an expected.json)");
        // Cases the readers are known to get wrong are listed, each with why, in samples/known-misses.txt; the run
        // must differ on exactly those: a new miss fails, and so does a listed case that now passes (unlist it).
        List<String> known = knownMisses(samples);
        List<CaseResult> unexpected = run.differing().stream().filter(r -> !known.contains(r.name())).toList();
        List<String> differingNames = run.differing().stream().map(CaseResult::name).toList();
        List<String> nowPassing = known.stream().filter(k -> !differingNames.contains(k)).toList();
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " of " + run.results().size()
                + " samples differ beyond the known misses (report: " + outcome.html().toAbsolutePath() + "):\n"
                + unexpected.stream().map(r -> ConsoleReport.describe(r, "  ")).collect(Collectors.joining("\n")));
        assertTrue(nowPassing.isEmpty(), () -> "listed as known misses but now right; remove them from "
                + "samples/known-misses.txt: " + nowPassing);
        System.out.println("samples: " + (run.results().size() - known.size()) + " right, " + known.size()
                + " known misses (samples/known-misses.txt)");
    }

    /** The case names of samples/known-misses.txt: one a line, then " -- why"; '#' starts a comment. */
    static List<String> knownMisses(Path samples) throws IOException {
        Path file = samples.resolve("known-misses.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+--\\s+|\\s+", 2)[0]).toList();
    }
}
