package org.portcheck.rules;

/** A telephone number the bill lists as a line of the account, in E.164. */
public record BillLine(String number, Evidence evidence) {
}
