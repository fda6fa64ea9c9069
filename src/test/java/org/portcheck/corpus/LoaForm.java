package org.portcheck.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.portcheck.corpus.SampleCase.Mark;

/**
 * The portcheck-loa-v1 form (see HELPERS.md): two US Letter pages, Helvetica labels with the value on an underline
 * to their right, an initials rectangle per page and two signature blocks on page 2. The same layout gives the
 * empty fillable template, a filled AcroForm and a "printed" version whose values are page text.
 */
final class LoaForm {

    static final float LEFT = 54;
    static final float RIGHT = 558;
    static final float LABEL_SIZE = 10;
    static final float SIG_LINE_X1 = 190;
    static final float SIG_LINE_X2 = 400;
    static final float SIG1_Y = 300;
    static final float SIG2_Y = 200;
    static final String DA = "/Helv 10 Tf 0 g";
    static final String SIG_DA = "/TiIt 16 Tf 0 g";

    /** A value's place: page, the underline from x1 to x2 under baseline y. */
    record Slot(String field, int page, float x1, float y, float x2) {
    }

    /** An initials rectangle. */
    record Rect(String field, int page, float x, float y, float w, float h) {
    }

    private final List<Slot> slots = new ArrayList<>();
    private final List<Rect> rects = new ArrayList<>();
    private final Pdf pdf = new Pdf();

    private LoaForm() {
    }

    /** The empty fillable template that samples/templates/ holds. */
    static byte[] template() {
        LoaForm f = new LoaForm();
        f.layout();
        f.pdf.close();
        f.fields(Map.of(), Mark.EMPTY, Mark.EMPTY, "");
        return Pdf.save(f.pdf.doc, "portcheck-loa-v1 template");
    }

    /**
     * The case's LOA as a PDF: with form fields when {@code acroForm}, else with the values printed as page text.
     * Hand signatures and initials are ink images on the page in both.
     */
    static byte[] filled(SampleCase c, boolean acroForm) {
        LoaForm f = new LoaForm();
        f.layout();
        if (!acroForm) {
            f.printValues(c.loa);
            f.printTyped(c.signature1, SIG1_Y, c.who.name());
            f.printTyped(c.signature2, SIG2_Y, c.who.name());
        }
        f.pdf.close();
        if (acroForm) {
            f.fields(c.loa, c.signature1, c.signature2, c.who.name());
        }
        f.ink(c);
        f.pdf.close();
        return Pdf.save(f.pdf.doc, "loa " + c.name);
    }

    // ---- layout ----------------------------------------------------------------------------------------------------

    private void layout() {
        PDRectangle letter = PDRectangle.LETTER;
        pdf.newPage(letter);
        pdf.center(pdf.helvB, 18, 306, 742, "LETTER OF AGREEMENT (LOA)");
        pdf.center(pdf.helv, 12, 306, 722, "Authorization to port telephone numbers");
        pdf.center(pdf.helv, 7, 306, 709, "Form portcheck-loa-v1");
        pdf.paragraph(pdf.helv, 9.5f, LEFT, 686, RIGHT - LEFT, 12.5f,
                "By completing and signing this Letter of Agreement (LOA), the customer named below authorizes "
                        + "portcheck and its carrier partners to act as the customer's agent to move the telephone "
                        + "numbers listed in this form away from the current provider. Please print clearly and "
                        + "complete every required field; an incomplete form delays the port.");
        pdf.text(pdf.helvB, 12, LEFT, 628, "1. Account information");
        float y = 600;
        float step = 27;
        row("Account Holder Name:", "accountHolderName", y);
        row("Business Name (business accounts only):", "businessName", y -= step);
        row("Authorized Person:", "authorizedPerson", y -= step);
        row("Service Address (street):", "street", y -= step);
        row("Unit / Apt / Suite:", "unit", y -= step);
        y -= step;
        float cityEnd = label("City:", LEFT, y);
        slot("city", 0, cityEnd, y, 300);
        float stateEnd = label("State:", 312, y);
        slot("state", 0, stateEnd, y, 400);
        float zipEnd = label("ZIP:", 412, y);
        slot("zip", 0, zipEnd, y, RIGHT);
        row("Current Provider:", "currentProvider", y -= step);
        row("Account Number:", "accountNumber", y -= step);
        row("PIN / Passcode (if any):", "pin", y -= step);
        row("Billing Telephone Number (BTN):", "btn", y -= step);
        y -= step;
        float numEnd = label("Numbers to Port:", LEFT, y);
        for (int r = 0; r < 3; r++) {
            slot("number" + (2 * r + 1), 0, numEnd, y, 315);
            slot("number" + (2 * r + 2), 0, 335, y, RIGHT);
            y -= step;
        }
        initials(0, "Customer Initials (page 1):", 150);
        pdf.center(pdf.helv, 8, 306, 36, "Page 1 of 2 - portcheck-loa-v1");

        pdf.newPage(letter);
        pdf.center(pdf.helvB, 14, 306, 742, "LETTER OF AGREEMENT (LOA) - continued");
        pdf.text(pdf.helvB, 12, LEFT, 712, "2. Authorization");
        float p = 692;
        for (String para : AUTHORIZATION) {
            for (String l : Pdf.wrap(pdf.helv, 9.5f, para, RIGHT - LEFT)) {
                String first = l.toLowerCase(Locale.ROOT);
                if (first.startsWith("signature") || first.startsWith("date")) {
                    throw new IllegalStateException("authorization line starts like a signature label: " + l);
                }
                pdf.text(pdf.helv, 9.5f, LEFT, p, l);
                p -= 12.5f;
            }
            p -= 8;
        }
        initials(1, "Customer Initials (page 2):", 452);
        pdf.text(pdf.helvB, 12, LEFT, 392, "3. Signatures");
        signatureBlock("Account Holder Signature:", "signature1", SIG1_Y);
        signatureBlock("Authorized Signature:", "signature2", SIG2_Y);
        pdf.center(pdf.helv, 8, 306, 36, "Page 2 of 2 - portcheck-loa-v1");
    }

