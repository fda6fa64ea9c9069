package org.portcheck.api.problem;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells a failure to read the request body (a malformed or cut-off multipart body, a form that does not parse) from
 * a failure of our own code. Quarkus REST reports those with plain IOExceptions and RuntimeExceptions thrown from
 * its body readers, so the only sign is where they were thrown.
 */
final class RequestReadFailure {

    private static final String[] BODY_READERS = {
        "org.jboss.resteasy.reactive.server.core.multipart.",
        "org.jboss.resteasy.reactive.server.vertx.VertxInputStream",
        "io.quarkus.vertx.http.runtime.VertxInputStream",
    };

    private RequestReadFailure() {
    }

    static boolean isRequestReadFailure(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            // the thrower is at the top; look a few frames down for helpers the readers call
            for (int i = 0; i < Math.min(trace.length, 4); i++) {
                for (String reader : BODY_READERS) {
                    if (trace[i].getClassName().startsWith(reader)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
