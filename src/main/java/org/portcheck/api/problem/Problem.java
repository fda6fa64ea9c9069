package org.portcheck.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Locale;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem
 * @param title  short, the same for every occurrence of the kind
 * @param status the HTTP status, equal to the response's
 * @param detail this occurrence, in words for the client; never a class name, stack trace or echo of the input
 * @param part   extension: the multipart part the problem is about ({@code loa}, {@code bill}, {@code order}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "part"})
public record Problem(String type, String title, int status, String detail, String part) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are URNs in this namespace, followed by the title in lower case with dashes. */
    public static final String TYPE_PREFIX = "urn:portcheck:problem:";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has an error status, not " + status);
        }
    }

    /** A problem whose type is derived from its title. */
    public static Problem of(int status, String title, String detail, String part) {
        return new Problem(typeFor(title), title, status, detail, part);
    }

    /** A problem with the standard title of its status. */
    public static Problem of(int status, String detail) {
        return of(status, HttpStatusTitles.title(status), detail, null);
    }

    static String typeFor(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return TYPE_PREFIX + (slug.isEmpty() ? "error" : slug);
    }
}
