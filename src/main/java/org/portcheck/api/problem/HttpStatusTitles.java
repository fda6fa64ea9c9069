package org.portcheck.api.problem;

import java.util.Map;

/** Standard titles (RFC 9110 reason phrases) and the generic details used for the framework's own errors. */
final class HttpStatusTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(411, "Length Required"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(503, "Service Unavailable"));

    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "The request is not well-formed."),
            Map.entry(401, "The request needs authentication."),
            Map.entry(403, "The request is not allowed."),
            Map.entry(404, "There is nothing at this path."),
            Map.entry(405, "This path does not accept the request's method."),
            Map.entry(406, "This path cannot answer in any of the media types the request accepts."),
            Map.entry(408, "The request took too long to arrive."),
            Map.entry(411, "The request needs a Content-Length."),
            Map.entry(413, "The request body is larger than the server accepts."),
            Map.entry(414, "The request's URI is longer than the server accepts."),
            Map.entry(415, "The request's Content-Type is not accepted here."),
            Map.entry(422, "The request is well-formed but cannot be processed."),
            Map.entry(431, "The request's header fields are larger than the server accepts."),
            Map.entry(500, "The request could not be processed because of an internal error."),
            Map.entry(501, "This is not implemented."),
            Map.entry(503, "The service cannot take the request now; try again later."));

    private HttpStatusTitles() {
    }

    static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Server Error" : "Client Error");
    }

    static String detail(int status) {
        return DETAILS.getOrDefault(status, status >= 500 ? DETAILS.get(500) : "The request cannot be processed.");
    }
}
