package org.portcheck.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(CodesResourceTest.CompanySettings.class)
class CodesResourceTest {

    /** Company details other than the defaults, to see that messages take them from the settings. */
    public static class CompanySettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "portcheck.company.name", "Acme Voice",
                    "portcheck.company.loa-email", "ports@acme.test",
                    "portcheck.company.fax", "(212) 555-0123",
                    "portcheck.company.support-phone", "(212) 555-0188");
        }
    }

    private static final Set<Integer> PRECHECK = Set.of(10, 20, 30, 40, 50, 60, 70, 90, 100, 110, 120, 130, 140, 150,
            160, 170, 180, 190, 200, 220, 230, 240, 250, 260, 270, 280, 290, 300);
    private static final Set<Integer> CARRIER_ONLY = Set.of(80, 210, 310, 920, 930, 950, 960, 970, 980, 990);
    private static final List<String> BILL_ITEMS = List.of("your service address",
            "your billing address, if it differs from the service address", "your account number",
            "the phone number you want to port", "your name");

    /** Code to title, from the status page: its numbered list, and the headings of the text (160 is only there). */
    private static Map<Integer, String> statusPageTitles;

    @BeforeAll
    static void readStatusPage() throws IOException {
        Path project = Path.of(System.getProperty("portcheck.project-dir", "."));
        // the status page as shared beside the project; a copy in the test resources when checked out alone
        Path page = project.resolve("../shared/seeds/porting-error-codes.txt");
        if (!Files.exists(page)) {
            page = project.resolve("src/test/resources/seeds/porting-error-codes.txt");
        }
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        Map<Integer, String> titles = new TreeMap<>();
        Pattern listed = Pattern.compile("^\\s+\\d+\\. (\\d+): (.+)$");
        for (String line : lines) {
            Matcher m = listed.matcher(line);
            if (m.matches()) {
                titles.put(Integer.parseInt(m.group(1)), m.group(2).strip());
            }
        }
        assertEquals(37, titles.size(), "the status page lists 37 codes");
        // 160 is not in the list; its heading runs into its text: "160: Phone Bill - Illegible We will need ..."
        String heading160 = lines.stream().filter(l -> l.startsWith("160: ")).findFirst().orElseThrow();
        assertTrue(heading160.startsWith("160: Phone Bill - Illegible We will need"), heading160);
        titles.put(160, "Phone Bill - Illegible");
        statusPageTitles = titles;
    }

    private static List<Map<String, Object>> catalogue() {
        return given().get("/api/v1/codes").then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .extract().jsonPath().getList("$");
    }

    private static String message(int code) {
        return given().get("/api/v1/codes/" + code).then().statusCode(200).extract().path("message");
    }

    @Test
    void shouldListEveryCodeOfTheStatusPageWithItsTitle() {
        Map<Integer, String> titles = catalogue().stream().collect(Collectors.toMap(
                c -> (Integer) c.get("code"), c -> (String) c.get("title"), (a, b) -> a, TreeMap::new));
        assertEquals(statusPageTitles, titles);
        assertEquals(38, titles.size());
        List<Integer> order = catalogue().stream().map(c -> (Integer) c.get("code")).toList();
        assertEquals(order.stream().sorted().toList(), order, "ordered by code");
    }

    @Test
    void shouldMarkExactlyThePrecheckCodesAndGiveThemATrigger() {
        for (Map<String, Object> code : catalogue()) {
            int number = (Integer) code.get("code");
            boolean precheck = (Boolean) code.get("precheck");
            assertEquals(PRECHECK.contains(number), precheck, "precheck of " + number);
            assertTrue(PRECHECK.contains(number) || CARRIER_ONLY.contains(number), "known code " + number);
            if (precheck) {
                String trigger = (String) code.get("trigger");
                assertTrue(trigger != null && !trigger.isBlank() && !trigger.contains("\n"), "trigger of " + number);
            } else {
                assertFalse(code.containsKey("trigger"), "no trigger for " + number);
            }
        }
    }

    @Test
    void shouldFillEveryPlaceholderFromTheSettingsAndNameNoOtherCompany() {
        for (Map<String, Object> code : catalogue()) {
            String message = (String) code.get("message");
            assertFalse(message.isBlank());
            assertFalse(message.matches("(?s).*[{}].*"), "unfilled placeholder in " + code.get("code"));
            assertFalse(message.toLowerCase().contains("ooma"), "company name in " + code.get("code"));
            assertFalse(message.contains("portcheck.example") || message.contains("555-0142"), "default in message");
        }
        assertTrue(message(10).contains("ports@acme.test") && message(10).contains("(212) 555-0123"));
        assertTrue(message(10).contains("Acme Voice"));
        assertTrue(message(920).contains("(212) 555-0188"));
        assertTrue(message(960).contains("(212) 555-0188"));
    }

    @Test
    void shouldTellWhatAnIncompleteLoaNeeds() {
        String text = message(10);
        assertTrue(text.contains("- all fields of the form are filled in"), text);
        assertTrue(text.contains("initials") && text.contains("both pages"), text);
        assertTrue(text.contains("two signature blocks"), text);
    }

    @ParameterizedTest
    @ValueSource(ints = {140, 150, 160, 170, 180})
    void shouldListTheFiveThingsABillMustShow(int code) {
        String text = message(code);
        for (String item : BILL_ITEMS) {
            assertTrue(text.contains("\n- " + item), code + " lacks '" + item + "': " + text);
        }
        assertTrue(text.contains("ports@acme.test") && text.contains("(212) 555-0123"), text);
    }

    @Test
    void shouldKeepTheStepsOfTheCarrierSpecificCodes() {
        String verizon = message(100);
        assertTrue(verizon.contains("work order for the day your number ports"), verizon);
        assertTrue(verizon.contains("work order for a future date") && verizon.contains("blocks"), verizon);
        assertTrue(verizon.contains("once the port is complete"), verizon);
        assertTrue(verizon.contains("full day"), verizon);
        String magicJack = message(190);
        assertTrue(magicJack.contains("ymaxporting@ymaxcorp.com"), magicJack);
        assertTrue(magicJack.contains("address of record") && magicJack.contains("Customer Service Record (CSR)"));
        assertTrue(magicJack.contains("FCC") && magicJack.contains("Public Utilities Commission (PUC)"));
        for (int code : new int[] {200, 210}) {
            String csr = message(code);
            assertTrue(csr.contains("Customer Service Record (CSR)") && csr.contains("Customer Service Information (CSI)"),
                    csr);
        }
        String freeze = message(290);
        assertTrue(freeze.contains("confirmation number for each removal") && freeze.contains("no other orders"));
        String ring = message(270);
        assertTrue(ring.contains("confirmation number") && ring.contains("no such feature"), ring);
        String lines = message(260);
        assertTrue(lines.contains("separate account") && lines.contains("confirmation number"), lines);
    }

    @Test
    void shouldAnswerOneCodeWithItsTrigger() {
        given().get("/api/v1/codes/150").then().statusCode(200)
                .body("code", equalTo(150))
                .body("title", equalTo("Phone Bill - Incomplete"))
                .body("precheck", equalTo(true))
                .body("trigger", containsString("account number"));
        Map<String, Object> carrier = given().get("/api/v1/codes/980").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertEquals(false, carrier.get("precheck"));
        assertNull(carrier.get("trigger"));
        assertFalse(carrier.containsKey("trigger"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abc", "15", "0", "99999999999"})
    void shouldAnswerAnUnknownCodeWithProblem404(String code) {
        Response response = given().get("/api/v1/codes/" + code);
        response.then().statusCode(404)
                .header("Content-Type", equalTo("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("type", equalTo("urn:portcheck:problem:not-found"));
        assertFalse(response.asString().contains("abc"));
    }

    @Test
    void shouldDocumentTheCodesInOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/codes'.get.summary", equalTo("All porting codes"))
                .body("paths.'/api/v1/codes/{code}'.get.responses.'404'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue());
    }
}
