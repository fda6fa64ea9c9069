package org.portcheck.corpus;

import java.util.Locale;

/**
 * The carriers the corpus has bill layouts for, and the rule flags of the spec's carrier table
 * (precheck-rules.md, "Carrier table") for every carrier a case may name, bill or not.
 */
enum Carrier {
    VERIZON("Verizon", "Verizon", false, false),
    ATT("AT&T", "AT&T", false, false),
    XFINITY("Xfinity", "Comcast", false, false),
    SPECTRUM("Spectrum", "Spectrum", false, false),
    FRONTIER("Frontier", "Frontier", false, false),
    TMOBILE("T-Mobile", "T-Mobile", true, false),
    WINDSTREAM("Kinetic by Windstream", "Windstream", false, false),
    MAGICJACK("magicJack", "MagicJack", false, false),
    // no bill layout: they only appear as the order's carrier
    VERIZON_WIRELESS("Verizon Wireless", "Verizon Wireless", true, false),
    SPRINT("Sprint", "Sprint", true, true),
    BOOST("Boost Mobile", "Boost Mobile", true, true),
    GOOGLE_VOICE("Google Voice", "Google Voice", true, false);

    /** How a customer writes the provider on an LOA or in the order. */
    final String written;
    /** The carrier table's name. */
    final String table;
    final boolean requiresPin;
    final boolean requiresSsn;

    Carrier(String written, String table, boolean requiresPin, boolean requiresSsn) {
        this.written = written;
        this.table = table;
        this.requiresPin = requiresPin;
        this.requiresSsn = requiresSsn;
    }

    boolean isVerizon() {
        return this == VERIZON || this == VERIZON_WIRELESS;
    }

    boolean hasPrintLayout() {
        return ordinal() <= WINDSTREAM.ordinal();
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
