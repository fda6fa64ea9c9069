package org.portcheck.rules;

import org.portcheck.document.Box;

/** Why a code fired: which document, page and field, in words, and where on the page. */
public record Evidence(String document, Integer page, String field, String detail, Box box) {

    public static Evidence of(String document, String field, String detail) {
        return new Evidence(document, null, field, detail, null);
    }
}
