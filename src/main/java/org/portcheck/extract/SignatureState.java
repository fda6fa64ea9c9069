package org.portcheck.extract;

/** What a signature or initials block holds. */
public enum SignatureState {
    /** Handwriting ink. */
    HAND_SIGNED,
    /** Machine text in place of a hand signature: a typed name or an "/s/" e-signature. */
    TYPED,
    /** Nothing there. */
    EMPTY,
    /** Ink is there but too faint, smeared or broken to be a usable signature. */
    ILLEGIBLE
}
