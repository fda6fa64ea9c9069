package org.portcheck.corpus;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.portcheck.corpus.SampleCase.Bill;
import org.portcheck.corpus.SampleCase.Feature;
import org.portcheck.extract.Address;

/**
 * One printed bill per carrier, each with its own wording and arrangement, drawn as a one-page text PDF.
 * Every layout prints the provider's own service numbers and general notices (late payments, business days,
 * disconnection warnings) that must not be read as lines or features; feature wording appears only when the case
 * asks for it.
 */
final class BillLayouts {

    private BillLayouts() {
    }

    /** A charge row. */
    record Item(String what, double amount) {
    }

    static byte[] render(SampleCase c) {
        Pdf pdf = new Pdf();
        pdf.newPage(PDRectangle.LETTER);
        Bill b = c.bill;
        Random r = new Random(c.rnd.nextLong());
        switch (c.carrier) {
            case VERIZON -> verizon(pdf, b, r);
            case ATT -> att(pdf, b, r);
            case XFINITY -> xfinity(pdf, b, r);
            case SPECTRUM -> spectrum(pdf, b, r);
            case FRONTIER -> frontier(pdf, b, r);
            case TMOBILE -> tmobile(pdf, b, r);
            case WINDSTREAM -> windstream(pdf, b, r);
            case CENTURYLINK -> centurylink(pdf, b, r);
            case COX -> cox(pdf, b, r);
            case BOOST -> boost(pdf, b, r);
            default -> throw new IllegalArgumentException("no print layout for " + c.carrier);
        }
        pdf.close();
        return Pdf.save(pdf.doc, "bill " + c.name);
    }

    // ---- shared pieces -------------------------------------------------------------------------------------------

    static String street(Address a) {
        return a.line2() == null ? a.line1() : a.line1() + " " + a.line2();
    }

    static String cityLine(Address a) {
        return a.city() + ", " + a.state() + " " + a.zip();
    }

    static String money(double d) {
        return String.format(Locale.US, "$%,.2f", d);
    }

