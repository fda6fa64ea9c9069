package org.portcheck.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the HTTP API; the numbers of api.md are the defaults. */
@ConfigMapping(prefix = "portcheck.api")
public interface ApiConfig {

    @WithDefault("20971520")
    long maxFileBytes();

    @WithDefault("65536")
    long maxOrderBytes();

    @WithDefault("10")
    int maxParts();

    @WithDefault("60s")
    Duration requestDeadline();
}
