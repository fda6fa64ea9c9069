package org.portcheck.extract;

import org.portcheck.document.Box;

/** A telephone number that the bill lists as a line of the account, normalised to E.164. */
public record Line(String e164, String printed, int page, Box box) {
}
