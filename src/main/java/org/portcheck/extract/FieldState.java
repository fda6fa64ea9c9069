package org.portcheck.extract;

public enum FieldState {
    /** A value was read with confidence. */
    PRESENT,
    /** Its place holds no ink or text. */
    BLANK,
    /** Ink is there but could not be read with confidence: goes to review, not to a code. */
    UNREADABLE
}
