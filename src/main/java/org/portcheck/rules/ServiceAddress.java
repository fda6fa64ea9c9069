package org.portcheck.rules;

/** The service address (LOA, else order): a PO box? its ZIP in its state (null when either part is missing)? */
public record ServiceAddress(boolean poBox, Boolean zipInState, Evidence evidence) {
}
