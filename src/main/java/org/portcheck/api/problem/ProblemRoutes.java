package org.portcheck.api.problem;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * problem+json for what Vert.x answers before any JAX-RS resource sees the request.
 *
 * <ul>
 *   <li>A body whose Content-Length is over {@code quarkus.http.limits.max-body-size}: Quarkus answers it with an empty
 *   413 in a route of order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}; this route runs just before that one,
 *   makes the same check and answers 413 problem+json (closing the connection, as Quarkus does, so the rest of the
 *   body is never read).</li>
 *   <li>Any failure of a route (a body over the limit found while streaming, a request Vert.x cannot take, an
 *   exception outside JAX-RS): a failure handler ahead of Quarkus's own error page.</li>
 *   <li>A path no route serves: the router's 404.</li>
 * </ul>
 */
@ApplicationScoped
public class ProblemRoutes {

    private final ProblemWriter writer;
    private final Optional<MemorySize> maxBodySize;

    @Inject
    ProblemRoutes(ProblemWriter writer,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.writer = writer;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(ctx -> rejectOversized(ctx, limit.asLongValue())));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.errorHandler(404, ctx -> answer(ctx, Problem.of(404, HttpStatusTitles.detail(404))));
        router.errorHandler(405, ctx -> answer(ctx, Problem.of(405, HttpStatusTitles.detail(405))));
    }

    private void rejectOversized(RoutingContext ctx, long limit) {
        String length = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && isOver(length, limit)) {
            HttpServerResponse response = ctx.response();
            response.putHeader(HttpHeaderNames.CONNECTION, "close");
            response.endHandler(done -> ctx.request().connection().close());
            answer(ctx, Problem.of(413, "Content Too Large",
                    "The request body is over the limit of " + describe(limit) + ".", null));
            return;
        }
        ctx.next();
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            // a malformed length is the HTTP codec's to refuse, not this check's
            return false;
        }
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        int status = ctx.statusCode() >= 400 && ctx.statusCode() <= 599 ? ctx.statusCode() : 500;
        if (status == 500 && ctx.failure() != null) {
            StackTraceElement[] trace = ctx.failure().getStackTrace();
            Log.errorf("unexpected %s at %s", ctx.failure().getClass().getName(), trace.length > 0 ? trace[0] : "?");
        }
        answer(ctx, Problem.of(status, HttpStatusTitles.detail(status)));
    }

    private void answer(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(writer.json(problem));
    }

    private static String describe(long bytes) {
        long mib = 1024L * 1024L;
        return bytes % mib == 0 ? bytes / mib + " MiB" : bytes + " bytes";
    }
}
