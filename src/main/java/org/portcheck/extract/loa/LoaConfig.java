package org.portcheck.extract.loa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where an LOA's blocks are looked for around their labels, and how sure a value must be. */
@ConfigMapping(prefix = "portcheck.loa")
public interface LoaConfig {

    /** Below this mean word confidence a value is unreadable (goes to review), not read. */
    @WithDefault("0.55")
    double minValueConfidence();

    /** How far above its label a signature's ink may reach. */
    @WithDefault("0.75")
    double signatureHeightInches();

    /** How far below the label line a signature's ink may reach. */
    @WithDefault("0.15")
    double belowLineInches();

    /** Width of a signature line when no "Date" label closes it. */
    @WithDefault("3.2")
    double signatureWidthInches();

    @WithDefault("1.6")
    double initialsWidthInches();

    @WithDefault("0.8")
    double initialsHeightInches();
}
