package org.portcheck.corpus;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.portcheck.corpus.SampleCase.Bill;

/**
 * A bill as a customer screenshots it from the carrier's website: a browser window (tab strip, address bar), the
 * site's header and an account page with larger sans-serif text. Drawn as a PDF page 1280 points wide and
 * rendered at one pixel per point, so the PNG is 1280 pixels wide like a laptop screen.
 */
final class Screenshot {

    static final float W = 1280;

    private Screenshot() {
    }

    record Site(String brand, String domain, Color colour, String dateLabel, String accountLabel, String linesTitle) {
    }

    static Site site(Carrier c) {
        return switch (c) {
            case VERIZON -> new Site("verizon", "www.verizon.com/digital/nsa/secure/ui/bill", new Color(205, 4, 11),
                    "Bill date", "Account number", "Your lines");
            case ATT -> new Site("AT&T", "www.att.com/acctmgmt/billing/mybillingcenter", new Color(0, 159, 219),
                    "Issue date", "Account number", "Phone lines on this account");
            case XFINITY -> new Site("xfinity", "customer.xfinity.com/billing/statement", new Color(70, 40, 140),
                    "Billing date", "Account Number", "Xfinity Voice numbers");
            case SPECTRUM -> new Site("Spectrum", "www.spectrum.net/billing/statements", new Color(0, 99, 155),
                    "Statement date", "Account Number", "Voice lines");
            case FRONTIER -> new Site("Frontier", "frontier.com/myaccount/billing", new Color(255, 0, 55),
                    "Invoice date", "Acct #", "Telephone numbers");
            case TMOBILE -> new Site("T-Mobile", "account.t-mobile.com/billing/summary", new Color(226, 0, 116),
                    "Statement date", "Account No.", "Your lines");
            case WINDSTREAM -> new Site("Kinetic by Windstream", "www.windstream.com/myaccount/bill",
                    new Color(0, 114, 80), "Billing date", "Account No.", "Phone numbers");
            case MAGICJACK -> new Site("magicJack", "my.magicjack.com/account/billing", new Color(232, 92, 13),
                    "Statement date", "Account number", "Your magicJack numbers");
            case GOOGLE_VOICE -> new Site("Google Voice", "voice.google.com/u/0/settings/billing",
                    new Color(26, 115, 232), "Billing date", "Account number", "Your Google Voice numbers");
            case CENTURYLINK -> new Site("CenturyLink", "www.centurylink.com/myaccount/billing",
                    new Color(0, 133, 62), "Bill date", "Account number", "Phone numbers");
            case COX -> new Site("Cox", "www.cox.com/ibill/statement", new Color(0, 84, 150),
                    "Statement date", "Account Number", "Cox Voice lines");
            case BOOST -> new Site("Boost Mobile", "my.boostmobile.com/billing", new Color(247, 142, 30),
                    "Invoice date", "Account #", "Your lines");
            default -> throw new IllegalArgumentException("no website for " + c);
        };
    }

