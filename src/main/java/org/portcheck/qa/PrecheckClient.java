package org.portcheck.qa;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.portcheck.api.PageImages;

/** How the QA runner reaches the precheck: in the same JVM through the service, or over HTTP to a running server. */
public interface PrecheckClient {

    /** The parts of one POST /api/v1/prechecks; each may be null. Names are the file names the parts carry. */
    record Parts(byte[] loa, String loaName, byte[] bill, String billName, byte[] order, LocalDate asOf) {
    }

    /** The answer: the response body as JSON when status is 200, otherwise the error in words. */
    record Reply(int status, JsonNode body, String error) {

        static Reply ok(JsonNode body) {
            return new Reply(200, body, null);
        }

        static Reply failed(int status, String error) {
            return new Reply(status, null, error);
        }

        public boolean succeeded() {
            return body != null && error == null;
        }
    }

    Reply send(Parts parts);

    /**
     * The picture of a page of a precheck just made, as the response's pageImages entry names it; empty when the
     * server no longer keeps it or the page has no picture.
     */
    Optional<PageImages.Picture> page(String precheckId, String document, int page, String imagePath);

    /** Where the prechecks go, for the report: "in-process" or the server's URL. */
    String target();
}
