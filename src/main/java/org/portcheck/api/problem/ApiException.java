package org.portcheck.api.problem;

import org.portcheck.document.DocumentException;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An error the API reports on purpose, answered as problem+json with exactly this status, title and detail.
 * The detail goes to the client as it is: write it for them, and never put a PIN, SSN digits or other input in it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String part;
    private final Long retryAfterSeconds;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, null, null, null);
    }

    private ApiException(int status, String title, String detail, String part, Long retryAfterSeconds,
            Throwable cause) {
        super(Objects.requireNonNull(detail, "detail"), cause);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error has an error status, not " + status);
        }
        this.status = status;
        this.title = Objects.requireNonNull(title, "title");
        this.part = part;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400 Bad Request with this detail. */
    public static ApiException badRequest(String detail) {
        return new ApiException(400, HttpStatusTitles.title(400), detail);
    }

    /** 404 Not Found with this detail. */
    public static ApiException notFound(String detail) {
        return new ApiException(404, HttpStatusTitles.title(404), detail);
    }

    /** 413 Content Too Large with this detail. */
    public static ApiException tooLarge(String detail) {
        return new ApiException(413, HttpStatusTitles.title(413), detail);
    }

    /**
     * The API error for a document that cannot be taken: the status of its reason, its message as detail, and the
     * part it came in. A 503 gets the configured Retry-After when mapped.
     */
    public static ApiException of(DocumentException e, String part) {
        int status = DocumentProblems.status(e.reason());
        return new ApiException(status, DocumentProblems.title(e.reason()), DocumentProblems.detail(e), part, null,
                e);
    }

    /** The same error, about this multipart part. */
    public ApiException forPart(String partName) {
        return new ApiException(status, title, getMessage(), partName, retryAfterSeconds, getCause());
    }

    /** The same error, with a Retry-After header of this many seconds. */
    public ApiException retryAfter(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After must not be negative: " + seconds);
        }
        return new ApiException(status, title, getMessage(), part, seconds, getCause());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The multipart part the error is about, or null. */
    public String part() {
        return part;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }

    public Problem problem() {
        return Problem.of(status, title, getMessage(), part);
    }
}
