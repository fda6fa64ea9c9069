package org.portcheck.codes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * The company details that fill the placeholders of the code messages. The defaults are neutral stand-ins (the phone
 * numbers are in the 555-0100..0199 range reserved for fiction): a deployment sets its own.
 */
@ConfigMapping(prefix = "portcheck.company")
public interface CodesConfig {

    /** {@code {company}}: the name customers know the service by. */
    @WithDefault("portcheck")
    String name();

    /** {@code {loaEmail}}: where customers email LOAs, bills and answers. */
    @WithDefault("loa@portcheck.example")
    String loaEmail();

    /** {@code {fax}}: where customers fax LOAs and bills. */
    @WithDefault("(415) 555-0142")
    String fax();

    /** {@code {supportPhone}}: the support line customers call. */
    @WithDefault("(415) 555-0177")
    String supportPhone();

    /** The placeholder names of the codes file and their values. */
    default Map<String, String> placeholders() {
        return Map.of("company", name(), "loaEmail", loaEmail(), "fax", fax(), "supportPhone", supportPhone());
    }
}
