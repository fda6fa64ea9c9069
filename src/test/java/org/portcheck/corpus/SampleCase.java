package org.portcheck.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.portcheck.extract.Address;

/**
 * One sample case as data: who the customer is, what the LOA, the bill and the order say, in which form each is
 * delivered, and the codes it must raise. Built with a small fluent DSL in {@link CaseTable}; the generator draws the
 * files from it and {@link SpecOracle} recomputes the codes from the same data.
 */
final class SampleCase {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

    /** The LOA form a case fills in (rules/loa-profiles.txt). */
    enum Profile {
        V1("portcheck-loa-v1"), CARRIER("carrier-loa");

        final String id;

        Profile(String id) {
            this.id = id;
        }
    }

    enum LoaFormat {
        TEXT_PDF("pdf", "text PDF", "none (born digital)", true),
        ACROFORM_PDF("pdf", "filled AcroForm PDF", "none (form fields)", true),
        SCANNED_PDF("pdf", "scanned PDF (JPEG pages, no text layer)", "skew", true),
        FAX_TIFF("tif", "fax TIFF (CCITT T.6, 204x196 dpi, a frame a page)", "fax", true),
        SCAN_UPSIDE_DOWN_PDF("pdf", "scanned PDF, pages fed upside down", "rotation 180", true),
        SCAN_SIDEWAYS_PDF("pdf", "scanned PDF, pages fed sideways", "rotation 90", true),
        NOISY_SCAN_PDF("pdf", "scanned PDF with heavy scanner noise and speckle", "scanner noise", true),
        LOW_CONTRAST_SCAN_PDF("pdf", "scanned PDF, low contrast (grey print on grey paper)", "low contrast", true),
        JPEG_ARTEFACTS_PDF("pdf", "scanned PDF, JPEG pages at quality 10", "JPEG artefacts", true),
        FAX_UPSIDE_DOWN_TIFF("tif", "fax TIFF (CCITT T.6), fed upside down", "fax, rotation 180", true),
        PHOTO_JPEG("jpg", "phone photo JPEG of the one-page form", "phone photo", false),
        SCAN_JPEG("jpg", "scanned JPEG of the one-page form (200 dpi)", "skew", false);

        final String ext;
        final String words;
        final String degradation;
        /** Whether the file holds several pages (else the form must fit on one page). */
        final boolean multiPage;

        LoaFormat(String ext, String words, String degradation, boolean multiPage) {
            this.ext = ext;
            this.words = words;
            this.degradation = degradation;
            this.multiPage = multiPage;
        }
    }

    enum BillFormat {
        TEXT_PDF("pdf", "text PDF", "none (born digital)", true),
        SCANNED_PDF("pdf", "scanned PDF (no text layer)", "skew", true),
        PHOTO_JPEG("jpg", "phone photo JPEG", "phone photo", true),
        FAX_TIFF("tif", "fax TIFF (CCITT T.4, 204x196 dpi)", "fax", true),
        SCREENSHOT_PNG("png", "screenshot PNG of the online account (96 dpi)", "screenshot", true),
        BLURRY_PHOTO_JPEG("jpg", "phone photo JPEG, badly out of focus", "out of focus (illegible)", false),
        FADED_PHOTO_JPEG("jpg", "phone photo JPEG, washed out and blurred", "washed out (illegible)", false),
        LOW_RES_JPEG("jpg", "JPEG at 60 dpi", "60 dpi (illegible)", false),
        SCAN_JPEG("jpg", "scanned JPEG (200 dpi)", "skew", true),
        SCAN_SIDEWAYS_PDF("pdf", "scanned PDF, page fed sideways", "rotation 90", true),
        SCAN_UPSIDE_DOWN_JPEG("jpg", "scanned JPEG, page fed upside down", "rotation 180", true),
        NOISY_SCAN_PDF("pdf", "scanned PDF with heavy scanner noise and speckle", "scanner noise", true),
        LOW_CONTRAST_JPEG("jpg", "scanned JPEG, low contrast", "low contrast", true),
        JPEG_ARTEFACTS_JPG("jpg", "scanned JPEG at quality 10", "JPEG artefacts", true),
        PHOTO_SIDEWAYS_JPEG("jpg", "phone photo JPEG taken sideways (no orientation tag)", "phone photo, rotation 90",
                true),
        FAX_UPSIDE_DOWN_TIFF("tif", "fax TIFF (CCITT T.4), fed upside down", "fax, rotation 180", true),
        SCREENSHOT_JPEG("jpg", "screenshot of the online account saved as JPEG (quality 35)",
                "screenshot, JPEG artefacts", true);

