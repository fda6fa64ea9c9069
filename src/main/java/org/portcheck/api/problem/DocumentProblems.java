package org.portcheck.api.problem;

import org.portcheck.document.DocumentException;

/** How a {@link DocumentException} reads as a problem. */
final class DocumentProblems {

    /** Longest detail taken from a document exception's message; longer ones are replaced by the generic text. */
    private static final int MAX_DETAIL = 300;

    private DocumentProblems() {
    }

    static int status(DocumentException.Reason reason) {
        return switch (reason) {
            case UNSUPPORTED_TYPE -> 415;
            case TOO_LARGE -> 413;
            case UNREADABLE -> 422;
            case BUSY -> 503;
        };
    }

    static String title(DocumentException.Reason reason) {
        return switch (reason) {
            case UNSUPPORTED_TYPE -> "Unsupported Document Type";
            case TOO_LARGE -> "Document Too Large";
            case UNREADABLE -> "Unreadable Document";
            case BUSY -> "Service Busy";
        };
    }

    /**
     * The document stage writes its messages for clients ("the PDF has 25 pages; at most 20 are read"); a message
     * that is missing, multi-line or long is not shown, in case it carries something else.
     */
    static String detail(DocumentException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.length() > MAX_DETAIL || message.indexOf('\n') >= 0) {
            return switch (e.reason()) {
                case UNSUPPORTED_TYPE -> "The file is not a PDF, PNG, JPEG or TIFF.";
                case TOO_LARGE -> "The document is over a size, page or pixel limit.";
                case UNREADABLE -> "The file is in an accepted format but cannot be read.";
                case BUSY -> "The document reader is busy; try again later.";
            };
        }
        return message;
    }
}
