package org.portcheck.rules;

/**
 * A number to port (order, else LOA), in E.164 when it parses. {@code category} is GEOGRAPHIC, TOLL_FREE, PREMIUM or
 * NON_GEOGRAPHIC; {@code served} is false when its area code is listed in the coverage table.
 */
public record PortNumber(String number, boolean valid, String category, boolean served, Evidence evidence) {
}
