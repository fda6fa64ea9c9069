package org.portcheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed samples/ tree has the shape samples.md describes, covers what the corpus promises, and agrees with
 * the generator's case table (expected.json and order.json are regenerated in memory and compared byte for byte).
 */
class CorpusTreeTest {

    /** Every code precheck-rules.md raises before submission. */
    private static final Set<Integer> PRECHECK_CODES = Set.of(10, 20, 30, 40, 50, 60, 70, 90, 100, 110, 120, 130, 140,
            150, 160, 170, 180, 190, 200, 220, 230, 240, 250, 260, 270, 280, 290, 300);
    private static final int MIN_CASES = 120;
    private static final int MIN_CASES_PER_CODE = 4;
    private static final int MIN_CLEAN = 15;
    private static final int MIN_BILL_LAYOUTS = 8;
    private static final long MAX_TREE_BYTES = 40L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path samples;
    private static List<Path> caseDirs;
    private static List<SampleCase> table;

    @BeforeAll
    static void load() throws IOException {
        samples = Path.of(System.getProperty("portcheck.project-dir", ".")).resolve("samples");
        try (Stream<Path> s = Files.list(samples)) {
            caseDirs = s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("templates"))
                    .sorted().toList();
        }
        table = CaseTable.cases(CorpusGenerator.DEFAULT_SEED);
    }

    @Test
    void shouldGiveEveryCaseAnExpectedJsonWithAsOfSortedCodesAndANote() throws IOException {
        assertFalse(caseDirs.isEmpty(), "no case folders under " + samples);
        for (Path d : caseDirs) {
            Path e = d.resolve("expected.json");
            assertTrue(Files.isRegularFile(e), d + " has no expected.json");
            JsonNode n = JSON.readTree(e.toFile());
            assertEquals("2026-11-15", n.path("asOf").asText(), d + ": asOf");
            assertTrue(n.path("codes").isArray(), d + ": codes is not a list");
            List<Integer> codes = new ArrayList<>();
            n.path("codes").forEach(c -> {
                assertTrue(c.isInt(), d + ": code " + c + " is not an integer");
                codes.add(c.asInt());
            });
            assertEquals(new ArrayList<>(new TreeSet<>(codes)), codes, d + ": codes are not sorted and distinct");
            assertFalse(n.path("note").asText("").isBlank(), d + ": no note");
        }
    }

    @Test
    void shouldHoldAtMostOneLoaAndOneBillOfAnAcceptedKind() throws IOException {
        for (Path d : caseDirs) {
            List<String> names;
            try (Stream<Path> s = Files.list(d)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            for (String name : names) {
                assertTrue(name.matches("(loa|bill)\\.(pdf|png|jpg|tif)|order\\.json|expected\\.json"),
                        d + ": unexpected file " + name);
            }
            assertTrue(names.stream().filter(x -> x.startsWith("loa.")).count() <= 1, d + ": more than one LOA");
            assertTrue(names.stream().filter(x -> x.startsWith("bill.")).count() <= 1, d + ": more than one bill");
            for (String name : names) {
                if (name.startsWith("loa.") || name.startsWith("bill.")) {
                    assertMagic(d.resolve(name));
                }
            }
        }
    }

    private static void assertMagic(Path f) throws IOException {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(f)) {
            assertEquals(4, in.read(head), f + " is too short");
        }
        String name = f.getFileName().toString();
        String ext = name.substring(name.indexOf('.') + 1);
        boolean ok = switch (ext) {
            case "pdf" -> head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
            case "png" -> (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            case "jpg" -> (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8;
            case "tif" -> head[0] == 'I' && head[1] == 'I' && head[2] == 42 || head[0] == 'M' && head[1] == 'M';
            default -> false;
        };
        assertTrue(ok, f + " does not start like a ." + ext + " file");
    }

    @Test
    void shouldCoverEveryPrecheckCodeFourTimesAndHaveFifteenCleanCases() throws IOException {
        assertTrue(caseDirs.size() >= MIN_CASES, "only " + caseDirs.size() + " cases");
        Map<Integer, Integer> perCode = new TreeMap<>();
        int clean = 0;
        for (Path d : caseDirs) {
            JsonNode codes = JSON.readTree(d.resolve("expected.json").toFile()).path("codes");
            if (codes.isEmpty()) {
                clean++;
            }
            codes.forEach(c -> perCode.merge(c.asInt(), 1, Integer::sum));
        }
        for (int code : PRECHECK_CODES) {
            assertTrue(perCode.getOrDefault(code, 0) >= MIN_CASES_PER_CODE, "code " + code + " is in only "
                    + perCode.getOrDefault(code, 0) + " cases");
        }
        assertTrue(clean >= MIN_CLEAN, "only " + clean + " clean cases");
    }

    @Test
    void shouldHoldBothLoaProfilesAndEightBillLayouts() throws IOException {
        // the profile as the documents show it: the carrier-loa is recognised by its own title
        Set<String> profiles = new TreeSet<>();
        for (SampleCase c : table) {
            if (c.hasLoa()) {
                profiles.add(c.profile.id);
            }
        }
        assertEquals(Set.of("portcheck-loa-v1", "carrier-loa"), profiles);
        SampleCase carrierText = table.stream()
                .filter(c -> c.profile == SampleCase.Profile.CARRIER && c.loaFormat == SampleCase.LoaFormat.TEXT_PDF)
                .findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(samples.resolve(carrierText.name).resolve("loa.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            for (String label : List.of("LETTER OF AUTHORIZATION", "Billing Telephone Number (BTN):", "Losing Carrier:",
                    "Losing Carrier Account Number:", "Customer (Company) Name:", "Service Address:", "City/State/ZIP:",
                    "Account Contact:", "Print Name:", "Authorized Signature:", "Telephone Numbers to be Ported")) {
                assertTrue(text.contains(label), carrierText.name + ": carrier LOA lacks '" + label + "'");
            }
            assertFalse(text.contains("Initials"), "the carrier LOA has no initials blocks");
        }
        Set<String> layouts = table.stream().filter(SampleCase::hasBill)
                .map(c -> c.billFormat.screenshot() && !c.carrier.hasPrintLayout() ? c.carrier + " screenshot"
                        : c.billFormat.screenshot() ? "screenshot" : c.carrier.name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(layouts.size() >= MIN_BILL_LAYOUTS, "bill layouts: " + layouts);
    }

    @Test
    void shouldMatchTheCaseTable() throws IOException {
        CorpusGenerator.check(table);
        Set<String> folders = caseDirs.stream().map(d -> d.getFileName().toString()).collect(Collectors.toSet());
        Set<String> cases = table.stream().map(c -> c.name).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(cases), new TreeSet<>(folders), "case folders and case table differ");
        for (SampleCase c : table) {
            Path d = samples.resolve(c.name);
            assertEquals(CorpusGenerator.expectedJson(c), Files.readString(d.resolve("expected.json")),
                    c.name + ": expected.json is stale; regenerate (samples/README.md)");
            Path order = d.resolve("order.json");
            assertEquals(c.order != null, Files.exists(order), c.name + ": order.json presence");
            if (c.order != null) {
                assertEquals(CorpusGenerator.json(c.order), Files.readString(order), c.name + ": order.json is stale");
            }
            assertEquals(c.hasLoa() ? List.of("loa." + c.loaFormat.ext) : List.of(), files(d, "loa."),
                    c.name + ": LOA file");
            assertEquals(c.hasBill() ? List.of("bill." + c.billFormat.ext) : List.of(), files(d, "bill."),
                    c.name + ": bill file");
        }
    }

    private static List<String> files(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void shouldRegenerateTextPdfsByteForByte() throws IOException {
        SampleCase c = CaseTable.cases(CorpusGenerator.DEFAULT_SEED).stream()
                .filter(k -> k.name.equals("clean-verizon-textpdf")).findFirst().orElseThrow();
        Path d = samples.resolve(c.name);
        // the generator draws the LOA before the bill from the case's one Random
        assertArrayEquals(Files.readAllBytes(d.resolve("loa.pdf")), CorpusGenerator.loa(c), "loa.pdf differs");
        assertArrayEquals(Files.readAllBytes(d.resolve("bill.pdf")), CorpusGenerator.bill(c), "bill.pdf differs");
        assertArrayEquals(Files.readAllBytes(samples.resolve(CorpusGenerator.TEMPLATE)), LoaForm.template(),
                "template differs");
    }

    @Test
    void shouldShipTheFillableTemplateWithTheFormFieldNames() throws IOException {
        try (PDDocument doc = Loader.loadPDF(samples.resolve(CorpusGenerator.TEMPLATE).toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            Set<String> names = new TreeSet<>();
            for (PDField f : form.getFieldTree()) {
                names.add(f.getFullyQualifiedName());
            }
            Set<String> want = new TreeSet<>(List.of("accountHolderName", "businessName", "authorizedPerson", "street",
                    "unit", "city", "state", "zip", "currentProvider", "accountNumber", "pin", "btn", "number1",
                    "number2", "number3", "number4", "number5", "number6", "initials1", "initials2", "signature1",
                    "signature1Date", "signature2", "signature2Date"));
            assertEquals(want, names);
            assertTrue(form.getDefaultResources().getFont(org.apache.pdfbox.cos.COSName.getPDFName("Helv")) != null,
                    "Helv missing from the AcroForm's DR");
        }
    }

    @Test
    void shouldStayUnderTheSizeBudget() throws IOException {
        long total;
        try (Stream<Path> s = Files.walk(samples)) {
            total = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total < MAX_TREE_BYTES, "samples/ holds " + total + " bytes");
    }
}