    /** Per-line service charges plus what the case adds (DSL, features), in the carrier's words. */
    static List<Item> lineItems(Bill b, String plan, double price, String ringName, Random r) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(plan, price));
        if (b.dsl) {
            items.add(new Item("High Speed Internet (DSL) 6 Mbps", 45.00));
        }
        if (b.features.contains(Feature.RINGMASTER)) {
            items.add(new Item(ringName + " - 1 additional ring pattern", 3.00));
        }
        if (b.features.contains(Feature.LINE_SHARING)) {
            items.add(new Item("Line Sharing (data service on this line)", 8.50));
        }
        if (b.features.contains(Feature.FREEZE)) {
            items.add(new Item("Local Service Freeze - PIC freeze on local and long distance", 0.00));
        }
        items.add(new Item("Voicemail", 6.00 + r.nextInt(3)));
        return items;
    }

    /** Account-specific statements (not charges) the case asks for. */
    static List<String> accountNotes(Bill b) {
        List<String> out = new ArrayList<>();
        if (b.features.contains(Feature.PENDING_ORDER)) {
            out.add("Pending service order #C" + (41882093 + b.lines.size()) + " on this account - scheduled for "
                    + Phone.date(b.date.plusDays(23), "MM/dd/yyyy") + ".");
        }
        if (b.disconnected) {
            out.add("Service terminated: your service was disconnected on "
                    + Phone.date(b.date.minusDays(6), "MM/dd/yyyy") + ".");
        }
        return out;
    }

    static double taxes(Random r, int lines) {
        return Math.round((2.5 + r.nextDouble() * 3) * lines * 100) / 100.0;
    }

    private static float mailingBlock(Pdf pdf, PDFont f, float size, float x, float y, Bill b) {
        pdf.text(f, size, x, y, b.customerName.toUpperCase(Locale.ROOT));
        if (b.mailing != null) {
            pdf.text(f, size, x, y - size * 1.25f, street(b.mailing).toUpperCase(Locale.ROOT));
            pdf.text(f, size, x, y - size * 2.5f, cityLine(b.mailing).toUpperCase(Locale.ROOT));
            return y - size * 3.75f;
        }
        pdf.text(f, size, x, y - size * 1.25f, "Paperless billing - statement sent by email");
        return y - size * 2.5f;
    }

    private static void finalBanner(Pdf pdf, Bill b, float x, float y) {
        if (b.finalBill) {
            pdf.color(new Color(180, 0, 0)).text(pdf.helvB, 16, x, y, "FINAL BILL").color(Color.BLACK);
        }
    }

    // ---- Verizon ---------------------------------------------------------------------------------------------------

    private static void verizon(Pdf pdf, Bill b, Random r) {
        Color red = new Color(205, 4, 11);
        pdf.text(pdf.helvB, 30, 54, 735, "verizon");
        pdf.color(red).line(178, 752, 184, 744, 3).line(184, 744, 196, 764, 3).color(Color.BLACK);
        finalBanner(pdf, b, 54, 712);
        float x = 372;
        pdf.color(Pdf.GREY).text(pdf.helv, 8, x, 748, "Bill Date").color(Color.BLACK);
        pdf.text(pdf.helvB, 11, x, 735, Phone.date(b.date, "MMMM d, yyyy"));
        if (b.accountNumber != null) {
            pdf.color(Pdf.GREY).text(pdf.helv, 8, x, 720, "Account Number").color(Color.BLACK);
            pdf.text(pdf.helvB, 11, x, 707, b.accountNumber);
        }
        pdf.color(Pdf.GREY).text(pdf.helv, 8, x, 692, "Page").color(Color.BLACK);
        pdf.text(pdf.helv, 10, x, 680, "1 of 1");
        mailingBlock(pdf, pdf.helv, 10, 72, 672, b);
        if (b.service != null) {
            pdf.color(Pdf.GREY).text(pdf.helv, 8, x, 665, "Service Address").color(Color.BLACK);
            pdf.text(pdf.helv, 10, x, 652, street(b.service));
            pdf.text(pdf.helv, 10, x, 640, cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, x, 624, "Verizon Business - Small Business account");
        }
        pdf.fill(54, 590, 504, 22, Pdf.LIGHT);
        pdf.text(pdf.helvB, 12, 62, 597, "Your Bill Summary");
        double prev = 60 + r.nextInt(90) + r.nextInt(100) / 100.0;
        float y = 570;
        pdf.text(pdf.helv, 10, 62, y, "Previous Balance").right(pdf.helv, 10, 550, y, money(prev));
        pdf.text(pdf.helv, 10, 62, y -= 15, "Payment Received " + Phone.date(b.date.minusDays(12), "MM/dd")
                + " - Thank You").right(pdf.helv, 10, 550, y, "-" + money(prev));
        double total = 0;
        y -= 30;
        for (String line : b.lines) {
            pdf.text(pdf.helvB, 11, 62, y, "Services for " + Phone.format(line, 0));
            y -= 16;
            for (Item it : lineItems(b, "Fios Digital Voice Unlimited", 30.00, "Ringmate Distinctive Ringing", r)) {
                pdf.text(pdf.helv, 10, 78, y, it.what()).right(pdf.helv, 10, 550, y, money(it.amount()));
                total += it.amount();
                y -= 14;
            }
            y -= 8;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 10, 62, y, "Taxes, Governmental Surcharges and Fees").right(pdf.helv, 10, 550, y, money(tax));
        y -= 22;
        pdf.line(54, y + 12, 558, y + 12, 0.8f);
        pdf.text(pdf.helvB, 12, 62, y, "Total Amount Due by " + Phone.date(b.date.plusDays(21), "MMM d, yyyy"))
                .right(pdf.helvB, 12, 550, y, money(total));
        y -= 28;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 10, 62, y, n);
            y -= 14;
        }
        y -= 6;
        pdf.text(pdf.helvB, 9, 62, y, "Important Information");
        y = pdf.paragraph(pdf.helv, 8, 62, y - 12, 490, 10,
                "Payments received after the due date may take up to 3 business days to post. A late payment charge "
                        + "of 1.5% applies to balances not paid by the due date. Review your bill online at "
                        + "verizon.com/mybill.");
        pdf.text(pdf.helv, 8, 62, y, "Questions? Call 1-800-837-4966 or chat with us at verizon.com/support.");
        pdf.text(pdf.helv, 8, 62, y - 10, "To report a service problem (Repair): 1-800-275-2355, 24 hours a day.");
        pdf.dashed(40, 150, 572, 0.6f);
        pdf.text(pdf.helv, 7, 54, 140, "Please return this portion with your payment. Make checks payable to Verizon.");
        pdf.text(pdf.helv, 9, 54, 120, "VERIZON");
        pdf.text(pdf.helv, 9, 54, 109, "PO BOX 15124");
        pdf.text(pdf.helv, 9, 54, 98, "ALBANY, NY 12212-5124");
        if (b.accountNumber != null) {
            pdf.text(pdf.helv, 9, 360, 120, "Account Number  " + b.accountNumber);
        }
        pdf.text(pdf.helv, 9, 360, 106, "Amount Due  " + money(total));
        pdf.text(pdf.helv, 9, 360, 92, "Amount Enclosed  $____________");
    }

    // ---- AT&T ------------------------------------------------------------------------------------------------------

    private static void att(Pdf pdf, Bill b, Random r) {
        Color blue = new Color(0, 159, 219);
        pdf.circle(74, 738, 18, blue, true);
        pdf.color(Color.WHITE).line(58, 744, 90, 744, 2.2f).line(57, 736, 91, 736, 2.2f).line(60, 728, 88, 728, 2.2f)
                .color(Color.BLACK);
        pdf.text(pdf.helvB, 26, 100, 728, "AT&T");
        pdf.right(pdf.helv, 9, 558, 748, "Page: 1 of 1  |  Issue Date: " + Phone.date(b.date, "MMM d, yyyy"));
        if (b.accountNumber != null) {
            pdf.right(pdf.helvB, 10, 558, 734, "Account number: " + b.accountNumber);
        }
        pdf.right(pdf.helv, 9, 558, 720, "Billing period: " + Phone.date(b.date, "MMM d") + " - "
                + Phone.date(b.date.plusMonths(1).minusDays(1), "MMM d, yyyy"));
        finalBanner(pdf, b, 400, 700);
        mailingBlock(pdf, pdf.helv, 10, 62, 680, b);
        if (b.service != null) {
            pdf.text(pdf.helvB, 9, 330, 680, "Service address:");
            pdf.text(pdf.helv, 9, 330, 668, street(b.service) + ", " + cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, 330, 654, "AT&T Business - account type: Business");
        }
        pdf.color(blue).fill(54, 600, 504, 3, blue).color(Color.BLACK);
        pdf.text(pdf.helvB, 14, 54, 580, "Monthly charges");
        float y = 556;
        double total = 0;
        pdf.color(Pdf.GREY).text(pdf.helv, 8, 62, y, "PHONE LINES ON THIS ACCOUNT").right(pdf.helv, 8, 550, y, "AMOUNT")
                .color(Color.BLACK);
        y -= 16;
        for (String line : b.lines) {
            pdf.text(pdf.helvB, 10, 62, y, "Home Phone  " + Phone.format(line, 1));
            y -= 14;
            for (Item it : lineItems(b, "AT&T Phone - Unlimited Nationwide", 35.00, "Ringmaster", r)) {
                pdf.text(pdf.helv, 9, 80, y, it.what()).right(pdf.helv, 9, 550, y, money(it.amount()));
                total += it.amount();
                y -= 13;
            }
            y -= 6;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 9, 62, y, "Surcharges, fees & taxes").right(pdf.helv, 9, 550, y, money(tax));
        y -= 20;
        pdf.text(pdf.helvB, 12, 62, y, "Total due").right(pdf.helvB, 12, 550, y, money(total));
        y -= 14;
        pdf.text(pdf.helv, 9, 62, y, "Please pay by " + Phone.date(b.date.plusDays(20), "MMM d, yyyy")
                + ". To avoid disconnection, pay by " + Phone.date(b.date.plusDays(35), "MMM d") + ".");
        y -= 24;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 9, 62, y, n);
            y -= 13;
        }
        y -= 8;
        pdf.text(pdf.helvB, 10, 54, y, "News you can use");
        y = pdf.paragraph(pdf.helv, 8, 54, y - 13, 500, 10,
                "Protect your account: ask us about a freeze on your preferred carrier selection. Payments made by "
                        + "mail can take up to 5 business days to reach us. Go paperless at att.com/paperless.");
        pdf.text(pdf.helv, 8, 54, y - 4, "Contact us: att.com/myatt  |  1-800-288-2020  |  Repair: 1-800-246-8464");
        pdf.dashed(40, 140, 572, 0.6f);
        pdf.text(pdf.helvB, 9, 54, 124, "AT&T");
        pdf.text(pdf.helv, 9, 54, 112, "P.O. BOX 5014, CAROL STREAM, IL 60197-5014");
        pdf.text(pdf.helv, 9, 360, 112, "Total due  " + money(total));
    }

    // ---- Xfinity (Comcast) -----------------------------------------------------------------------------------------

    private static void xfinity(Pdf pdf, Bill b, Random r) {
        pdf.text(pdf.helvB, 32, 54, 728, "xfinity");
        pdf.color(Pdf.GREY).text(pdf.helv, 8, 56, 716, "from Comcast").color(Color.BLACK);
        finalBanner(pdf, b, 220, 732);
        float x = 360;
        pdf.text(pdf.helv, 9, x, 750, "Billing Date");
        pdf.right(pdf.helvB, 9, 558, 750, Phone.date(b.date, "MMM d, yyyy"));
        if (b.accountNumber != null) {
            pdf.text(pdf.helv, 9, x, 737, "Account Number");
            pdf.right(pdf.helvB, 9, 558, 737, b.accountNumber);
        }
        pdf.text(pdf.helv, 9, x, 724, "Services From");
        pdf.right(pdf.helvB, 9, 558, 724, Phone.date(b.date, "MM/dd/yy") + " to "
                + Phone.date(b.date.plusMonths(1).minusDays(1), "MM/dd/yy"));
        if (b.service != null) {
            pdf.text(pdf.helv, 9, x, 711, "For service at");
            pdf.right(pdf.helv, 9, 558, 711, street(b.service));
            pdf.right(pdf.helv, 9, 558, 700, cityLine(b.service));
        }
        float after = mailingBlock(pdf, pdf.helv, 10, 54, 672, b);
        pdf.text(pdf.helvB, 18, 54, after - 24, "Hello " + b.customerName.split(" ")[0] + ",");
        double total = 0;
        float y = after - 70;
        pdf.text(pdf.helvB, 13, 54, y, b.business ? "Comcast Business Voice" : "Xfinity Voice");
        y -= 18;
        for (String line : b.lines) {
            pdf.color(Pdf.GREY).text(pdf.helv, 9, 62, y, "Phone number").color(Color.BLACK);
            pdf.text(pdf.helvB, 10, 140, y, Phone.format(line, 0));
            y -= 15;
            for (Item it : lineItems(b, "Xfinity Voice Unlimited", 40.00, "Smart Ring", r)) {
                pdf.text(pdf.helv, 10, 62, y, it.what()).right(pdf.helv, 10, 558, y, money(it.amount()));
                total += it.amount();
                y -= 14;
            }
            y -= 8;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 10, 62, y, "Taxes, surcharges & fees").right(pdf.helv, 10, 558, y, money(tax));
        y -= 26;
        pdf.fill(54, y - 6, 504, 24, Pdf.LIGHT);
        pdf.text(pdf.helvB, 12, 62, y, "Regular monthly charges").right(pdf.helvB, 12, 550, y, money(total));
        y -= 30;
        pdf.text(pdf.helv, 10, 62, y, "Amount due by " + Phone.date(b.date.plusDays(22), "MMMM d, yyyy") + ": "
                + money(total));
        y -= 24;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 10, 62, y, n);
            y -= 14;
        }
        pdf.text(pdf.helvB, 9, 54, 166, "Questions? Visit xfinity.com/support or call 1-800-XFINITY (1-800-934-6489)");
        pdf.paragraph(pdf.helv, 8, 54, 150, 504, 10,
                "Payments received after the due date may incur a late fee. Please allow 5 business days for mailed "
                        + "payments. Tech support and outage information: 1-800-934-6489. This bill reflects services "
                        + "provided by Comcast Cable Communications, LLC.");
        pdf.text(pdf.helv, 8, 54, 100, "COMCAST, PO BOX 37601, PHILADELPHIA, PA 19101-0601");
    }

    // ---- Spectrum --------------------------------------------------------------------------------------------------

    private static void spectrum(Pdf pdf, Bill b, Random r) {
        Color blue = new Color(0, 99, 155);
        pdf.color(blue).text(pdf.helvB, 28, 54, 730, "Spectrum").color(Color.BLACK);
        pdf.color(blue).line(192, 748, 204, 740, 3).line(204, 740, 192, 732, 3).color(Color.BLACK);
        finalBanner(pdf, b, 230, 735);
        pdf.text(pdf.helv, 9, 380, 750, "Statement Date: " + Phone.date(b.date, "MM/dd/yyyy"));
        if (b.accountNumber != null) {
            pdf.text(pdf.helv, 9, 380, 737, "Account Number: " + b.accountNumber);
        }
        pdf.text(pdf.helv, 9, 380, 724, "Page 1 of 1");
        mailingBlock(pdf, pdf.courier, 10, 72, 690, b);
        float y = 690;
        if (b.service != null) {
            pdf.text(pdf.helvB, 9, 380, y, "Service At:");
            pdf.text(pdf.helv, 9, 380, y - 12, b.customerName);
            pdf.text(pdf.helv, 9, 380, y - 24, street(b.service));
            pdf.text(pdf.helv, 9, 380, y - 36, cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, 380, y - 52, "Spectrum Business account");
        }
        pdf.color(blue).fill(54, 600, 504, 20, blue);
        pdf.color(Color.WHITE).text(pdf.helvB, 11, 62, 606, "Summary | Services from "
                + Phone.date(b.date, "MM/dd/yy") + " through " + Phone.date(b.date.plusMonths(1).minusDays(1), "MM/dd/yy"))
                .color(Color.BLACK);
        y = 578;
        pdf.text(pdf.helvB, 11, 62, y, "Spectrum Voice");
        y -= 14;
        pdf.text(pdf.helv, 9, 62, y, "Your phone numbers: ");
        float px = 62 + Pdf.width(pdf.helv, 9, "Your phone numbers: ");
        List<String> printed = new ArrayList<>();
        b.lines.forEach(l -> printed.add(Phone.format(l, 1)));
        pdf.text(pdf.helvB, 9, px, y, String.join(", ", printed));
        y -= 18;
        double total = 0;
        for (String line : b.lines) {
            for (Item it : lineItems(b, "Voice " + Phone.format(line, 1) + " - Unlimited calling", 29.99, "Smart Ring", r)) {
                pdf.text(pdf.helv, 9, 72, y, it.what()).right(pdf.helv, 9, 550, y, money(it.amount()));
                total += it.amount();
                y -= 13;
            }
            y -= 4;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 9, 72, y, "Taxes, Fees and Charges").right(pdf.helv, 9, 550, y, money(tax));
        y -= 22;
        pdf.line(54, y + 13, 558, y + 13, 0.6f);
        pdf.text(pdf.helvB, 12, 62, y, "Total Due by " + Phone.date(b.date.plusDays(21), "MM/dd/yy"))
                .right(pdf.helvB, 12, 550, y, money(total));
        y -= 24;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 9, 62, y, n);
            y -= 13;
        }
        y -= 10;
        pdf.text(pdf.helvB, 9, 62, y, "Support");
        pdf.text(pdf.helv, 9, 62, y - 12, "Questions? Call 1-855-707-7328. Repair / Technical Support: 1-833-267-6094.");
        pdf.paragraph(pdf.helv, 8, 62, y - 28, 490, 10,
                "To avoid disconnection or late fees, please pay the total due by the due date. Payments by mail "
                        + "may take 7-10 business days to process.");
        pdf.dashed(40, 130, 572, 0.6f);
        pdf.text(pdf.courier, 9, 54, 114, "CHARTER COMMUNICATIONS  PO BOX 60074  CITY OF INDUSTRY CA 91716-0074");
    }

    // ---- Frontier (Times, table) ----------------------------------------------------------------------------------

    private static void frontier(Pdf pdf, Bill b, Random r) {
        Color red = new Color(255, 0, 55);
        pdf.color(red).text(pdf.timesB, 30, 54, 728, "FRONTIER").color(Color.BLACK);
        pdf.text(pdf.timesI, 11, 56, 714, b.business ? "Frontier Business" : "Communications");
        finalBanner(pdf, b, 240, 730);
        pdf.right(pdf.times, 11, 558, 750, "Invoice Date: " + Phone.date(b.date, "MMMM d, yyyy"));
        if (b.accountNumber != null) {
            pdf.right(pdf.timesB, 11, 558, 736, "Acct #: " + b.accountNumber);
        }
        pdf.right(pdf.times, 11, 558, 722, "Amount Due By " + Phone.date(b.date.plusDays(25), "MM/dd/yyyy"));
        mailingBlock(pdf, pdf.times, 11, 72, 676, b);
        if (b.service != null) {
            pdf.text(pdf.timesB, 11, 340, 676, "Service Location:");
            pdf.text(pdf.times, 11, 340, 662, street(b.service));
            pdf.text(pdf.times, 11, 340, 648, cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.times, 11, 340, 632, "Account Type: Business");
        }
        float y = 600;
        pdf.fill(54, y - 5, 504, 18, Pdf.LIGHT);
        pdf.text(pdf.timesB, 11, 60, y, "Telephone Number").text(pdf.timesB, 11, 190, y, "Description")
                .right(pdf.timesB, 11, 552, y, "Amount");
        y -= 20;
        double total = 0;
        for (String line : b.lines) {
            boolean first = true;
            for (Item it : lineItems(b, "Digital Voice Unlimited", 34.99, "Distinctive Ring", r)) {
                if (first) {
                    pdf.text(pdf.times, 11, 60, y, Phone.format(line, 1));
                    first = false;
                }
                pdf.text(pdf.times, 11, 190, y, it.what()).right(pdf.times, 11, 552, y, money(it.amount()));
                total += it.amount();
                y -= 14;
            }
            pdf.line(54, y + 6, 558, y + 6, 0.3f);
            y -= 6;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.times, 11, 190, y, "Federal, State and Local Taxes and Surcharges").right(pdf.times, 11, 552, y, money(tax));
        y -= 22;
        pdf.text(pdf.timesB, 12, 190, y, "Total Current Charges").right(pdf.timesB, 12, 552, y, money(total));
        y -= 26;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.timesB, 11, 60, y, n);
            y -= 14;
        }
        pdf.text(pdf.timesB, 10, 60, 190, "Customer Service 1-800-921-8101    Repair 1-877-462-7320    frontier.com/helpcenter");
        pdf.paragraph(pdf.times, 9, 60, 176, 490, 11,
                "A late payment charge applies to payments received after the due date. Allow 3 to 5 business days "
                        + "for online payments to post. Ask us about a freeze on your preferred carrier choices.");
        pdf.dashed(40, 130, 572, 0.6f);
        pdf.text(pdf.times, 10, 54, 114, "Frontier Communications  PO Box 740407  Cincinnati, OH 45274-0407");
    }

    // ---- T-Mobile --------------------------------------------------------------------------------------------------

    private static void tmobile(Pdf pdf, Bill b, Random r) {
        Color magenta = new Color(226, 0, 116);
        pdf.fill(54, 722, 34, 34, magenta);
        pdf.color(Color.WHITE).text(pdf.helvB, 28, 62, 729, "T").color(Color.BLACK);
        pdf.color(magenta).text(pdf.helvB, 24, 96, 730, "T-Mobile").color(Color.BLACK);
        finalBanner(pdf, b, 240, 735);
        pdf.text(pdf.helv, 9, 400, 750, "Statement date");
        pdf.text(pdf.helvB, 11, 400, 737, Phone.date(b.date, "MMM d, yyyy"));
        if (b.accountNumber != null) {
            pdf.text(pdf.helv, 9, 400, 722, "Account No.");
            pdf.text(pdf.helvB, 11, 400, 709, b.accountNumber);
        }
        mailingBlock(pdf, pdf.helv, 10, 62, 680, b);
        if (b.service != null) {
            pdf.text(pdf.helv, 9, 400, 690, "Service address");
            pdf.text(pdf.helv, 9, 400, 678, street(b.service));
            pdf.text(pdf.helv, 9, 400, 666, cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, 400, 650, "T-Mobile for Business");
        }
        float y = 610;
        pdf.text(pdf.helvB, 16, 54, y, "Your lines");
        y -= 20;
        pdf.color(Pdf.GREY).text(pdf.helv, 8, 62, y, "LINE").text(pdf.helv, 8, 190, y, "TYPE")
                .text(pdf.helv, 8, 260, y, "PLAN").right(pdf.helv, 8, 550, y, "TOTAL").color(Color.BLACK);
        y -= 4;
        pdf.line(54, y, 558, y, 0.5f);
        y -= 14;
        double total = 0;
        for (String line : b.lines) {
            double sum = 0;
            List<Item> items = lineItems(b, "Essentials", 60.00, "Smart Ring", r);
            for (Item it : items) {
                sum += it.amount();
            }
            total += sum;
            pdf.text(pdf.helvB, 10, 62, y, Phone.format(line, 0)).text(pdf.helv, 10, 190, y, "Voice")
                    .text(pdf.helv, 10, 260, y, items.get(0).what()).right(pdf.helv, 10, 550, y, money(sum));
            y -= 13;
            for (Item it : items.subList(1, items.size())) {
                pdf.text(pdf.helv, 8, 260, y, it.what() + "  " + money(it.amount()));
                y -= 11;
            }
            y -= 8;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 10, 62, y, "Taxes & fees").right(pdf.helv, 10, 550, y, money(tax));
        y -= 24;
        pdf.color(magenta).fill(54, y - 6, 504, 24, magenta);
        pdf.color(Color.WHITE).text(pdf.helvB, 12, 62, y, "Total due " + Phone.date(b.date.plusDays(21), "MMM d"))
                .right(pdf.helvB, 12, 550, y, money(total)).color(Color.BLACK);
        y -= 32;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 9, 62, y, n);
            y -= 13;
        }
        pdf.paragraph(pdf.helv, 8, 54, 160, 504, 10,
                "Questions? Customer Care: 1-800-937-8997, or dial 611 from your T-Mobile phone. AutoPay discount "
                        + "requires a debit card or bank account. Payments received after the due date may take 1-2 "
                        + "business days to post to your account.");
        pdf.text(pdf.helv, 8, 54, 110, "T-Mobile  PO Box 742596  Cincinnati OH 45274-2596");
    }

    // ---- Kinetic by Windstream (Courier, mainframe style) ----------------------------------------------------------

    private static void windstream(Pdf pdf, Bill b, Random r) {
        pdf.text(pdf.helvB, 22, 54, 735, "KINETIC");
        pdf.text(pdf.helv, 10, 54, 722, "by Windstream");
        finalBanner(pdf, b, 240, 735);
        PDFont f = pdf.courier;
        float x = 320;
        pdf.text(f, 10, x, 750, "BILLING DATE:  " + Phone.date(b.date, "MM/dd/yyyy"));
        if (b.accountNumber != null) {
            pdf.text(f, 10, x, 738, "ACCOUNT NO.:   " + b.accountNumber);
        }
        pdf.text(f, 10, x, 726, "DUE DATE:      " + Phone.date(b.date.plusDays(20), "MM/dd/yyyy"));
        pdf.text(f, 10, 72, 690, "CUSTOMER NAME: " + b.customerName.toUpperCase(Locale.ROOT));
        if (b.service != null) {
            pdf.text(f, 10, 72, 678, "SERVICE ADDRESS: " + street(b.service).toUpperCase(Locale.ROOT) + ", "
                    + cityLine(b.service).toUpperCase(Locale.ROOT));
        }
        mailingBlock(pdf, f, 10, 72, 650, b);
        float y = 590;
        pdf.text(pdf.courierB, 10, 54, y, "TELEPHONE NUMBERS ON THIS ACCOUNT");
        y -= 14;
        for (String line : b.lines) {
            pdf.text(f, 10, 72, y, Phone.format(line, 0) + (b.business ? "   BUSINESS LINE" : "   RESIDENCE LINE"));
            y -= 12;
        }
        y -= 12;
        pdf.text(pdf.courierB, 10, 54, y, "CURRENT CHARGES");
        y -= 14;
        double total = 0;
        for (String line : b.lines) {
            for (Item it : lineItems(b, "KINETIC HOME PHONE UNLIMITED " + Phone.format(line, 1), 32.50, "Ident-A-Call", r)) {
                pdf.text(f, 9, 72, y, it.what().toUpperCase(Locale.ROOT)).right(f, 9, 550, y, money(it.amount()));
                total += it.amount();
                y -= 11;
            }
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(f, 9, 72, y, "TAXES AND SURCHARGES").right(f, 9, 550, y, money(tax));
        y -= 16;
        pdf.text(pdf.courierB, 10, 72, y, "TOTAL AMOUNT DUE").right(pdf.courierB, 10, 550, y, money(total));
        y -= 22;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.courierB, 9, 72, y, n.toUpperCase(Locale.ROOT));
            y -= 12;
        }
        pdf.paragraph(f, 8, 54, 170, 504, 10,
                "CUSTOMER SERVICE: 1-800-347-1991   REPAIR: 1-866-445-6404   WINDSTREAM.COM. PAYMENTS RECEIVED AFTER "
                        + "THE DUE DATE WILL POST WITHIN 2 BUSINESS DAYS. TO AVOID DISCONNECTION, PAY BY THE DUE DATE.");
        pdf.text(f, 8, 54, 110, "WINDSTREAM  PO BOX 9001908  LOUISVILLE KY 40290-1908");
    }

    // ---- CenturyLink (two columns, boxed summary) -----------------------------------------------------------------

    private static void centurylink(Pdf pdf, Bill b, Random r) {
        Color green = new Color(0, 133, 62);
        pdf.color(green).text(pdf.helvB, 26, 54, 730, "CenturyLink").color(Color.BLACK);
        pdf.color(Pdf.GREY).text(pdf.helv, 8, 56, 717, "a Lumen brand").color(Color.BLACK);
        finalBanner(pdf, b, 250, 735);
        pdf.rect(360, 680, 198, 84, 0.6f);
        pdf.text(pdf.helv, 9, 368, 750, "Bill Date:").right(pdf.helvB, 9, 550, 750, Phone.date(b.date, "MMM dd, yyyy"));
        if (b.accountNumber != null) {
            pdf.text(pdf.helv, 9, 368, 736, "Account Number:").right(pdf.helvB, 9, 550, 736, b.accountNumber);
        }
        pdf.text(pdf.helv, 9, 368, 722, "Total Amount Due:");
        pdf.text(pdf.helv, 9, 368, 708, "Payment Due:").right(pdf.helvB, 9, 550, 708,
                Phone.date(b.date.plusDays(19), "MMM dd, yyyy"));
        mailingBlock(pdf, pdf.helv, 10, 72, 690, b);
        float y = 650;
        if (b.service != null) {
            pdf.text(pdf.helvB, 9, 54, y, "Service Address:");
            pdf.text(pdf.helv, 9, 140, y, street(b.service) + ", " + cityLine(b.service));
            y -= 14;
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, 54, y, "CenturyLink Business - Business account");
            y -= 14;
        }
        y -= 16;
        pdf.color(green).fill(54, y - 4, 504, 18, green);
        pdf.color(Color.WHITE).text(pdf.helvB, 10, 60, y, "Phone Number").text(pdf.helvB, 10, 180, y, "Service")
                .right(pdf.helvB, 10, 550, y, "Monthly").color(Color.BLACK);
        y -= 20;
        double total = 0;
        for (String line : b.lines) {
            pdf.text(pdf.helvB, 10, 60, y, Phone.format(line, 2));
            for (Item it : lineItems(b, "Home Phone Unlimited Nationwide", 33.00, "Distinctive Ring", r)) {
                pdf.text(pdf.helv, 9, 180, y, it.what()).right(pdf.helv, 9, 550, y, money(it.amount()));
                total += it.amount();
                y -= 13;
            }
            y -= 7;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 9, 180, y, "Taxes, Fees and Surcharges").right(pdf.helv, 9, 550, y, money(tax));
        pdf.right(pdf.helvB, 9, 550, 722, money(total));
        y -= 20;
        pdf.line(54, y + 12, 558, y + 12, 0.6f);
        pdf.text(pdf.helvB, 11, 60, y, "Total Amount Due").right(pdf.helvB, 11, 550, y, money(total));
        y -= 26;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 9, 60, y, n);
            y -= 13;
        }
        pdf.paragraph(pdf.helv, 8, 54, 180, 504, 10,
                "Questions about your bill? Call 1-800-244-1111 or visit centurylink.com/myaccount. Report repair "
                        + "problems at 1-800-573-1311. Payments may take 2-3 business days to post. A late fee applies "
                        + "to amounts not paid by the due date; to avoid disconnection, pay the past-due balance.");
        pdf.dashed(40, 130, 572, 0.6f);
        pdf.text(pdf.helv, 9, 54, 114, "CENTURYLINK  PO BOX 2961  PHOENIX AZ 85062-2961");
    }

    // ---- Cox (purple header band, sections) ------------------------------------------------------------------------

    private static void cox(Pdf pdf, Bill b, Random r) {
        Color blue = new Color(0, 84, 150);
        pdf.fill(0, 712, 612, 80, blue);
        pdf.color(Color.WHITE).text(pdf.helvB, 30, 54, 740, "COX").text(pdf.helv, 9, 56, 726,
                b.business ? "Cox Business" : "Cox Communications").color(Color.BLACK);
        pdf.color(Color.WHITE).text(pdf.helv, 9, 380, 766, "Statement Date  " + Phone.date(b.date, "MM/dd/yy"));
        if (b.accountNumber != null) {
            pdf.text(pdf.helv, 9, 380, 752, "Account Number  " + b.accountNumber);
        }
        pdf.text(pdf.helv, 9, 380, 738, "Service Period  " + Phone.date(b.date, "MM/dd") + " - "
                + Phone.date(b.date.plusMonths(1).minusDays(1), "MM/dd")).color(Color.BLACK);
        finalBanner(pdf, b, 250, 690);
        float after = mailingBlock(pdf, pdf.helv, 10, 62, 680, b);
        if (b.service != null) {
            pdf.text(pdf.helvB, 9, 340, 680, "Service Address");
            pdf.text(pdf.helv, 9, 340, 668, street(b.service));
            pdf.text(pdf.helv, 9, 340, 656, cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, 340, 642, "Account type: Business");
        }
        float y = Math.min(after, 630) - 16;
        pdf.text(pdf.helvB, 13, 54, y, b.business ? "Cox Business Voice" : "Cox Voice");
        y -= 18;
        double total = 0;
        for (String line : b.lines) {
            pdf.text(pdf.helv, 10, 62, y, "Phone number: " + Phone.format(line, 0));
            y -= 14;
            for (Item it : lineItems(b, "Cox Voice Premier", 39.99, "Teen Line", r)) {
                pdf.text(pdf.helv, 9, 80, y, it.what()).right(pdf.helv, 9, 550, y, money(it.amount()));
                total += it.amount();
                y -= 12;
            }
            y -= 8;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 9, 80, y, "Taxes, Surcharges & Fees").right(pdf.helv, 9, 550, y, money(tax));
        y -= 22;
        pdf.fill(54, y - 6, 504, 22, Pdf.LIGHT);
        pdf.text(pdf.helvB, 11, 62, y, "Amount Due " + Phone.date(b.date.plusDays(24), "MMMM d"))
                .right(pdf.helvB, 11, 550, y, money(total));
        y -= 28;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 9, 62, y, n);
            y -= 13;
        }
        pdf.paragraph(pdf.helv, 8, 54, 170, 504, 10,
                "Need help? cox.com/support or 1-800-234-3993. Payments received after the due date may be charged a "
                        + "late fee; mailed payments take up to 5 business days. Cox never asks for your password "
                        + "by phone.");
        pdf.dashed(40, 130, 572, 0.6f);
        pdf.text(pdf.helv, 9, 54, 114, "COX COMMUNICATIONS  PO BOX 9001078  LOUISVILLE KY 40290-1078");
    }

    // ---- Boost Mobile (wireless statement) ------------------------------------------------------------------------

    private static void boost(Pdf pdf, Bill b, Random r) {
        Color orange = new Color(247, 142, 30);
        pdf.color(orange).text(pdf.helvB, 28, 54, 728, "BOOST").text(pdf.helv, 14, 158, 728, "mobile")
                .color(Color.BLACK);
        finalBanner(pdf, b, 260, 732);
        pdf.right(pdf.helv, 9, 558, 752, "Invoice Date: " + Phone.date(b.date, "MM/dd/yyyy"));
        if (b.accountNumber != null) {
            pdf.right(pdf.helvB, 10, 558, 738, "Account #: " + b.accountNumber);
        }
        pdf.right(pdf.helv, 9, 558, 724, "Bill Period: " + Phone.date(b.date.minusMonths(1), "MMM d") + " - "
                + Phone.date(b.date.minusDays(1), "MMM d, yyyy"));
        mailingBlock(pdf, pdf.helv, 10, 62, 690, b);
        if (b.service != null) {
            pdf.text(pdf.helvB, 9, 360, 690, "Service Address (primary place of use):");
            pdf.text(pdf.helv, 9, 360, 678, street(b.service));
            pdf.text(pdf.helv, 9, 360, 666, cityLine(b.service));
        }
        if (b.business) {
            pdf.text(pdf.helv, 9, 360, 652, "Account type: Business");
        }
        float y = 620;
        pdf.text(pdf.helvB, 15, 54, y, "Your Plan & Lines");
        y -= 20;
        pdf.color(Pdf.GREY).text(pdf.helv, 8, 62, y, "MOBILE NUMBER").text(pdf.helv, 8, 200, y, "DEVICE")
                .text(pdf.helv, 8, 320, y, "CHARGES").right(pdf.helv, 8, 550, y, "AMOUNT").color(Color.BLACK);
        y -= 5;
        pdf.line(54, y, 558, y, 0.5f);
        y -= 14;
        double total = 0;
        String[] devices = {"iPhone 13", "Galaxy A54", "moto g 5G", "Pixel 7a"};
        for (String line : b.lines) {
            pdf.text(pdf.helvB, 10, 62, y, Phone.format(line, 2)).text(pdf.helv, 9, 200, y,
                    devices[r.nextInt(devices.length)]);
            for (Item it : lineItems(b, "Boost Unlimited Plan", 25.00, "Smart Ring", r)) {
                pdf.text(pdf.helv, 9, 320, y, it.what()).right(pdf.helv, 9, 550, y, money(it.amount()));
                total += it.amount();
                y -= 12;
            }
            y -= 10;
        }
        double tax = taxes(r, b.lines.size());
        total += tax;
        pdf.text(pdf.helv, 9, 320, y, "Taxes & Surcharges").right(pdf.helv, 9, 550, y, money(tax));
        y -= 22;
        pdf.color(orange).fill(54, y - 6, 504, 22, orange);
        pdf.color(Color.WHITE).text(pdf.helvB, 11, 62, y, "TOTAL DUE " + Phone.date(b.date.plusDays(20), "MM/dd"))
                .right(pdf.helvB, 11, 550, y, money(total)).color(Color.BLACK);
        y -= 30;
        for (String n : accountNotes(b)) {
            pdf.text(pdf.helvB, 9, 62, y, n);
            y -= 13;
        }
        pdf.paragraph(pdf.helv, 8, 54, 160, 504, 10,
                "Care: 1-833-502-6678 or dial 611 from your Boost phone. To port a number out you need your "
                        + "account number and Number Transfer PIN from the Boost app. Payments may take 1 business "
                        + "day to post.");
        pdf.text(pdf.helv, 8, 54, 110, "BOOST MOBILE  PO BOX 4191  CAROL STREAM IL 60197-4191");
    }

    static LocalDate due(Bill b) {
        return b.date.plusDays(21);
    }
}
