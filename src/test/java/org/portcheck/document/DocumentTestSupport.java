package org.portcheck.document;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the document stage without CDI, for plain JUnit tests (also usable by later stages' tests): a config from
 * the {@code @WithDefault}s plus overrides, and one shared engine so Tesseract loads once per test JVM.
 */
public final class DocumentTestSupport {

    private static OcrEngine sharedEngine;
    private static DocumentReader sharedReader;

    private DocumentTestSupport() {
    }

    /** Defaults, with {@code overrides} given as property names without the "portcheck.document." prefix. */
    public static DocumentConfig config(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>();
        overrides.forEach((k, v) -> props.put("portcheck.document." + k, v));
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(DocumentConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(props, "test", 500))
                .build();
        return config.getConfigMapping(DocumentConfig.class);
    }

    public static DocumentConfig defaults() {
        return config(Map.of());
    }

    /** One engine with default settings for the whole test run (closed by the JVM: its threads are daemons). */
    public static synchronized OcrEngine engine() {
        if (sharedEngine == null) {
            sharedEngine = new OcrEngine(defaults());
            sharedEngine.warmUp();
        }
        return sharedEngine;
    }

    public static synchronized DocumentReader reader() {
        if (sharedReader == null) {
            sharedReader = new DocumentReader(defaults(), engine());
        }
        return sharedReader;
    }
}
