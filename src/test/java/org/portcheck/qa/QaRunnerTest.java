package org.portcheck.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QA runner over the tiny tree of src/test/resources/qa (an order alone, a text-layer bill written at test time,
 * a case with a deliberately wrong expected.json), in-process and over HTTP against the test server.
 */
@QuarkusTest
class QaRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    InProcessClient client;

    @TestHTTPResource("/")
    URL server;

    @TempDir
    Path tmp;

    private InProcessClient inProcess() {
        return client;
    }

    @Test
    void shouldExitNonZeroAndCountCodesWhenACaseDiffers() throws Exception {
        Path tree = QaTree.copy(tmp.resolve("tree"));
        Path reportDir = tmp.resolve("report");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = QaCommand.execute(new QaCommand.Options(tree, null, reportDir, null), inProcess(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String console = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, console + err);
        JsonNode report = JSON.readTree(reportDir.resolve("report.json").toFile());
        assertEquals(3, report.get("cases").asInt());
        assertEquals(2, report.get("passed").asInt());
        Map<String, JsonNode> cases = new java.util.TreeMap<>();
        report.get("results").forEach(r -> cases.put(r.get("name").asText(), r));
        assertEquals(Set.of("order-only", "text-bill", "wrong-expected"), cases.keySet());
        assertFalse(cases.get("wrong-expected").get("passed").asBoolean());
        assertEquals("[170]", cases.get("wrong-expected").get("got").toString());
        assertEquals("[10]", cases.get("wrong-expected").get("missing").toString());
        assertEquals("bill:pdf-text", cases.get("text-bill").get("format").asText());

        // expected/got: order-only {170}/{170}, text-bill {120,180}/{120,180}, wrong-expected {10}/{170}
        Map<String, JsonNode> metrics = new java.util.TreeMap<>();
        report.get("metrics").forEach(m -> metrics.put(m.get("code").asText(), m));
        assertEquals(Set.of("10", "120", "170", "180", "all"), metrics.keySet());
        assertCounts(metrics.get("10"), 0, 0, 1, null, 0.0);
        assertCounts(metrics.get("120"), 1, 0, 0, 1.0, 1.0);
        assertCounts(metrics.get("170"), 1, 1, 0, 0.5, 1.0);
        assertCounts(metrics.get("180"), 1, 0, 0, 1.0, 1.0);
        assertCounts(metrics.get("all"), 3, 1, 1, 0.75, 0.75);

        // the console shows one progress line per case, the table and the differing case with its evidence
        assertEquals(3, console.lines().filter(l -> l.matches("\\[\\d/3] .*")).count(), console);
        assertTrue(console.contains("wrong-expected [order only]: expected [10] got [170]"), console);
        assertTrue(console.contains("170: loa"), console);
        assertFalse(console.contains("4821"), "the order's PIN must never be printed");
        assertFalse(Files.readString(reportDir.resolve("report.json")).contains("4821"));
    }

    @Test
    void shouldWriteAnHtmlReportWithAPicturePerPageAndTheEvidenceBoxes() throws Exception {
        Path tree = QaTree.copy(tmp.resolve("tree"));
        QaCommand.Outcome outcome = QaCommand.run(new QaCommand.Options(tree, null, tmp.resolve("report"), null),
                inProcess(), QaSettings.defaults(), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), false);

        String html = Files.readString(outcome.html());
        CaseResult bill = outcome.run().results().stream().filter(r -> r.name().equals("text-bill")).findFirst()
                .orElseThrow();
        int pages = bill.documents().stream().mapToInt(d -> d.pages().size()).sum();
        assertEquals(1, pages);
        assertEquals(pages, count(html, "<img src=\"data:image/png;base64,"), "one inline picture per page");
        assertFalse(html.contains("src=\"http"), "no external assets");
        assertFalse(html.contains("<link"), "no external stylesheets");
        // the 180 evidence (the customer name on the bill) is drawn as a box inside the page's picture
        long drawn = bill.marksOn("bill", 1).stream().filter(m -> Integer.valueOf(180).equals(m.code())).count();
        assertEquals(1, drawn, bill.marks().toString());
        Matcher box = Pattern.compile("<div class=\"box\" style=\"left:([\\d.]+)%;top:([\\d.]+)%;width:([\\d.]+)%;"
                + "height:([\\d.]+)%\" title=\"180 customerName").matcher(html);
        assertTrue(box.find(), "box of code 180 on the bill page");
        assertTrue(Double.parseDouble(box.group(3)) > 0 && Double.parseDouble(box.group(4)) > 0);
        assertTrue(html.contains("<tr id=\"case-wrong-expected\" class=\"fail\">"));
        assertTrue(html.contains("<tr id=\"case-text-bill\" class=\"pass\">"));
        assertFalse(html.contains("4821"));
    }

    @Test
    void shouldGiveTheSameCodesOverHttpAndReportAFailedRequestAsDiffering() throws Exception {
        Path tree = QaTree.copy(tmp.resolve("tree"));
        Path notADocument = Files.createDirectories(tree.resolve("not-a-document"));
        Files.writeString(notADocument.resolve("bill.pdf"), "this is plain text, not a PDF");
        Files.writeString(notADocument.resolve("expected.json"), "{\"asOf\": \"2026-11-15\", \"codes\": [120]}");

        QaCommand.Outcome overHttp = QaCommand.run(new QaCommand.Options(tree, server.toString(),
                tmp.resolve("http"), 7L), new HttpPrecheckClient(server.toString(), QaSettings.DEFAULT_HTTP_TIMEOUT),
                QaSettings.defaults(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);

        Map<String, CaseResult> byName = overHttp.run().results().stream()
                .collect(Collectors.toMap(CaseResult::name, r -> r));
        assertEquals(List.of("not-a-document", "order-only", "text-bill", "wrong-expected"),
                overHttp.run().results().stream().map(CaseResult::name).toList(), "name order despite the seed");
        assertEquals(Set.of(170), byName.get("order-only").got());
        assertEquals(Set.of(120, 180), byName.get("text-bill").got());
        assertNull(byName.get("text-bill").error());
        CaseResult refused = byName.get("not-a-document");
        assertFalse(refused.passed());
        assertTrue(refused.error().startsWith("415 "), refused.error());
        assertEquals(List.of("not-a-document", "wrong-expected"),
                overHttp.run().differing().stream().map(CaseResult::name).toList());
        assertEquals(1, overHttp.run().exitCode());
        // pictures come over HTTP too
        String html = Files.readString(overHttp.html());
        assertEquals(1, count(html, "<img src=\"data:image/png;base64,"));
    }

    @Test
    void shouldExitZeroWhenEveryCasePasses() throws Exception {
        Path tree = QaTree.copy(tmp.resolve("tree"));
        int status = QaCommand.execute(new QaCommand.Options(tree.resolve("order-only"), null, tmp.resolve("r"), null),
                inProcess(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
    }

    private static void assertCounts(JsonNode m, int tp, int fp, int fn, Double precision, Double recall) {
        String row = m.toString();
        assertEquals(tp, m.get("tp").asInt(), row);
        assertEquals(fp, m.get("fp").asInt(), row);
        assertEquals(fn, m.get("fn").asInt(), row);
        if (precision == null) {
            assertTrue(m.get("precision").isNull(), row);
        } else {
            assertEquals(precision, m.get("precision").asDouble(), 1e-9, row);
        }
        assertEquals(recall, m.get("recall").asDouble(), 1e-9, row);
    }

    private static long count(String text, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }
}
