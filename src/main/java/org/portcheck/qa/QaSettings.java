package org.portcheck.qa;

import java.time.Duration;

/**
 * Settings of a QA run. The runner also works without the Quarkus container (--url), so they are a plain record
 * with named defaults rather than a @ConfigMapping.
 */
public record QaSettings(int thumbnailWidth, Duration httpTimeout, int progressBarWidth) {

    /** Wide enough to see where a box sits, small enough that a report of a hundred cases stays a few MB. */
    public static final int DEFAULT_THUMBNAIL_WIDTH = 320;
    /** The server's own request deadline is 60 s; OCR queueing can add to it. */
    public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(180);
    public static final int DEFAULT_PROGRESS_BAR_WIDTH = 24;

    public QaSettings {
        if (thumbnailWidth < 16) {
            throw new IllegalArgumentException("thumbnailWidth too small: " + thumbnailWidth);
        }
    }

    public static QaSettings defaults() {
        return new QaSettings(DEFAULT_THUMBNAIL_WIDTH, DEFAULT_HTTP_TIMEOUT, DEFAULT_PROGRESS_BAR_WIDTH);
    }
}
