package org.portcheck.api.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the error responses. */
@ConfigMapping(prefix = "portcheck.problem")
public interface ProblemConfig {

    /** Retry-After sent with a 503 when the OCR queue is full and the error does not say otherwise. */
    @WithDefault("10S")
    Duration busyRetryAfter();
}
