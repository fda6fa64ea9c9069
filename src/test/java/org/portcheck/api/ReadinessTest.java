package org.portcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ready only once OCR read its warm-up picture and the rules ran a made-up precheck. */
@QuarkusTest
class ReadinessTest {

    private static final int TRIES = 60;
    private static final long PAUSE_MILLIS = 500;

    @Test
    void shouldBeReadyWithOcrAndRulesWarm() throws InterruptedException {
        Response ready = null;
        for (int i = 0; i < TRIES; i++) {
            ready = given().get("/q/health/ready");
            if (ready.statusCode() == 200) {
                break;
            }
            Thread.sleep(PAUSE_MILLIS);
        }
        assertEquals(200, ready.statusCode(), ready.asString());
        assertEquals(Boolean.TRUE, ready.jsonPath().getBoolean("checks[0].data.ocrWarm"));
        assertEquals(Boolean.TRUE, ready.jsonPath().getBoolean("checks[0].data.rulesWarm"));
        assertEquals(6, ready.jsonPath().getInt("checks[0].data.ruleFiles"));
    }
}
