package org.portcheck.codes;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * One porting status code of the catalogue.
 *
 * @param code     the number on the porting status page (10 .. 990)
 * @param title    its title, as on the status page
 * @param message  what the customer must do; paragraphs separated by a blank line, list items on lines of their own
 * @param precheck true when portcheck raises it from documents and order; false when only the carrier or the porting
 *                 process can
 * @param trigger  for a precheck code, one line saying when it fires; null otherwise
 */
public record PortingCode(
        int code,
        String title,
        String message,
        boolean precheck,
        @JsonInclude(JsonInclude.Include.NON_NULL) String trigger) {

    public PortingCode {
        if (code <= 0) {
            throw new IllegalArgumentException("code must be positive: " + code);
        }
        requireText(title, "title");
        requireText(message, "message");
        if (precheck) {
            requireText(trigger, "trigger of a precheck code");
        } else if (trigger != null) {
            throw new IllegalArgumentException("only a precheck code has a trigger: " + code);
        }
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNull(value, what).isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