    static BufferedImage render(SampleCase c) {
        Site s = site(c.carrier);
        Bill b = c.bill;
        Random r = new Random(c.rnd.nextLong());
        Pdf pdf = new Pdf();
        // a browser window tall enough for the account's lines, as a full-page screenshot would be
        float top = 860 + 150 * b.lines.size();
        pdf.newPage(new PDRectangle(W, top));
        // browser chrome
        pdf.fill(0, top - 84, W, 84, new Color(222, 225, 230));
        pdf.circle(22, top - 20, 6, new Color(255, 95, 87), true).circle(42, top - 20, 6, new Color(254, 188, 46), true)
                .circle(62, top - 20, 6, new Color(40, 200, 64), true);
        pdf.fill(90, top - 38, 260, 30, Color.WHITE);
        pdf.text(pdf.helv, 12, 104, top - 27, "Bill & payments | " + s.brand());
        pdf.fill(0, top - 84, W, 42, Color.WHITE);
        pdf.fill(120, top - 76, 900, 28, new Color(241, 243, 244));
        pdf.text(pdf.helv, 14, 140, top - 67, "https://" + s.domain());
        pdf.text(pdf.helvB, 16, 30, top - 68, "<   >   C");
        // site header
        float y = top - 84;
        pdf.fill(0, y - 72, W, 72, s.colour());
        pdf.color(Color.WHITE).text(pdf.helvB, 34, 60, y - 50, s.brand())
                .text(pdf.helv, 16, 760, y - 44, "Shop     Support     My Account     Sign out").color(Color.BLACK);
        y -= 130;
        pdf.text(pdf.helvB, 30, 60, y, "Bill details");
        pdf.text(pdf.helv, 16, 60, y - 28, "Hi " + c.who.firstName() + ", here is your latest statement.");
        if (b.finalBill) {
            pdf.color(new Color(180, 0, 0)).text(pdf.helvB, 22, 820, y, "FINAL BILL").color(Color.BLACK);
        }
        y -= 80;
        // account card
        pdf.fill(60, y - 230, 560, 250, new Color(247, 247, 249));
        float ky = y - 10;
        ky = pair(pdf, ky, s.dateLabel(), Phone.date(b.date, "MMMM d, yyyy"));
        if (b.accountNumber != null) {
            ky = pair(pdf, ky, s.accountLabel(), b.accountNumber);
        }
        ky = pair(pdf, ky, "Account holder", b.customerName);
        if (b.service != null) {
            ky = pair(pdf, ky, "Service address", BillLayouts.street(b.service));
            pdf.text(pdf.helv, 18, 300, ky - 14, BillLayouts.cityLine(b.service));
            ky -= 24;
        }
        if (b.business) {
            pair(pdf, ky, "Account type", "Business");
        }
        // amount card
        double total = 0;
        pdf.fill(660, y - 230, 560, 250, new Color(247, 247, 249));
        pdf.text(pdf.helv, 18, 690, y - 20, "Amount due");
        float ly = y - 300;
        pdf.text(pdf.helvB, 24, 60, ly, s.linesTitle());
        ly -= 36;
        for (String line : b.lines) {
            double sum = 0;
            List<BillLayouts.Item> items = BillLayouts.lineItems(b, "Unlimited calling plan", 30 + r.nextInt(20), "Smart Ring", r);
            for (BillLayouts.Item it : items) {
                sum += it.amount();
            }
            total += sum;
            pdf.text(pdf.helvB, 20, 60, ly, Phone.format(line, 0)).right(pdf.helvB, 20, 1220, ly, BillLayouts.money(sum));
            ly -= 26;
            for (BillLayouts.Item it : items) {
                pdf.color(Pdf.GREY).text(pdf.helv, 16, 90, ly, it.what())
                        .right(pdf.helv, 16, 1220, ly, BillLayouts.money(it.amount())).color(Color.BLACK);
                ly -= 22;
            }
            ly -= 18;
        }
        double tax = BillLayouts.taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 18, 60, ly, "Taxes & fees").right(pdf.helv, 18, 1220, ly, BillLayouts.money(tax));
        pdf.text(pdf.helvB, 40, 690, y - 70, BillLayouts.money(total));
        pdf.text(pdf.helv, 16, 690, y - 100, "Due " + Phone.date(BillLayouts.due(b), "MMM d, yyyy"));
        pdf.fill(690, y - 170, 200, 44, s.colour());
        pdf.color(Color.WHITE).text(pdf.helvB, 18, 740, y - 154, "Pay bill").color(Color.BLACK);
        ly -= 46;
        for (String n : BillLayouts.accountNotes(b)) {
            pdf.text(pdf.helvB, 17, 60, ly, n);
            ly -= 26;
        }
        ly -= 10;
        pdf.line(60, ly, 1220, ly, 0.8f);
        pdf.color(Pdf.GREY).text(pdf.helv, 14, 60, ly - 24,
                "Payments made after the due date can take 1-3 business days to show here. Need help? Chat with us "
                        + "or call " + support(c.carrier) + ".").color(Color.BLACK);
        pdf.close();
        byte[] bytes = Pdf.save(pdf.doc, "screenshot " + c.name);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float pair(Pdf pdf, float y, String label, String value) {
        pdf.color(Pdf.GREY).text(pdf.helv, 16, 84, y - 24, label).color(Color.BLACK);
        pdf.text(pdf.helv, 18, 300, y - 24, value);
        return y - 34;
    }

    private static String support(Carrier c) {
        return switch (c) {
            case VERIZON -> "1-800-837-4966";
            case ATT -> "1-800-288-2020";
            case XFINITY -> "1-800-934-6489";
            case SPECTRUM -> "1-855-707-7328";
            case FRONTIER -> "1-800-921-8101";
            case TMOBILE -> "1-800-937-8997";
            case WINDSTREAM -> "1-800-347-1991";
            case GOOGLE_VOICE -> "1-855-836-3987";
            case CENTURYLINK -> "1-800-244-1111";
            case COX -> "1-800-234-3993";
            case BOOST -> "1-833-502-6678";
            default -> "1-888-817-2786";
        };
    }
}
