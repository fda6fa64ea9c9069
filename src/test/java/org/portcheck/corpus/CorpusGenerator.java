package org.portcheck.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.rendering.ImageType;
import org.portcheck.corpus.SampleCase.BillFormat;

/**
 * Writes the sample corpus: {@code samples/templates/portcheck-loa-v1.pdf}, one folder per case of
 * {@link CaseTable} with its loa.*, bill.*, order.json and expected.json, and samples/README.md.
 * Deterministic: the same seed gives the same bytes.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.portcheck.corpus.CorpusGenerator -Dexec.args="samples 20261115"}
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 20261115L;
    static final String TEMPLATE = "templates/portcheck-loa-v1.pdf";

    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** How each bill layout labels its fields (readers must handle all of them). */
    private static final String BILL_WORDINGS = """
            ## Bill layouts and their wording

            | layout | date | account | service address | lines | provider's own numbers (not lines) |
            |---|---|---|---|---|---|
            | Verizon | Bill Date | Account Number | Service Address | Services for (412) 687-3340 | 1-800-837-4966, Repair 1-800-275-2355 |
            | AT&T | Issue Date: | Account number: | Service address: | PHONE LINES ON THIS ACCOUNT / Home Phone 217-546-3390 | 1-800-288-2020, Repair: 1-800-246-8464 |
            | Xfinity (Comcast) | Billing Date | Account Number | For service at | Xfinity Voice / Phone number (217) 546-3390 | 1-800-XFINITY (1-800-934-6489) |
            | Spectrum | Statement Date: | Account Number: | Service At: | Your phone numbers: 512-459-7731, ... | 1-855-707-7328, Repair 1-833-267-6094 |
            | Frontier (Times) | Invoice Date: | Acct #: | Service Location: | Telephone Number column | 1-800-921-8101, Repair 1-877-462-7320 |
            | T-Mobile | Statement date | Account No. | Service address | Your lines (LINE / TYPE / PLAN) | 1-800-937-8997, 611 |
            | Kinetic by Windstream (Courier) | BILLING DATE: | ACCOUNT NO.: | SERVICE ADDRESS: | TELEPHONE NUMBERS ON THIS ACCOUNT | 1-800-347-1991, REPAIR 1-866-445-6404 |
            | screenshot (any carrier, magicJack only here) | Statement/Bill/Issue/Billing/Invoice date | Account number / Account No. / Acct # | Service address | Your lines / Voice lines / ... | the site's support number |

            Every printed bill also has a remittance PO box (the carrier's, not the customer's), general notices
            ("business days", "To avoid disconnection, pay by ...", on AT&T and Frontier "ask us about a freeze") and,
            only where a case wants them, this account's features: "Ringmaster" / "Ringmate Distinctive Ringing" /
            "Distinctive Ring" / "Smart Ring" / "Ident-A-Call" charges, "Line Sharing", "Local Service Freeze - PIC
            freeze ...", "Pending service order #C...", "High Speed Internet (DSL)", "FINAL BILL" with "Service
            terminated: your service was disconnected on ...", business wording ("Account Type: Business", "Spectrum
            Business account", "Verizon Business", "Account type: Business").

            """;

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "samples");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        String only = args.length > 2 ? args[2] : null;
        List<SampleCase> cases = CaseTable.cases(seed);
        check(cases);
        Files.createDirectories(out.resolve("templates"));
        Files.write(out.resolve(TEMPLATE), LoaForm.template());
        removeStale(out, cases);
        for (SampleCase c : cases) {
            if (only != null && !c.name.matches(only)) {
                continue;
            }
            write(out.resolve(c.name), c);
            System.out.println("wrote " + c.name + " " + c.expected);
        }
        Files.writeString(out.resolve("README.md"), readme(cases, seed));
    }

    /** Refuses a table whose declared codes disagree with the spec, or that uses a number that is not valid. */
    static void check(List<SampleCase> cases) {
        Set<String> names = new HashSet<>();
        List<String> problems = new ArrayList<>();
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (SampleCase c : cases) {
            if (!names.add(c.name)) {
                problems.add(c.name + ": duplicate name");
            }
            TreeSet<Integer> computed = SpecOracle.codes(c);
            if (!computed.equals(c.expected)) {
                problems.add(c.name + ": declares " + c.expected + " but the spec gives " + computed);
            }
            if (c.note.isBlank()) {
                problems.add(c.name + ": no note");
            }
            if (c.hasBill() && c.billFormat != BillFormat.SCREENSHOT_PNG && !c.carrier.hasPrintLayout()) {
                problems.add(c.name + ": " + c.carrier + " has only a screenshot layout");
            }
            for (String n : c.who.numbers()) {
                try {
                    PhoneNumber p = util.parse(n, "US");
                    if (!util.isValidNumber(p) || !SpecOracle.validNanp(n)) {
                        problems.add(c.name + ": persona number " + n + " is not valid");
                    }
                } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                    problems.add(c.name + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("case table problems:\n  " + String.join("\n  ", problems));
        }
    }

    private static void removeStale(Path out, List<SampleCase> cases) throws IOException {
        Set<String> names = new HashSet<>();
        cases.forEach(c -> names.add(c.name));
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path d : dirs.toList()) {
                if (Files.isDirectory(d) && Files.exists(d.resolve("expected.json"))
                        && !names.contains(d.getFileName().toString())) {
                    clear(d);
                    Files.delete(d);
                }
            }
        }
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.matches("(loa|bill)\\.(pdf|png|jpg|tif)|order\\.json|expected\\.json")) {
                    Files.delete(f);
                }
            }
        }
    }

    static void write(Path dir, SampleCase c) throws IOException {
        Files.createDirectories(dir);
        clear(dir);
        if (c.hasLoa()) {
            Files.write(dir.resolve("loa." + c.loaFormat.ext), loa(c));
        }
        if (c.hasBill()) {
            Files.write(dir.resolve("bill." + c.billFormat.ext), bill(c));
        }
        if (c.order != null) {
            Files.writeString(dir.resolve("order.json"), json(c.order), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("expected.json"), expectedJson(c), StandardCharsets.UTF_8);
    }

    static byte[] loa(SampleCase c) {
        Random r = new Random(c.rnd.nextLong());
        return switch (c.loaFormat) {
            case TEXT_PDF -> LoaForm.filled(c, false);
            case ACROFORM_PDF -> LoaForm.filled(c, true);
            case SCANNED_PDF -> Delivery.scannedPdf(
                    Delivery.render(LoaForm.filled(c, false), Delivery.RENDER_DPI, ImageType.GRAY), r, "scan " + c.name);
            case FAX_TIFF -> Delivery.faxTiff(
                    Delivery.render(LoaForm.filled(c, false), Delivery.RENDER_DPI, ImageType.GRAY), r, "CCITT T.6");
        };
    }

    static byte[] bill(SampleCase c) {
        Random r = new Random(c.rnd.nextLong());
        if (c.billFormat == BillFormat.SCREENSHOT_PNG) {
            return Delivery.png(Screenshot.render(c), 96);
        }
        byte[] pdf = BillLayouts.render(c);
        return switch (c.billFormat) {
            case TEXT_PDF -> pdf;
            case SCANNED_PDF -> Delivery.scannedPdf(Delivery.render(pdf, Delivery.RENDER_DPI, ImageType.GRAY), r,
                    "scan " + c.name);
            case FAX_TIFF -> Delivery.faxTiff(Delivery.render(pdf, Delivery.RENDER_DPI, ImageType.GRAY), r, "CCITT T.4");
            case PHOTO_JPEG -> Delivery.photoJpeg(page(pdf), r, Delivery.Photo.GOOD);
            case BLURRY_PHOTO_JPEG -> Delivery.photoJpeg(page(pdf), r, Delivery.Photo.BLURRY);
            case FADED_PHOTO_JPEG -> Delivery.photoJpeg(page(pdf), r, Delivery.Photo.FADED);
            case LOW_RES_JPEG -> Delivery.lowResJpeg(pdf, 60);
            case SCREENSHOT_PNG -> throw new IllegalStateException("handled above");
        };
    }

    private static BufferedImage page(byte[] pdf) {
        return Delivery.render(pdf, Delivery.RENDER_DPI, ImageType.RGB).get(0);
    }

    /** expected.json of a case: asOf, the sorted codes, the note. */
    static String expectedJson(SampleCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", SampleCase.AS_OF.toString());
        m.put("codes", new ArrayList<>(c.expected));
        m.put("note", c.note);
        return json(m);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readme(List<SampleCase> cases, long seed) {
        StringBuilder b = new StringBuilder();
        b.append("# Sample cases\n\n")
                .append("Generated by `org.portcheck.corpus.CorpusGenerator` (test sources) from the case table in ")
                .append("`src/test/java/org/portcheck/corpus/CaseTable.java`; do not edit by hand. Regenerate with:\n\n")
                .append("```\nmvn -q test-compile exec:java -Dexec.classpathScope=test ")
                .append("-Dexec.mainClass=org.portcheck.corpus.CorpusGenerator -Dexec.args=\"samples ")
                .append(seed).append("\"\n```\n\n")
                .append("The output is deterministic (seeded `java.util.Random`, fixed PDF dates and IDs). ")
                .append("`CorpusTreeTest` checks that this tree and the case table agree.\n\n")
                .append("## Layout\n\n")
                .append("```\nsamples/<case>/\n  loa.pdf | loa.tif                   optional: the LOA (form portcheck-loa-v1)\n")
                .append("  bill.pdf | bill.jpg | bill.png | bill.tif   optional: the phone bill\n")
                .append("  order.json                          optional: the order part of the API\n")
                .append("  expected.json                       {\"asOf\": \"2026-11-15\", \"codes\": [...], \"note\": \"...\"}\n")
                .append("samples/templates/portcheck-loa-v1.pdf  the empty fillable LOA\n```\n\n")
                .append("Forms of delivery: text PDF (values as page text, hand signatures as ink images); filled ")
                .append("AcroForm PDF (fields set, typed e-signatures in fields `signature1`/`signature2`, hand ink ")
                .append("stamped as images); scanned PDF (grey JPEG pages at 200 dpi, skewed 0.5-3 degrees, no text ")
                .append("layer); fax TIFF (bilevel 204 x 196 dpi, CCITT T.6 for LOAs, T.4 for bills, multi-page); ")
                .append("phone photo JPEG (about 150-190 dpi, perspective, light fall-off, quality 70, no DPI in the ")
                .append("file); screenshot PNG (1280 px wide, 96 dpi, browser window).\n\n")
                .append("Signature ink comes from real signature crops (Roboflow \"signatures\" dataset, RF100 ")
                .append("`signatures-xc8up` by Pierrick Dossin, via Rovsi135/Signature_Detection_On_Documents), ")
                .append("licensed CC BY 4.0; see `src/test/resources/corpus/signatures/README.md`.\n\n")
                .append(BILL_WORDINGS)
                .append("## Cases\n\n| case | codes | documents | why |\n|---|---|---|---|\n");
        Map<Integer, Integer> perCode = new TreeMap<>();
        for (SampleCase c : cases) {
            c.expected.forEach(code -> perCode.merge(code, 1, Integer::sum));
            b.append("| ").append(c.name).append(" | ").append(c.expected.isEmpty() ? "none" : c.expected.toString()
                    .replaceAll("[\\[\\]]", "")).append(" | ").append(c.formats()).append(" | ")
                    .append(c.note.replace("|", "/")).append(" |\n");
        }
        b.append("\nCases per code: ");
        List<String> counts = new ArrayList<>();
        perCode.forEach((k, v) -> counts.add(k + ": " + v));
        long clean = cases.stream().filter(c -> c.expected.isEmpty()).count();
        b.append(String.join(", ", counts)).append("; clean: ").append(clean).append(".\n");
        return b.toString();
    }
}
