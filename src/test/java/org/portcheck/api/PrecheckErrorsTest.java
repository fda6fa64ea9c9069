package org.portcheck.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input over HTTP: each gets its problem+json and status, and the service keeps answering. */
@QuarkusTest
class PrecheckErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification precheck() {
        return given().queryParam("asOf", "2026-11-15");
    }

    private static ValidatableResponse problem(RequestSpecification request, int status) {
        return request.post("/api/v1/prechecks").then()
                .statusCode(status)
                .contentType(startsWith(PROBLEM))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("type", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @AfterEach
    void serviceStillAnswers() {
        given().get("/q/health/live").then().statusCode(200);
        precheck().multiPart("order", "{\"numbers\":[\"650-318-2046\"]}", "application/json")
                .post("/api/v1/prechecks").then().statusCode(200)
                .body("codes.code", equalTo(java.util.List.of(30, 90, 170)));
    }

    @Test
    void shouldRefuseAnEmptyFileAsUnreadable() {
        problem(precheck().multiPart("loa", "loa.pdf", new byte[0]), 422).body("part", equalTo("loa"));
    }

    @Test
    void shouldTreatAnEmptyPartWithoutFilenameAsAbsent() {
        precheck().multiPart("bill", "", new byte[0]).post("/api/v1/prechecks").then()
                .statusCode(200).body("codes[0].code", equalTo(170));
    }

    @Test
    void shouldRefuseRandomBytesAsUnsupported() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        problem(precheck().multiPart("bill", "bill.pdf", noise, "application/pdf"), 415).body("part", equalTo("bill"));
    }

    @Test
    void shouldJudgeTypeByContentNotByName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        problem(precheck().multiPart("loa", "loa.pdf", html, "application/pdf"), 415);
    }

    @Test
    void shouldRefuseATruncatedPdf() throws IOException {
        byte[] pdf = textPdf(1);
        problem(precheck().multiPart("loa", "loa.pdf", Arrays.copyOf(pdf, pdf.length / 3)), 422);
    }

    @Test
    void shouldRefuseAPdfEncryptedWithAUserPassword() throws IOException {
        problem(precheck().multiPart("bill", "bill.pdf", encryptedPdf("secret")), 422);
    }

    @Test
    void shouldReadAPdfWithOnlyOwnerRestrictions() throws IOException {
        precheck().multiPart("bill", "bill.pdf", encryptedPdf("")).post("/api/v1/prechecks").then()
                .statusCode(200).body("documents.bill.pages", equalTo(1));
    }

    @Test
    void shouldRefuseTooManyPages() throws IOException {
        problem(precheck().multiPart("loa", "loa.pdf", textPdf(21)), 413);
    }

    @Test
    void shouldRefuseAnOversizedFilePart() {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        problem(precheck().multiPart("bill", "bill.pdf", big), 413);
    }

    @Test
    void shouldRefuseADecompressionBomb() throws IOException {
        problem(precheck().multiPart("bill", "bill.png", pngBomb(10_000, 10_000)), 413);
    }

    @Test
    void shouldRefuseARepeatedPart() {
        problem(precheck().multiPart("order", "{}", "application/json").multiPart("order", "{}", "application/json"), 400);
    }

    @Test
    void shouldRefuseAnUnknownPart() {
        problem(precheck().multiPart("invoice", "x.pdf", new byte[] {1}), 400);
    }

    @Test
    void shouldRefuseMoreThanTenParts() {
        RequestSpecification r = precheck();
        for (int i = 0; i < 11; i++) {
            r = r.multiPart("order", "{}", "application/json");
        }
        problem(r, 400);
    }

    @Test
    void shouldRefuseAnOrderThatIsNotJson() {
        problem(precheck().multiPart("order", "{numbers: [", "application/json"), 400).body("part", equalTo("order"));
    }

    @Test
    void shouldRefuseAnOrderThatIsNotAnObject() {
        problem(precheck().multiPart("order", "[1,2]", "application/json"), 400);
    }

    @Test
    void shouldRefuseAnOrderFieldOfTheWrongType() {
        problem(precheck().multiPart("order", "{\"numbers\": 6503182046}", "application/json"), 400);
        problem(precheck().multiPart("order", "{\"pin\": 4821}", "application/json"), 400)
                .body(not(containsString("4821")));
    }

    @Test
    void shouldRefuseAnUnknownEnumValue() {
        problem(precheck().multiPart("order", "{\"accountType\": \"ALIEN\"}", "application/json"), 400)
                .body("detail", containsString("accountType"));
    }

    @Test
    void shouldIgnoreUnknownOrderFields() {
        precheck().multiPart("order", "{\"internetConnection\":\"CABLE\",\"favouriteColour\":\"blue\"}", "application/json")
                .post("/api/v1/prechecks").then().statusCode(200);
    }

    @Test
    void shouldRefuseADateThatIsNotOnTheCalendar() {
        problem(given().queryParam("asOf", "2026-02-30").multiPart("order", "{}", "application/json"), 400);
    }

    @Test
    void shouldRefuseABodyThatIsNotMultipart() {
        problem(given().contentType("application/json").body("{}"), 415);
    }

    @Test
    void shouldNeverEchoSecrets() {
        String body = precheck()
                .multiPart("order", "{\"pin\":\"4821\",\"ssnLast4\":\"9876\",\"carrier\":\"T-Mobile\"}", "application/json")
                .post("/api/v1/prechecks").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("4821") || body.contains("9876"), body);
    }

    static byte[] textPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Statement Date: November 1, 2026   Account Number: 1003146451   page " + (i + 1));
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(textPdf(1))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            doc.protect(new StandardProtectionPolicy("owner-secret", userPassword, permissions));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A real PNG of width x height white grey pixels: tiny on disk, huge once decoded. */
    static byte[] pngBomb(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[width + 1];
            Arrays.fill(row, (byte) 0xFF);
            row[0] = 0;
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        ihdr.write(intBytes(width));
        ihdr.write(intBytes(height));
        ihdr.write(new byte[] {8, 0, 0, 0, 0});
        chunk(png, "IHDR", ihdr.toByteArray());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(intBytes(data.length));
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(intBytes((int) crc.getValue()));
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
