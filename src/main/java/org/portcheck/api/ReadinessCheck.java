package org.portcheck.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.portcheck.document.OcrEngine;
import org.portcheck.rules.PrecheckRules;

/** Ready once the rules compiled and ran a warm-up precheck, and the OCR engine answered its warm-up. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    PrecheckRules rules;

    @Inject
    OcrEngine ocr;

    @Inject
    PrecheckWarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("precheck")
                .withData("ruleFiles", rules.files().size())
                .withData("ocrWarm", ocr.isWarm())
                .withData("rulesWarm", warmUp.isWarm())
                .status(ocr.isWarm() && warmUp.isWarm())
                .build();
    }
}
