package org.portcheck.corpus;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.portcheck.corpus.SampleCase.Mark;

/**
 * The common carrier-style LOA (profile carrier-loa in rules/loa-profiles.txt): "LETTER OF AUTHORIZATION / Local
 * Number Port Authorization", one signature, no initials, labels in the carriers' own words ("Losing Carrier",
 * "Customer (Company) Name", "City/State/ZIP" as one field, "Print Name", "Authorized Signature"), and the numbers
 * either on page 1 or on an attachment page 2 ("Telephone Numbers to be Ported"). Values are printed as page text,
 * as a form filled in on a computer and printed; the signature is ink laid over the line.
 */
final class CarrierLoaForm {

    private static final float LEFT = 54;
    private static final float RIGHT = 558;
    private static final float VALUE_X = 232;
    private static final float SIG_X1 = 180;
    private static final float SIG_X2 = 390;
    private static final String GAINING = "Northgate Voice Services";

    private CarrierLoaForm() {
    }

    static byte[] filled(SampleCase c) {
        Map<String, String> v = c.loa;
        Pdf pdf = new Pdf();
        pdf.newPage(PDRectangle.LETTER);
        Color navy = new Color(20, 50, 100);
        pdf.color(navy).text(pdf.helvB, 13, LEFT, 752, GAINING).color(Color.BLACK);
        pdf.text(pdf.helv, 8, LEFT, 741, "Business & Residential Voice  |  ports@northgatevoice.example");
        pdf.center(pdf.helvB, 18, 306, 712, "LETTER OF AUTHORIZATION");
        pdf.center(pdf.helv, 12, 306, 694, "Local Number Port Authorization");
        float y = pdf.paragraph(pdf.helv, 9, LEFT, 672, RIGHT - LEFT, 11.5f,
                "Complete this form to authorize " + GAINING + " to port (transfer) your telephone numbers from "
                        + "your current (losing) carrier. The information must match the losing carrier's records "
                        + "exactly, as shown on your most recent bill.");
        y -= 8;
        pdf.fill(LEFT, y - 4, RIGHT - LEFT, 16, Pdf.LIGHT);
        pdf.text(pdf.helvB, 10, LEFT + 4, y, "CUSTOMER AND ACCOUNT INFORMATION");
        y -= 26;
        float step = 23;
        y = row(pdf, "Customer (Company) Name:", v.get("accountHolderName"), y, step);
        y = row(pdf, "Billing Telephone Number (BTN):", v.get("btn"), y, step);
        y = row(pdf, "Losing Carrier:", v.get("currentProvider"), y, step);
        y = row(pdf, "Losing Carrier Account Number:", v.get("accountNumber"), y, step);
        y = row(pdf, "Transfer PIN:", v.get("pin"), y, step);
        y = row(pdf, "Last 4 of SSN:", v.get("ssnLast4"), y, step);
        String unit = v.getOrDefault("unit", "");
        String street = v.get("street");
        y = row(pdf, "Service Address:", street.isBlank() ? "" : unit.isBlank() ? street : street + " " + unit, y, step);
        y = row(pdf, "City/State/ZIP:", cityStateZip(v), y, step);
        y = row(pdf, "Account Contact:", v.get("accountContact"), y, step);
        y -= 6;
        List<String> numbers = c.loaNumbers();
        if (c.numbersOnPage1) {
            pdf.text(pdf.helvB, 10, LEFT, y, "Telephone Numbers to be Ported:");
            y -= 18;
            for (int i = 0; i < Math.max(2, numbers.size()); i += 2) {
                for (int k = 0; k < 2; k++) {
                    float x = LEFT + 20 + k * 250;
                    pdf.text(pdf.helv, 10, x, y, (i + k + 1) + ".");
                    pdf.line(x + 16, y - 3, x + 200, y - 3, 0.5f);
                    if (i + k < numbers.size()) {
                        pdf.text(pdf.helv, 10, x + 20, y, numbers.get(i + k));
                    }
                }
                y -= 20;
            }
        } else {
            pdf.text(pdf.helvB, 10, LEFT, y, "Telephone Numbers to be Ported:");
            pdf.text(pdf.helv, 10, LEFT + 180, y, "see attached list (Attachment A, page 2)");
            y -= 20;
        }
        y -= 4;
        pdf.fill(LEFT, y - 4, RIGHT - LEFT, 16, Pdf.LIGHT);
        pdf.text(pdf.helvB, 10, LEFT + 4, y, "AUTHORIZATION");
        y = pdf.paragraph(pdf.helv, 8.5f, LEFT, y - 18, RIGHT - LEFT, 10.5f,
                "I, the undersigned, am the account holder or am authorized to act for the account holder of the "
                        + "telephone numbers listed on this form. I authorize " + GAINING + " to act as my agent to "
                        + "port these numbers from the losing carrier and to end my service with it for each number "
                        + "ported. I understand that features, freezes or pending orders on my account may have to be "
                        + "removed first, and that I remain responsible for any balance owed to the losing carrier.");
        y -= 16;
        row(pdf, "Print Name:", v.get("authorizedPerson"), y, 0);
        float sigY = y - 44;
        pdf.text(pdf.helv, 10, LEFT, sigY, "Authorized Signature:");
        pdf.line(SIG_X1, sigY - 2, SIG_X2, sigY - 2, 0.8f);
        pdf.text(pdf.helv, 10, 406, sigY, "Date:");
        pdf.line(436, sigY - 3, RIGHT, sigY - 3, 0.6f);
        String date = v.getOrDefault("signature1Date", "");
        if (!date.isBlank()) {
            pdf.text(pdf.helv, 10, 440, sigY, date);
        }
        if (c.signature1 == Mark.TYPED) {
            pdf.text(pdf.timesI, 18, SIG_X1 + 12, sigY + 2, c.who.name());
        } else if (c.signature1 == Mark.SLASH_S) {
            pdf.text(pdf.helv, 12, SIG_X1 + 8, sigY + 2, "/s/ " + c.who.name());
        }
        int pages = c.numbersOnPage1 ? 1 : 2;
        pdf.center(pdf.helv, 7, 306, 40, "Page 1 of " + pages + "  -  " + GAINING + " LOA rev. 03/2025");
        if (!c.numbersOnPage1) {
            pdf.newPage(PDRectangle.LETTER);
            pdf.center(pdf.helvB, 14, 306, 740, "ATTACHMENT A");
            pdf.center(pdf.helv, 12, 306, 722, "Telephone Numbers to be Ported");
            pdf.text(pdf.helv, 9, LEFT, 694, "Customer: " + v.get("accountHolderName"));
            float ty = 660;
            pdf.fill(LEFT, ty - 5, 330, 18, Pdf.LIGHT);
            pdf.text(pdf.helvB, 10, LEFT + 6, ty, "#").text(pdf.helvB, 10, LEFT + 40, ty, "Telephone Number")
                    .text(pdf.helvB, 10, LEFT + 200, ty, "Port?");
            ty -= 20;
            for (int i = 0; i < Math.max(6, numbers.size()); i++) {
                pdf.text(pdf.helv, 10, LEFT + 6, ty, String.valueOf(i + 1));
                if (i < numbers.size()) {
                    pdf.text(pdf.helv, 10, LEFT + 40, ty, numbers.get(i)).text(pdf.helv, 10, LEFT + 200, ty, "Yes");
                }
                pdf.line(LEFT, ty - 5, LEFT + 330, ty - 5, 0.3f);
                ty -= 20;
            }
            pdf.center(pdf.helv, 7, 306, 40, "Page 2 of 2  -  " + GAINING + " LOA rev. 03/2025");
        }
        pdf.close();
        sign(pdf, c, sigY);
        pdf.close();
        return Pdf.save(pdf.doc, "carrier-loa " + c.name);
    }