    static final List<String> AUTHORIZATION = List.of(
            "I am the account holder, or I am authorized by the account holder, to change the local and long "
                    + "distance telephone service for the numbers listed on page 1 of this form. I authorize portcheck "
                    + "and its designated agents to notify my current provider of my decision to port these numbers "
                    + "and to obtain the information needed to complete the port.",
            "I understand that porting these numbers ends my service with the current provider for each number "
                    + "ported, and that I remain responsible for any charges, early termination fees or balances "
                    + "owed to that provider. Features such as distinctive ring, line sharing, freezes or pending "
                    + "orders on my account may have to be removed before the port can complete.",
            "I confirm that the information in this form matches the records of my current provider, including "
                    + "the name, service address and account number shown on my most recent bill, and that I have "
                    + "attached a copy of a bill issued within the last 30 days.");

    private float label(String text, float x, float y) {
        pdf.text(pdf.helv, LABEL_SIZE, x, y, text);
        return x + Pdf.width(pdf.helv, LABEL_SIZE, text) + 8;
    }

    private void row(String text, String field, float y) {
        slot(field, 0, label(text, LEFT, y), y, RIGHT);
    }

    private void slot(String field, int page, float x1, float y, float x2) {
        pdf.line(x1, y - 3, x2, y - 3, 0.6f);
        slots.add(new Slot(field, page, x1, y, x2));
    }

    private void initials(int page, String text, float y) {
        float x = label(text, LEFT, y) + 6;
        pdf.rect(x, y - 16, 90, 40, 0.8f);
        rects.add(new Rect("initials" + (page + 1), page, x, y - 16, 90, 40));
    }

    private void signatureBlock(String text, String field, float y) {
        pdf.text(pdf.helv, LABEL_SIZE, LEFT, y, text);
        pdf.line(SIG_LINE_X1, y - 2, SIG_LINE_X2, y - 2, 0.8f);
        slots.add(new Slot(field, 1, SIG_LINE_X1, y, SIG_LINE_X2));
        float dateEnd = label("Date:", 420, y);
        slot(field + "Date", 1, dateEnd, y, RIGHT);
    }

    // ---- values ----------------------------------------------------------------------------------------------------

    private void printValues(Map<String, String> values) {
        int current = -1;
        for (Slot s : slots) {
            String v = values.get(s.field());
            if (v == null || v.isBlank() || s.field().matches("signature[12]")) {
                continue;
            }
            if (s.page() != current) {
                pdf.onPage(s.page());
                current = s.page();
            }
            pdf.text(pdf.helv, 10, s.x1() + 3, s.y(), v);
        }
    }

