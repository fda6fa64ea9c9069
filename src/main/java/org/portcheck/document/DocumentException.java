package org.portcheck.document;

/** A file that cannot be taken, with the reason the API turns into a status. */
public class DocumentException extends RuntimeException {

    public enum Reason {
        /** Not a PDF, PNG, JPEG or TIFF by content: 415. */
        UNSUPPORTED_TYPE,
        /** Over a size, page or pixel limit: 413. */
        TOO_LARGE,
        /** Accepted format but unreadable: corrupt, truncated, encrypted, empty, no pages, past its deadline: 422. */
        UNREADABLE,
        /** The OCR queue is full: 503. */
        BUSY
    }

    private final Reason reason;

    public DocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
