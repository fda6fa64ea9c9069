package org.portcheck.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of samples/ through POST /api/v1/prechecks, asserting its expected codes exactly. */
@QuarkusTest
class SamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("samples"))) {
            List<String> names = dirs.filter(d -> Files.exists(d.resolve("expected.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "samples/ holds no case");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRaiseTheExpectedCodes(String name) throws IOException {
        Path dir = Path.of("samples", name);
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        RequestSpecification request = given().queryParam("asOf", expected.get("asOf").asText());
        boolean any = false;
        for (String part : List.of("loa", "bill")) {
            Optional<Path> file = document(dir, part);
            if (file.isPresent()) {
                request = request.multiPart(part, file.get().toFile());
                any = true;
            }
        }
        File order = dir.resolve("order.json").toFile();
        if (order.exists()) {
            request = request.multiPart("order", order, "application/json");
            any = true;
        }
        if (!any) {
            // a precheck with no parts at all is still a multipart request
            request = request.contentType("multipart/form-data; boundary=portcheck").body("--portcheck--\r\n");
        }
        Response response = request.post("/api/v1/prechecks");
        assertEquals(200, response.statusCode(), response.asString());
        JsonNode body = JSON.readTree(response.asString());
        TreeSet<Integer> got = new TreeSet<>();
        body.get("codes").forEach(c -> got.add(c.get("code").asInt()));
        TreeSet<Integer> want = new TreeSet<>();
        expected.get("codes").forEach(c -> want.add(c.asInt()));
        assertEquals(want, got, name + ": " + expected.path("note").asText() + "\n" + summary(body));
        assertEquals(want.isEmpty(), body.get("ready").asBoolean());
    }

    private static Optional<Path> document(Path dir, String part) {
        for (String ext : List.of("pdf", "png", "jpg", "jpeg", "tif", "tiff")) {
            Path p = dir.resolve(part + "." + ext);
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String summary(JsonNode body) {
        List<String> lines = new ArrayList<>();
        body.get("codes").forEach(c -> c.get("evidence").forEach(e -> lines.add(c.get("code").asInt() + ": "
                + e.path("document").asText() + " " + e.path("field").asText() + " " + e.path("detail").asText())));
        lines.add("documents: " + body.path("documents").toString());
        return String.join("\n", lines);
    }
}
