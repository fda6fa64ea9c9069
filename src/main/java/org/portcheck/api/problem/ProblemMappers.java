package org.portcheck.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.portcheck.document.DocumentException;

import java.util.OptionalLong;

/**
 * Turns every exception that leaves a JAX-RS resource into problem+json. Only {@link ApiException} and
 * {@link DocumentException} carry a detail of their own; everything else gets the generic text of its status, so
 * nothing of the input, no class name and no stack trace reaches the client.
 */
public class ProblemMappers {

    private final ProblemWriter writer;
    private final ProblemConfig config;
    private final AllowedMethods allowed;

    @Inject
    ProblemMappers(ProblemWriter writer, ProblemConfig config, AllowedMethods allowed) {
        this.writer = writer;
        this.config = config;
        this.allowed = allowed;
    }

    @ServerExceptionMapper
    public Response apiError(ApiException e) {
        OptionalLong retryAfter = e.retryAfterSeconds();
        if (retryAfter.isEmpty() && e.status() == 503) {
            retryAfter = OptionalLong.of(busyRetryAfterSeconds());
        }
        return writer.response(e.problem(), retryAfter);
    }

    @ServerExceptionMapper
    public Response documentError(DocumentException e) {
        ApiException api = ApiException.of(e, null);
        Log.debugf("document refused: %s", e.reason());
        return apiError(api);
    }

    @ServerExceptionMapper
    public Response frameworkError(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status < 400) {
            // a redirect or success thrown as an exception is the framework's business, not an error
            return e.getResponse();
        }
        Response response = writer.response(Problem.of(status, HttpStatusTitles.detail(status)), OptionalLong.empty());
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow == null) {
                allow = allowed.allowFor(request.path());
            }
            if (allow != null) {
                return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return response;
    }

    // Jackson's own messages quote the input, so only the kind of mistake is told
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 1)
    public Response jsonError(MismatchedInputException e) {
        return badJson();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 1)
    public Response jsonError(JsonProcessingException e) {
        return badJson();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (RequestReadFailure.isRequestReadFailure(e)) {
            // the body broke off or is not what its Content-Type says: the client's mistake, not ours
            Log.debugf("request body could not be read: %s", e.getClass().getName());
            return writer.response(Problem.of(400, "Bad Request", "The request body could not be read: it is "
                    + "incomplete or not well-formed for its Content-Type.", null), OptionalLong.empty());
        }
        // the class and where it came from are enough to find it; the message may quote input
        StackTraceElement[] trace = e.getStackTrace();
        Log.errorf("unexpected %s at %s", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
        return writer.response(Problem.of(500, HttpStatusTitles.detail(500)), OptionalLong.empty());
    }

    private Response badJson() {
        return writer.response(Problem.of(400, "Bad Request", "The JSON in the request is not valid or does not have "
                + "the expected fields and types.", null), OptionalLong.empty());
    }

    private long busyRetryAfterSeconds() {
        long millis = config.busyRetryAfter().toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
