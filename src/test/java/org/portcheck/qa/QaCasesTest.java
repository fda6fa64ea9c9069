package org.portcheck.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaCasesTest {

    @TempDir
    Path tmp;

    @Test
    void shouldFindCaseFoldersAtAnyDepthWithTheirOptionalParts() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("family/a"));
        Files.writeString(a.resolve("expected.json"), "{\"asOf\":\"2026-11-15\",\"codes\":[150, 10]}");
        Files.write(a.resolve("LOA.TIFF"), new byte[] {1});
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(b.resolve("expected.json"), "{\"asOf\":\"2026-11-15\",\"codes\":[]}");
        Files.writeString(b.resolve("order.json"), "{}");
        Files.write(Files.createDirectories(tmp.resolve("not-a-case")).resolve("template.pdf"), new byte[] {1});
        Files.writeString(Files.createDirectories(tmp.resolve("no-expected")).resolve("order.json"), "{}");

        List<QaCase> cases = QaCases.scan(tmp);

        assertEquals(List.of("b", "family/a"), cases.stream().map(QaCase::name).toList());
        assertEquals(List.of(tmp.resolve("no-expected")), QaCases.withoutExpected(tmp));
        QaCase first = cases.get(1);
        assertEquals(Set.of(10, 150), first.expected());
        assertEquals(LocalDate.of(2026, 11, 15), first.asOf());
        assertEquals("LOA.TIFF", first.loa().getFileName().toString());
        assertNull(first.bill());
        assertNull(first.order());
        assertEquals("tif", QaCases.extension(first.loa()));
        assertTrue(cases.get(0).runnable());
        assertEquals("order.json", cases.get(0).order().getFileName().toString());
    }

    @Test
    void shouldKeepABrokenCaseWithItsProblemSoItIsReportedAsDiffering() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(c.resolve("expected.json"), "{\"codes\":[10]}");
        Files.write(c.resolve("bill.pdf"), new byte[] {1});
        Files.write(c.resolve("bill.png"), new byte[] {1});

        QaCase broken = QaCases.scan(tmp).get(0);
        CaseResult r = new QaRunner(null, QaSettings.defaults()).runCase(broken);

        assertTrue(broken.problem().contains("no asOf"), broken.problem());
        assertTrue(broken.problem().contains("more than one bill"), broken.problem());
        assertTrue(r.error().startsWith("case not runnable"), r.error());
        assertEquals(Set.of(10), r.missing());
    }

    @Test
    void shouldParseTheCommandLine() {
        QaCommand.Options o = QaCommand.Options.parse("qa", "samples", "--url=http://localhost:8080", "--report", "out",
                "--seed", "42");
        assertEquals(Path.of("samples"), o.dir());
        assertEquals("http://localhost:8080", o.url());
        assertEquals(Path.of("out"), o.reportDir());
        assertEquals(42L, o.seed());
        assertEquals(QaCommand.DEFAULT_REPORT_DIR, QaCommand.Options.parse("qa", "x").reportDir());
        assertThrows(IllegalArgumentException.class, () -> QaCommand.Options.parse("qa"));
        assertThrows(IllegalArgumentException.class, () -> QaCommand.Options.parse("qa", "x", "--bogus"));
        assertThrows(IllegalArgumentException.class, () -> QaCommand.Options.parse("qa", "x", "--seed", "many"));
        assertThrows(IllegalArgumentException.class, () -> QaCommand.Options.parse("qa", "x", "--url", "localhost"));
    }

    @Test
    void shouldMaskTheOrdersPinInAnythingPrinted() {
        Secrets s = Secrets.ofOrder("{\"pin\":\"4821\",\"ssnLast4\":\"1234\",\"accountName\":\"Jane\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("pin •••• and ssn ••••, Jane", s.mask("pin 4821 and ssn 1234, Jane"));
    }
}
