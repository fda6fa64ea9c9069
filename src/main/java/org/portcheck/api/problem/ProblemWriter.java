package org.portcheck.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.OptionalLong;

/** Writes a {@link Problem} as an {@code application/problem+json} response, for JAX-RS and for Vert.x routes. */
@Singleton
public class ProblemWriter {

    // a private mapper: the body must not change with the application's Jackson customisations
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The problem as JSON text. */
    public String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // a record of strings and an int always serialises; keep a valid body if it ever does not
            return "{\"type\":\"" + Problem.TYPE_PREFIX + "error\",\"title\":\"Internal Server Error\",\"status\":500,"
                    + "\"detail\":\"" + HttpStatusTitles.detail(500) + "\"}";
        }
    }

    /** A JAX-RS response carrying the problem, with Retry-After when given. */
    public Response response(Problem problem, OptionalLong retryAfterSeconds) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(json(problem));
        retryAfterSeconds.ifPresent(seconds -> builder.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        return builder.build();
    }
}
