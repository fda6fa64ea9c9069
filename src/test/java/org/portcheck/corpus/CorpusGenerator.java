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
            | CenturyLink | Bill Date: | Account Number: | Service Address: | Phone Number column (303.329.6157) | 1-800-244-1111, repair 1-800-573-1311 |
            | Cox | Statement Date | Account Number | Service Address | Cox Voice / Phone number: (702) 457-1196 | 1-800-234-3993 |
            | Boost Mobile | Invoice Date: | Account #: | Service Address (primary place of use): | MOBILE NUMBER column | 1-833-502-6678, 611 |
            | screenshot (any carrier; magicJack and Google Voice only here) | Statement/Bill/Issue/Billing/Invoice date | Account number / Account No. / Acct # | Service address | Your lines / Voice lines / ... | the site's support number |

            Every printed bill also has a remittance PO box (the carrier's, not the customer's), general notices
            ("business days", "To avoid disconnection, pay by ...", on AT&T and Frontier "ask us about a freeze") and,
            only where a case wants them, this account's features: "Ringmaster" / "Ringmate Distinctive Ringing" /
            "Distinctive Ring" / "Smart Ring" / "Ident-A-Call" / "Teen Line" charges, "Line Sharing", "Local Service Freeze - PIC
            freeze ...", "Pending service order #C...", "High Speed Internet (DSL)", "FINAL BILL" with "Service
            terminated: your service was disconnected on ...", business wording ("Account Type: Business", "Spectrum
            Business account", "Verizon Business", "Account type: Business", "CenturyLink Business - Business
            account", "Cox Business").

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
            if (c.hasBill() && !c.billFormat.screenshot() && !c.carrier.hasPrintLayout()) {
                problems.add(c.name + ": " + c.carrier + " has only a screenshot layout");
            }
            if (c.hasLoa() && !c.loaFormat.multiPage && c.profile == SampleCase.Profile.V1) {
                problems.add(c.name + ": the two-page portcheck-loa-v1 cannot be one " + c.loaFormat.ext + " image");
            }
            if (c.hasLoa() && c.profile == SampleCase.Profile.CARRIER && c.loaFormat == SampleCase.LoaFormat.ACROFORM_PDF) {
                problems.add(c.name + ": the carrier-loa has no form fields");
            }
            if (c.hasLoa() && fragileInkLost(c)) {
                problems.add(c.name + ": faint or smeared ink on a delivery that destroys it (fax, heavy noise, low "
                        + "contrast)");
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

    /**
     * Bilevel fax turns faint ink (grey 215-232, InkDefects) into paper or blobs, and heavy noise or low contrast
     * bury it, so the spec's "illegible" would no longer be what the file shows. The first corpus's
     * smeared-then-faxed case is kept as it was (others test against it).
     */
    private static boolean fragileInkLost(SampleCase c) {
        boolean faint = c.signature1 == SampleCase.Mark.FAINT || c.signature2 == SampleCase.Mark.FAINT;
        boolean smeared = c.signature1 == SampleCase.Mark.SMEARED || c.signature2 == SampleCase.Mark.SMEARED;
        String d = c.loaFormat.degradation;
        boolean harsh = d.contains("fax") || d.contains("noise") || d.contains("contrast") || d.contains("JPEG");
        return harsh && (faint || smeared && !c.name.equals("130-smeared-signature-fax"));
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
        if (c.profile == SampleCase.Profile.CARRIER) {
            return delivered(CarrierLoaForm.filled(c), c, r);
        }
        return switch (c.loaFormat) {
            case TEXT_PDF -> LoaForm.filled(c, false);
            case ACROFORM_PDF -> LoaForm.filled(c, true);
            case SCANNED_PDF -> Delivery.scannedPdf(
                    Delivery.render(LoaForm.filled(c, false), Delivery.RENDER_DPI, ImageType.GRAY), r, "scan " + c.name);
            case FAX_TIFF -> Delivery.faxTiff(
                    Delivery.render(LoaForm.filled(c, false), Delivery.RENDER_DPI, ImageType.GRAY), r, "CCITT T.6");
            default -> delivered(LoaForm.filled(c, false), c, r);
        };
    }

    /** An LOA printed from {@code pdf} and delivered in the case's newer forms (rotations, noise, photos). */
    private static byte[] delivered(byte[] pdf, SampleCase c, Random r) {
        return switch (c.loaFormat) {
            case TEXT_PDF -> pdf;
            case ACROFORM_PDF -> throw new IllegalStateException(c.name + ": no AcroForm for " + c.profile.id);
            case SCANNED_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.PLAIN, "scan " + c.name);
            case FAX_TIFF -> Delivery.faxTiff(grey(pdf), r, "CCITT T.6");
            case SCAN_UPSIDE_DOWN_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.UPSIDE_DOWN, "scan " + c.name);
            case SCAN_SIDEWAYS_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.SIDEWAYS, "scan " + c.name);
            case NOISY_SCAN_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.NOISY, "scan " + c.name);
            case LOW_CONTRAST_SCAN_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.LOW_CONTRAST, "scan " + c.name);
            case JPEG_ARTEFACTS_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.JPEG_BLOCKS, "scan " + c.name);
            case FAX_UPSIDE_DOWN_TIFF -> Delivery.faxTiff(upsideDown(grey(pdf)), r, "CCITT T.6");
            case PHOTO_JPEG -> Delivery.photoJpeg(page(pdf), r, Delivery.Photo.GOOD);
            case SCAN_JPEG -> Delivery.scanJpeg(grey(pdf).get(0), r, Delivery.PLAIN);
        };
    }

    private static List<BufferedImage> grey(byte[] pdf) {
        return Delivery.render(pdf, Delivery.RENDER_DPI, ImageType.GRAY);
    }

    private static List<BufferedImage> upsideDown(List<BufferedImage> pages) {
        return pages.stream().map(p -> Delivery.quarterTurns(p, 2)).toList();
    }

    static byte[] bill(SampleCase c) {
        Random r = new Random(c.rnd.nextLong());
        if (c.billFormat == BillFormat.SCREENSHOT_PNG) {
            return Delivery.png(Screenshot.render(c), 96);
        }
        if (c.billFormat == BillFormat.SCREENSHOT_JPEG) {
            return Delivery.jpeg(Screenshot.render(c), 0.35f, 96);
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
            case SCAN_JPEG -> Delivery.scanJpeg(grey(pdf).get(0), r, Delivery.PLAIN);
            case SCAN_SIDEWAYS_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.SIDEWAYS, "scan " + c.name);
            case SCAN_UPSIDE_DOWN_JPEG -> Delivery.scanJpeg(grey(pdf).get(0), r, Delivery.UPSIDE_DOWN);
            case NOISY_SCAN_PDF -> Delivery.scanPdf(grey(pdf), r, Delivery.NOISY, "scan " + c.name);
            case LOW_CONTRAST_JPEG -> Delivery.scanJpeg(grey(pdf).get(0), r, Delivery.LOW_CONTRAST);
            case JPEG_ARTEFACTS_JPG -> Delivery.scanJpeg(grey(pdf).get(0), r, Delivery.JPEG_BLOCKS);
            case PHOTO_SIDEWAYS_JPEG -> Delivery.jpeg(Delivery.quarterTurns(
                    Delivery.photo(page(pdf), r, Delivery.Photo.GOOD), r.nextBoolean() ? 1 : 3), 0.7f, 0);
            case FAX_UPSIDE_DOWN_TIFF -> Delivery.faxTiff(upsideDown(grey(pdf)), r, "CCITT T.4");
            case SCREENSHOT_PNG, SCREENSHOT_JPEG -> throw new IllegalStateException("handled above");
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
                .append("```\nsamples/<case>/\n  loa.pdf | loa.tif | loa.jpg         optional: the LOA (portcheck-loa-v1 or carrier-loa)\n")
                .append("  bill.pdf | bill.jpg | bill.png | bill.tif   optional: the phone bill\n")
                .append("  order.json                          optional: the order part of the API\n")
                .append("  expected.json                       {\"asOf\": \"2026-11-15\", \"codes\": [...], \"note\": \"...\"}\n")
                .append("samples/templates/portcheck-loa-v1.pdf  the empty fillable LOA\n```\n\n")
                .append("Forms of delivery: text PDF (values as page text, hand signatures as ink images); filled ")
                .append("AcroForm PDF (fields set, typed e-signatures in fields `signature1`/`signature2`, hand ink ")
                .append("stamped as images); scanned PDF (grey JPEG pages at 200 dpi, skewed 0.5-3 degrees, no text ")
                .append("layer); fax TIFF (bilevel 204 x 196 dpi, CCITT T.6 for LOAs, T.4 for bills, multi-page); ")
                .append("phone photo JPEG (about 150-190 dpi, perspective, light fall-off, quality 70, no DPI in the ")
                .append("file); screenshot PNG (1280 px wide, 96 dpi, browser window). Newer forms: a scan fed upside ")
                .append("down or sideways (rotated 180 or 90 degrees, no orientation tag), heavy scanner noise and ")
                .append("speckle, low contrast (print at grey ~110 on paper ~200), JPEG pages at quality 10, a fax fed ")
                .append("upside down, a phone photo taken sideways, a screenshot saved as JPEG. Faint and smeared ")
                .append("signatures are never faxed, noised or low-contrast (that would destroy the ink the case is ")
                .append("about).\n\n")
                .append("LOA profiles: `portcheck-loa-v1` (the project's two-page form, template in `templates/`) and ")
                .append("`carrier-loa` (\"LETTER OF AUTHORIZATION / Local Number Port Authorization\": Customer ")
                .append("(Company) Name, Billing Telephone Number (BTN), Losing Carrier, Losing Carrier Account Number, ")
                .append("Transfer PIN, Last 4 of SSN, Service Address, City/State/ZIP, Account Contact, Print Name, ")
                .append("Authorized Signature + Date; one signature, no initials; the numbers on \"Attachment A - ")
                .append("Telephone Numbers to be Ported\" on page 2, or on page 1 when the file is one image).\n\n")
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
        b.append("\n## Composition\n\n").append(cases.size()).append(" cases, ").append(perCode.size())
                .append(" codes. Computed from the case table.\n\n");
        long clean = cases.stream().filter(c -> c.expected.isEmpty()).count();
        b.append(table("code", "cases", perCode, Map.of("clean", (int) clean)));
        Map<String, Integer> loaForms = new TreeMap<>();
        Map<String, Integer> billForms = new TreeMap<>();
        Map<String, Integer> degradations = new TreeMap<>();
        Map<String, Integer> layouts = new TreeMap<>();
        Map<String, Integer> profiles = new TreeMap<>();
        Map<String, Integer> marks = new TreeMap<>();
        for (SampleCase c : cases) {
            if (c.hasLoa()) {
                loaForms.merge(c.loaFormat.ext + ": " + c.loaFormat.words, 1, Integer::sum);
                degradations.merge(c.loaFormat.degradation, 1, Integer::sum);
                profiles.merge(c.profile.id, 1, Integer::sum);
                marks.merge(c.signature1.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                if (c.profile == SampleCase.Profile.V1) {
                    marks.merge(c.signature2.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            } else {
                profiles.merge("(no LOA)", 1, Integer::sum);
            }
            if (c.hasBill()) {
                billForms.merge(c.billFormat.ext + ": " + c.billFormat.words, 1, Integer::sum);
                degradations.merge(c.billFormat.degradation, 1, Integer::sum);
                layouts.merge(c.billFormat.screenshot() ? c.carrier.written + " (screenshot)" : c.carrier.written,
                        1, Integer::sum);
            }
        }
        b.append("\n").append(table("LOA profile", "cases", profiles, Map.of()));
        b.append("\n").append(table("LOA delivery", "cases", loaForms, Map.of()));
        b.append("\n").append(table("bill delivery", "cases", billForms, Map.of()));
        b.append("\n").append(table("degradation (LOAs and bills)", "documents", degradations, Map.of()));
        b.append("\n").append(table("bill layout", "bills", layouts, Map.of()));
        b.append("\n").append(table("signature block holds", "blocks", marks, Map.of()));
        return b.toString();
    }

    private static <K> String table(String what, String count, Map<K, Integer> rows, Map<String, Integer> extra) {
        StringBuilder b = new StringBuilder("| " + what + " | " + count + " |\n|---|---|\n");
        rows.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        extra.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return b.toString();
    }
}
