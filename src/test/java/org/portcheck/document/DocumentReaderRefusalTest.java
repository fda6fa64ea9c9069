package org.portcheck.document;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files the reader must refuse, each with the reason the API turns into its status. */
class DocumentReaderRefusalTest {

    private final DocumentReader reader = DocumentTestSupport.reader();

    private static DocumentException refused(DocumentException.Reason reason, Executable read) {
        DocumentException e = assertThrows(DocumentException.class, read);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    @Test
    void shouldRefuseEmptyFileAsUnreadable() {
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(new byte[0]));
    }

    @Test
    void shouldRefuseFileOverByteLimitAsTooLarge() throws Exception {
        DocumentReader small = new DocumentReader(DocumentTestSupport.config(Map.of("max-file-bytes", "1000")),
                DocumentTestSupport.engine());
        byte[] pdf = Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES));
        assertTrue(pdf.length > 1000);
        DocumentException e = refused(DocumentException.Reason.TOO_LARGE, () -> small.read(pdf));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void shouldRefuseRandomBytesAsUnsupported() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        refused(DocumentException.Reason.UNSUPPORTED_TYPE, () -> reader.read(noise));
    }

    @Test
    void shouldRefuseZipAsUnsupported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bill.pdf"));
            zip.write(Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES)));
            zip.closeEntry();
        }
        refused(DocumentException.Reason.UNSUPPORTED_TYPE, () -> reader.read(out.toByteArray()));
    }

    @Test
    void shouldRefuseHtmlAsUnsupportedEvenIfItMentionsPdf() {
        byte[] html = "<!DOCTYPE html><html><body><p>bill.pdf</p></body></html>".getBytes(StandardCharsets.UTF_8);
        refused(DocumentException.Reason.UNSUPPORTED_TYPE, () -> reader.read(html));
    }

    @Test
    void shouldRefusePdfWithUserPasswordAsUnreadable() throws Exception {
        PDDocument doc = Fixtures.textPdf(Fixtures.LETTER_LINES);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        byte[] pdf = Fixtures.save(doc);
        DocumentException e = refused(DocumentException.Reason.UNREADABLE, () -> reader.read(pdf));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void shouldReadPdfWithOnlyOwnerRestrictions() throws Exception {
        PDDocument doc = Fixtures.textPdf(Fixtures.LETTER_LINES);
        AccessPermission ap = new AccessPermission();
        ap.setCanExtractContent(false);
        ap.setCanPrint(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", ap);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        Document read = reader.read(Fixtures.save(doc));
        assertEquals(Source.TEXT_LAYER, read.source());
        assertTrue(Fixtures.text(read.pages().get(0)).contains("riverside telephone company"));
    }

    @Test
    void shouldRefusePdfWithoutPagesAsUnreadable() throws Exception {
        byte[] pdf = Fixtures.save(new PDDocument());
        DocumentException e = refused(DocumentException.Reason.UNREADABLE, () -> reader.read(pdf));
        assertTrue(e.getMessage().contains("no pages"), e.getMessage());
    }

    @Test
    void shouldRefuseTruncatedPdfAsUnreadable() throws Exception {
        byte[] pdf = Fixtures.save(Fixtures.textPdf(Fixtures.LETTER_LINES));
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(Arrays.copyOf(pdf, 40)));
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(Arrays.copyOf(pdf, 9)));
    }

    @Test
    void shouldRefuseGarbageAfterPdfHeaderAsUnreadable() {
        byte[] junk = new byte[2000];
        new Random(3).nextBytes(junk);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, junk, 0, header.length);
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(junk));
    }

    @Test
    void shouldRefusePdfOverPageLimitAsTooLarge() throws Exception {
        String[][] pages = new String[21][];
        Arrays.fill(pages, new String[]{"page"});
        byte[] pdf = Fixtures.save(Fixtures.textPdf(pages));
        refused(DocumentException.Reason.TOO_LARGE, () -> reader.read(pdf));
    }

    @Test
    void shouldCountPagesByWalkingTheTreeNotTrustingCount() throws Exception {
        String[][] pages = new String[21][];
        Arrays.fill(pages, new String[]{"page"});
        PDDocument doc = Fixtures.textPdf(pages);
        doc.getPages().getCOSObject().setInt(COSName.COUNT, 1);
        byte[] pdf = Fixtures.save(doc);
        refused(DocumentException.Reason.TOO_LARGE, () -> reader.read(pdf));
    }

    @Test
    void shouldRefuseHugeScannedPdfPageAsTooLarge() throws Exception {
        PDDocument doc = new PDDocument();
        doc.addPage(new PDPage(new PDRectangle(14400, 14400)));
        byte[] pdf = Fixtures.save(doc);
        DocumentException e = refused(DocumentException.Reason.TOO_LARGE, () -> reader.read(pdf));
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }

    @Test
    void shouldRefusePngWhoseHeaderClaimsHundredThousandSquareAsTooLarge() {
        refused(DocumentException.Reason.TOO_LARGE, () -> reader.read(pngHeaderOnly(100_000, 100_000)));
    }

    @Test
    void shouldRefuseTiffWithTooManyFramesAsTooLarge() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            frames.add(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY));
        }
        byte[] tiff = Fixtures.tiff(frames, "LZW", 200, 200);
        refused(DocumentException.Reason.TOO_LARGE, () -> reader.read(tiff));
    }

    @Test
    void shouldRefuseTruncatedPngAsUnreadable() throws Exception {
        byte[] png = Fixtures.png(Fixtures.letterPage(100, Fixtures.LETTER_LINES).image());
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(Arrays.copyOf(png, png.length / 2)));
    }

    @Test
    void shouldRefuseJpegCutInsideItsHeaderAsUnreadable() throws Exception {
        byte[] jpeg = Fixtures.jpeg(Fixtures.letterPage(100, Fixtures.LETTER_LINES).image());
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(Arrays.copyOf(jpeg, 40)));
    }

    @Test
    void shouldRefuseTiffMagicWithoutImageAsUnreadable() {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0};
        refused(DocumentException.Reason.UNREADABLE, () -> reader.read(tiff));
    }

    /** A PNG with only a signature, an IHDR claiming the given size, and IEND: no pixels at all. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array()).putInt((int) crc(ihdr.array()));
        byte[] iend = "IEND".getBytes(StandardCharsets.US_ASCII);
        b.putInt(0).put(iend).putInt((int) crc(iend));
        return b.array();
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }
}
