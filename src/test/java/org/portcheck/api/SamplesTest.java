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
        List<CaseResult> differing = run.differing();
        assertTrue(differing.isEmpty(), () -> differing.size() + " of " + run.results().size()
                + " samples differ (report: " + outcome.html().toAbsolutePath() + "):\n"
                + differing.stream().map(r -> ConsoleReport.describe(r, "  ")).collect(Collectors.joining("\n")));
    }
}