    private static String cityStateZip(Map<String, String> v) {
        String city = v.getOrDefault("city", "");
        String state = v.getOrDefault("state", "");
        String zip = v.getOrDefault("zip", "");
        if (city.isBlank() && state.isBlank() && zip.isBlank()) {
            return "";
        }
        return (city + ", " + state + " " + zip).trim();
    }

    private static float row(Pdf pdf, String label, String value, float y, float step) {
        pdf.text(pdf.helv, 10, LEFT, y, label);
        pdf.line(VALUE_X - 4, y - 3, RIGHT, y - 3, 0.5f);
        if (value != null && !value.isBlank()) {
            pdf.text(pdf.helv, 10, VALUE_X, y, value);
        }
        return y - step;
    }

    private static void sign(Pdf pdf, SampleCase c, float lineY) {
        Random r = c.rnd;
        String crop = Ink.CROPS.get(r.nextInt(Ink.CROPS.size()));
        double h = 0.42 + 0.2 * r.nextDouble();
        double maxW = (SIG_X2 - SIG_X1 - 20) / 72.0;
        BufferedImage img = switch (c.signature1) {
            case HAND -> Ink.hand(crop, h, maxW, r);
            case FAINT -> Ink.faint(crop, h, maxW);
            case SMEARED -> Ink.smeared(crop, h, maxW);
            default -> null;
        };
        if (img == null) {
            return;
        }
        float hPt = img.getHeight() * 72f / Ink.DPI;
        float x = SIG_X1 + 4 + r.nextFloat() * 24;
        float y = lineY - 2 - hPt * (0.1f + 0.12f * r.nextFloat());
        pdf.onPage(0).image(img, x, y, Ink.DPI);
    }
}
