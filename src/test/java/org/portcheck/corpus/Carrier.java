package org.portcheck.corpus;

import java.util.Locale;

/**
 * The carriers the corpus has bill layouts for, and the rule flags of the spec's carrier table
 * (precheck-rules.md, "Carrier table") for every carrier a case may name, bill or not.
 */
enum Carrier {
    VERIZON("Verizon", "Verizon", false, false, true),
    ATT("AT&T", "AT&T", false, false, true),
    XFINITY("Xfinity", "Comcast", false, false, true),
    SPECTRUM("Spectrum", "Spectrum", false, false, true),
    FRONTIER("Frontier", "Frontier", false, false, true),
    TMOBILE("T-Mobile", "T-Mobile", true, false, true),
    WINDSTREAM("Kinetic by Windstream", "Windstream", false, false, true),
    // screenshot layout only
    MAGICJACK("magicJack", "MagicJack", false, false, false),
    // no bill layout: only the order's carrier
    VERIZON_WIRELESS("Verizon Wireless", "Verizon Wireless", true, false, false),
    SPRINT("Sprint", "Sprint", true, true, false),
    // printed mobile statement (Boost) and screenshot (Google Voice)
    BOOST("Boost Mobile", "Boost Mobile", true, true, true),
    GOOGLE_VOICE("Google Voice", "Google Voice", true, false, false),
    CENTURYLINK("CenturyLink", "CenturyLink", false, false, true),
    COX("Cox", "Cox", false, false, true);

    /** How a customer writes the provider on an LOA or in the order. */
    final String written;
    /** The carrier table's name. */
    final String table;
    final boolean requiresPin;
    final boolean requiresSsn;
    /** Whether BillLayouts has a printed bill for it (else only a website screenshot, or none). */
    private final boolean printLayout;

    Carrier(String written, String table, boolean requiresPin, boolean requiresSsn, boolean printLayout) {
        this.printLayout = printLayout;
        this.written = written;
        this.table = table;
        this.requiresPin = requiresPin;
        this.requiresSsn = requiresSsn;
    }

    boolean isVerizon() {
        return this == VERIZON || this == VERIZON_WIRELESS;
    }

    boolean hasPrintLayout() {
        return printLayout;
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
