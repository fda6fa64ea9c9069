package org.portcheck.extract;

import org.portcheck.document.Box;

/** Something the bill states about this account's services, with the words that say it and where. */
public record Feature(Kind kind, String matched, int page, Box box) {

    public enum Kind { DISTINCTIVE_RING, LINE_SHARING, FREEZE, PENDING_ORDER, DISCONNECTED, DSL, BUSINESS }
}