        final String ext;
        final String words;
        final String degradation;
        final boolean legible;

        BillFormat(String ext, String words, String degradation, boolean legible) {
            this.ext = ext;
            this.words = words;
            this.degradation = degradation;
            this.legible = legible;
        }

        boolean screenshot() {
            return this == SCREENSHOT_PNG || this == SCREENSHOT_JPEG;
        }
    }

    /** What a signature block holds. */
    enum Mark {
        HAND, TYPED, SLASH_S, EMPTY, FAINT, SMEARED;

        boolean illegible() {
            return this == FAINT || this == SMEARED;
        }

        /** Ink put there by hand, legible or not (the spec's "hand-signed LOA"). */
        boolean byHand() {
            return this == HAND || illegible();
        }
    }

    /** Line features a bill may state for the account. */
    enum Feature {
        RINGMASTER(270), LINE_SHARING(280), FREEZE(290), PENDING_ORDER(300);

        final int code;

        Feature(int code) {
            this.code = code;
        }
    }

    /** What the bill prints. Null values are not printed. */
    static final class Bill {
        LocalDate date;
        String accountNumber;
        String customerName;
        Address service;
        Address mailing;
        List<String> lines = new ArrayList<>();
        boolean business;
        boolean dsl;
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        boolean finalBill;
        boolean disconnected;
    }

    final String name;
    final Carrier carrier;
    final Persona who;
    final Random rnd;
    /** The account number as the carrier prints it. */
    final String accountNumber;
    final String pin;

    LoaFormat loaFormat;
    Profile profile = Profile.V1;
    /** carrier-loa: the numbers are listed on page 1 (a one-page form) instead of on an attachment page 2. */
    boolean numbersOnPage1;
    final Map<String, String> loa = new LinkedHashMap<>();
    Mark signature1 = Mark.HAND;
    Mark signature2 = Mark.HAND;
    boolean initials1 = true;
    boolean initials2 = true;

    BillFormat billFormat;
    Bill bill;

    Map<String, Object> order;

    TreeSet<Integer> expected = new TreeSet<>();
    String note = "";
    boolean clean;

    private SampleCase(String name, Carrier carrier, Persona who, long seed) {
        this.name = name;
        this.carrier = carrier;
        this.who = who;
        this.rnd = new Random(seed * 1_000_003L + name.hashCode());
        this.accountNumber = accountNumberFor(carrier, rnd);
        this.pin = String.format("%04d", 1000 + rnd.nextInt(9000));
    }

    static SampleCase kase(String name, Carrier carrier, int persona, long seed) {
        return new SampleCase(name, carrier, Persona.ALL.get(persona), seed);
    }

    private static String accountNumberFor(Carrier c, Random r) {
        return switch (c) {
            case VERIZON -> digits(r, 9, '4') + "-" + String.format("%05d", 1 + r.nextInt(9));
            case ATT -> digits(r, 12, '2');
            case XFINITY -> "8155 " + digits(r, 2, '4') + " " + digits(r, 3, '0') + " " + digits(r, 7, '3');
            case SPECTRUM -> "8352 " + digits(r, 2, '1') + " " + digits(r, 3, '0') + " " + digits(r, 7, '0');
            case FRONTIER -> digits(r, 3, '1') + "-" + digits(r, 3, '2') + "-" + digits(r, 4, '6') + "-"
                    + digits(r, 6, '0') + "-" + r.nextInt(10);
            case TMOBILE -> digits(r, 9, '9');
            case WINDSTREAM -> digits(r, 3, '0') + "-" + digits(r, 3, '4') + "-" + digits(r, 4, '8') + "-"
                    + r.nextInt(10);
            case MAGICJACK -> "MJ" + digits(r, 10, '7');
            case CENTURYLINK -> digits(r, 3, '3') + "-" + digits(r, 3, '5') + "-" + digits(r, 4, '2') + "-"
                    + digits(r, 3, '4');
            case COX -> digits(r, 3, '1') + " " + digits(r, 4, '0') + " " + digits(r, 6, '2');
            case GOOGLE_VOICE -> "GV-" + digits(r, 8, '5');
            // Boost and Sprint keep the default: the first cases drew their order from it
            default -> digits(r, 10, '3');
        };
    }