    private void printTyped(Mark m, float y, String name) {
        if (m == Mark.TYPED) {
            pdf.onPage(1).text(pdf.timesI, 18, SIG_LINE_X1 + 12, y + 2, name);
        } else if (m == Mark.SLASH_S) {
            pdf.onPage(1).text(pdf.helv, 12, SIG_LINE_X1 + 8, y + 2, "/s/ " + name);
        }
    }

    private void fields(Map<String, String> values, Mark sig1, Mark sig2, String name) {
        try {
            PDAcroForm form = new PDAcroForm(pdf.doc);
            pdf.doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), pdf.helv);
            dr.put(COSName.getPDFName("TiIt"), pdf.timesI);
            form.setDefaultResources(dr);
            form.setDefaultAppearance(DA);
            for (Slot s : slots) {
                boolean sig = s.field().matches("signature[12]");
                PDTextField f = field(form, s.field(), s.page(),
                        sig ? new PDRectangle(s.x1(), s.y() - 2, s.x2() - s.x1(), 26)
                                : new PDRectangle(s.x1(), s.y() - 3, s.x2() - s.x1(), 15),
                        sig ? SIG_DA : DA);
                String v = values.getOrDefault(s.field(), "");
                if (sig) {
                    Mark m = s.field().equals("signature1") ? sig1 : sig2;
                    v = m == Mark.TYPED ? name : m == Mark.SLASH_S ? "/s/ " + name : "";
                }
                f.setValue(v);
            }
            for (Rect r : rects) {
                field(form, r.field(), r.page(), new PDRectangle(r.x(), r.y(), r.w(), r.h()), "/Helv 14 Tf 0 g")
                        .setValue("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDTextField field(PDAcroForm form, String name, int page, PDRectangle rect, String da) throws IOException {
        PDTextField f = new PDTextField(form);
        f.setPartialName(name);
        f.setDefaultAppearance(da);
        PDAnnotationWidget w = f.getWidgets().get(0);
        w.setRectangle(rect);
        w.setPage(pdf.doc.getPage(page));
        w.setPrinted(true);
        pdf.doc.getPage(page).getAnnotations().add(w);
        form.getFields().add(f);
        return f;
    }

    // ---- ink -------------------------------------------------------------------------------------------------------

    private void ink(SampleCase c) {
        Random r = c.rnd;
        List<String> crops = Ink.CROPS;
        String crop = crops.get(r.nextInt(crops.size()));
        for (Rect rect : rects) {
            boolean present = rect.page() == 0 ? c.initials1 : c.initials2;
            if (!present) {
                continue;
            }
            BufferedImage img = r.nextInt(3) == 0 ? Ink.initialsStroked(Math.min(3, c.who.initials().length()), 0.3, r)
                    : Ink.initialsFromCrop(crop, 0.3, r);
            float wPt = img.getWidth() * 72f / Ink.DPI;
            float hPt = img.getHeight() * 72f / Ink.DPI;
            float x = rect.x() + Math.max(3, (rect.w() - wPt) / 2 + (r.nextFloat() - 0.5f) * 10);
            float y = rect.y() + (rect.h() - hPt) / 2 + (r.nextFloat() - 0.5f) * 6;
            pdf.onPage(rect.page()).image(img, x, y, Ink.DPI);
        }
        sign(c.signature1, SIG1_Y, crop, r);
        sign(c.signature2, SIG2_Y, crop, r);
    }

    private void sign(Mark m, float lineY, String crop, Random r) {
        double h = 0.45 + 0.15 * r.nextDouble();
        double maxW = (SIG_LINE_X2 - SIG_LINE_X1 - 20) / 72.0;
        BufferedImage img = switch (m) {
            case HAND -> Ink.hand(crop, h, maxW, r);
            case FAINT -> Ink.faint(crop, h, maxW);
            case SMEARED -> Ink.smeared(crop, h, maxW);
            default -> null;
        };
        if (img == null) {
            return;
        }
        float hPt = img.getHeight() * 72f / Ink.DPI;
        float x = SIG_LINE_X1 + 6 + r.nextFloat() * 20;
        // the pen starts on the line: the lowest fifth of the ink hangs below it, as descenders do
        float y = lineY - 2 - hPt * (0.12f + 0.1f * r.nextFloat());
        pdf.onPage(1).image(img, x, y, Ink.DPI);
    }
}