    private static String digits(Random r, int n, char first) {
        StringBuilder b = new StringBuilder().append(first);
        while (b.length() < n) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    // ---- DSL: documents ------------------------------------------------------------------------------------------

    /** Adds an LOA, filled in completely and correctly from the persona, hand-signed and initialled. */
    SampleCase loa(LoaFormat f) {
        loaFormat = f;
        loa.clear();
        loa.put("accountHolderName", who.name());
        loa.put("businessName", who.businessName() == null ? "" : who.businessName());
        loa.put("authorizedPerson", who.businessName() != null || rnd.nextBoolean() ? who.name() : "");
        loa.put("street", who.street());
        loa.put("unit", who.unit() == null ? "" : who.unit());
        loa.put("city", who.city());
        loa.put("state", who.state());
        loa.put("zip", who.zip());
        loa.put("currentProvider", carrier.written);
        // customers often leave out the carrier's separators; the spec compares letters and digits only
        loa.put("accountNumber", rnd.nextInt(3) == 0 ? accountNumber.replaceAll("[^A-Za-z0-9]", "") : accountNumber);
        loa.put("pin", carrier.requiresPin || rnd.nextInt(4) == 0 ? pin : "");
        loa.put("btn", Phone.format(who.btn(), rnd.nextInt(4)));
        for (int i = 1; i <= 6; i++) {
            loa.put("number" + i, i <= who.numbers().size() ? Phone.format(who.numbers().get(i - 1), rnd.nextInt(4)) : "");
        }
        LocalDate signed = AS_OF.minusDays(1 + rnd.nextInt(6));
        loa.put("signature1Date", Phone.date(signed, rnd.nextInt(3)));
        loa.put("signature2Date", Phone.date(signed, rnd.nextInt(3)));
        return this;
    }

    /**
     * Adds a carrier-style LOA (profile carrier-loa), filled in completely and correctly and hand-signed once: BTN,
     * losing carrier, its account number, customer (company) name, service address, city/state/ZIP, account
     * contact, print name, signature and date, the numbers (on page 1 when the file holds one page, else on an
     * attachment page 2), and for carriers that need them the transfer PIN and the last four SSN digits.
     */
    SampleCase carrierLoa(LoaFormat f) {
        loaFormat = f;
        profile = Profile.CARRIER;
        numbersOnPage1 = !f.multiPage;
        loa.clear();
        loa.put("btn", Phone.format(who.btn(), rnd.nextInt(4)));
        loa.put("currentProvider", carrier.written);
        loa.put("accountNumber", rnd.nextInt(3) == 0 ? accountNumber.replaceAll("[^A-Za-z0-9]", "") : accountNumber);
        loa.put("pin", carrier.requiresPin ? pin : "");
        loa.put("ssnLast4", carrier.requiresSsn ? String.format("%04d", 1000 + rnd.nextInt(9000)) : "");
        loa.put("accountHolderName", who.businessName() != null ? who.businessName() : who.name());
        loa.put("street", who.street());
        loa.put("unit", who.unit() == null ? "" : who.unit());
        loa.put("city", who.city());
        loa.put("state", who.state());
        loa.put("zip", who.zip());
        loa.put("accountContact", rnd.nextBoolean() ? who.name() : "");
        loa.put("authorizedPerson", who.name());
        for (int i = 1; i <= 6; i++) {
            loa.put("number" + i, i <= who.numbers().size() ? Phone.format(who.numbers().get(i - 1), rnd.nextInt(4)) : "");
        }
        loa.put("signature1Date", Phone.date(AS_OF.minusDays(1 + rnd.nextInt(6)), rnd.nextInt(3)));
        signature2 = Mark.EMPTY;
        initials1 = false;
        initials2 = false;
        return this;
    }

    /** Adds a bill that agrees with the persona, dated 8 to 25 days before asOf, listing every number as a line. */
    SampleCase bill(BillFormat f) {
        billFormat = f;
        bill = new Bill();
        bill.date = AS_OF.minusDays(8 + rnd.nextInt(18));
        bill.accountNumber = accountNumber;
        bill.customerName = who.businessName() != null ? who.businessName() : who.name();
        bill.service = new Address(who.street(), who.unit(), who.city(), who.state(), who.zip());
        bill.mailing = bill.service;
        bill.lines.addAll(who.numbers());
        bill.business = who.businessName() != null;
        return this;
    }

    /** Adds an order that gives the numbers and the internet connection, nothing else. */
    SampleCase order(String internetConnection) {
        order = new LinkedHashMap<>();
        List<String> nums = new ArrayList<>();
        for (String n : who.numbers()) {
            nums.add(Phone.format(n, rnd.nextInt(4)));
        }
        order.put("numbers", nums);
        if (internetConnection != null) {
            order.put("internetConnection", internetConnection);
        }
        return this;
    }

    /** Adds an order with everything the customer can type. */
    SampleCase orderFull(String internetConnection) {
        order(null);
        order.put("btn", Phone.format(who.btn(), 1));
        order.put("accountName", who.name());
        if (who.businessName() != null) {
            order.put("businessName", who.businessName());
            order.put("accountType", "BUSINESS");
            order.put("authorizedPerson", who.name());
        } else {
            order.put("accountType", "RESIDENTIAL");
        }
        Map<String, Object> addr = new LinkedHashMap<>();
        addr.put("line1", who.street());
        if (who.unit() != null) {
            addr.put("line2", who.unit());
        }
        addr.put("city", who.city());
        addr.put("state", who.state());
        addr.put("zip", who.zip());
        order.put("serviceAddress", addr);
        order.put("carrier", carrier.written);
        order.put("accountNumber", accountNumber);
        if (carrier.requiresPin) {
            order.put("pin", pin);
        }
        if (internetConnection != null) {
            order.put("internetConnection", internetConnection);
        }
        return this;
    }

    SampleCase orderSet(String key, Object value) {
        order.put(key, value);
        return this;
    }

    SampleCase orderRemove(String... keys) {
        Arrays.stream(keys).forEach(order::remove);
        return this;
    }

    SampleCase withoutLoaField(String... fields) {
        for (String f : fields) {
            if (!loa.containsKey(f)) {
                throw new IllegalArgumentException("no LOA field " + f);
            }
            loa.put(f, "");
        }
        return this;
    }

    SampleCase loaField(String field, String value) {
        if (!loa.containsKey(field)) {
            throw new IllegalArgumentException("no LOA field " + field);
        }
        loa.put(field, value);
        return this;
    }

    SampleCase signature1(Mark m) {
        signature1 = m;
        return this;
    }

    SampleCase signature2(Mark m) {
        signature2 = m;
        return this;
    }

    SampleCase signatures(Mark m) {
        return signature1(m).signature2(m);
    }

    SampleCase initials1(boolean present) {
        initials1 = present;
        return this;
    }

    SampleCase initials2(boolean present) {
        initials2 = present;
        return this;
    }

    SampleCase billEdit(Consumer<Bill> edit) {
        edit.accept(bill);
        return this;
    }

    SampleCase billDaysOld(int days) {
        bill.date = AS_OF.minusDays(days);
        return this;
    }

    SampleCase expect(int... codes) {
        expected = new TreeSet<>();
        for (int c : codes) {
            expected.add(c);
        }
        return this;
    }

    SampleCase note(String why) {
        note = why;
        return this;
    }

    // ---- derived ---------------------------------------------------------------------------------------------------

    boolean hasLoa() {
        return loaFormat != null;
    }

    boolean hasBill() {
        return billFormat != null;
    }

    List<String> loaNumbers() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String v = loa.getOrDefault("number" + i, "");
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    String formats() {
        List<String> parts = new ArrayList<>();
        parts.add(hasLoa() ? "LOA (" + profile.id + "): " + loaFormat.words : "no LOA");
        parts.add(hasBill() ? "bill: " + carrier.written + ", " + billFormat.words : "no bill");
        parts.add(order != null ? "order" : "no order");
        return String.join("; ", parts);
    }
}
