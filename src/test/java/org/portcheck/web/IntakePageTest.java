package org.portcheck.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The intake page at / in a real headless Chromium, against the running service. */
@QuarkusTest
class IntakePageTest {

    private static final String ROOT = "http://localhost:8081/";
    private static final String AS_OF = "2026-11-15";
    private static final String NUMBER = "650-318-2046";
    private static final String NAME = "Margaret Ellison";
    private static final Path WORK = Path.of("target", "intake-page-test");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver driver;
    private static Path profile;
    private static Path loa;
    private static Path bill;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(WORK);
        Files.createDirectories(SCREENSHOTS);
        loa = WORK.resolve("loa.pdf");
        bill = WORK.resolve("bill.pdf");
        Files.write(loa, loaPdf());
        Files.write(bill, billPdf());
        profile = Files.createTempDirectory("portcheck-chromium");
        // the driver and browser are the system's; Selenium Manager must not look for others (no network here)
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void loadPage() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get(ROOT);
    }

    @Test
    void shouldShowTheSameVerdictAndCodesAsTheApiWithBoxesAndOneEmail() throws IOException {
        JsonPath api = given().queryParam("asOf", AS_OF)
                .multiPart("loa", loa.toFile()).multiPart("bill", bill.toFile())
                .multiPart("order", "order.json", "{\"numbers\":[\"" + NUMBER + "\"],\"accountName\":\"" + NAME + "\"}",
                        "application/json")
                .post("/api/v1/prechecks").then().statusCode(200).extract().jsonPath();
        List<Integer> apiCodes = api.getList("codes.code", Integer.class);
        assertFalse(apiCodes.isEmpty(), "the test documents should raise codes: a typed LOA signature is not a hand signature");

        driver.findElement(By.id("loa")).sendKeys(loa.toAbsolutePath().toString());
        driver.findElement(By.id("bill")).sendKeys(bill.toAbsolutePath().toString());
        assertTrue(driver.findElement(By.id("loa-name")).getText().contains("loa.pdf"));
        driver.findElement(By.id("numbers")).sendKeys(NUMBER);
        driver.findElement(By.id("accountName")).sendKeys(NAME);
        setDate(AS_OF);
        driver.findElement(By.id("check")).click();
        waitForResult();

        WebElement verdict = driver.findElement(By.id("verdict"));
        assertEquals(api.getBoolean("ready") ? "READY" : "NOT READY",
                verdict.findElement(By.className("verdict-word")).getText());
        List<Integer> shown = driver.findElements(By.cssSelector(".code-card")).stream()
                .map(card -> Integer.valueOf(card.getAttribute("data-code"))).toList();
        assertEquals(apiCodes, shown);

        // one box per place on a page that evidence (codes sharing it) or a review item points at
        Set<String> places = new HashSet<>();
        for (Map<String, Object> code : api.<Map<String, Object>>getList("codes")) {
            for (Map<String, Object> ev : list(code.get("evidence"))) {
                place("code", ev).ifPresent(places::add);
            }
        }
        for (Map<String, Object> r : api.<Map<String, Object>>getList("review")) {
            place("review", r).ifPresent(places::add);
        }
        assertFalse(places.isEmpty(), "the test documents should give evidence with a place on a page");
        waitUntil(d -> d.findElements(By.cssSelector(".page-frame img")).stream()
                .allMatch(img -> Boolean.TRUE.equals(js("return arguments[0].complete && arguments[0].naturalWidth > 0", img))));
        List<WebElement> boxes = driver.findElements(By.cssSelector(".page-frame .ebox"));
        assertEquals(places.size(), boxes.size());
        for (WebElement box : boxes) {
            WebElement img = box.findElement(By.xpath("preceding-sibling::img"));
            assertTrue(box.getSize().getWidth() > 0 && box.getSize().getHeight() > 0, "box has a size");
            assertTrue(inside(box, img), "box lies over its page picture");
        }

        js("document.activeElement.blur(); window.scrollTo(0, 0)");
        screenshot("intake-form-filled");
        js("document.getElementById('result').scrollIntoView()");
        screenshot("intake-result-laptop");
        fullPage("intake-result-full");

        // a card and its boxes point at each other
        WebElement firstBox = driver.findElements(By.cssSelector(".ebox[data-codes]")).stream()
                .max(Comparator.comparingInt(b -> b.getSize().getWidth() * b.getSize().getHeight())).orElseThrow();
        String code = firstBox.getAttribute("data-codes").split(" ")[0];
        WebElement card = driver.findElement(By.id("code-" + code));
        new Actions(driver).moveToElement(card).perform();
        assertTrue(firstBox.getAttribute("class").contains("active"), "pointing at a card marks its boxes");
        js("arguments[0].focus()", card);
        assertTrue(firstBox.getAttribute("class").contains("active"), "focusing a card marks its boxes");
        js("arguments[0].blur()", card);
        settle();
        new Actions(driver).moveToElement(firstBox).perform();
        settle();
        new Actions(driver).click().perform();
        assertTrue(driver.findElement(By.id("code-" + code)).getAttribute("class").contains("active"),
                "selecting a box marks its card; " + js("return [...document.querySelectorAll('.code-card')].map(c => c.id + ':' + c.className).join(' ') + ' / ' + document.activeElement.className + ' ' + document.activeElement.getAttribute('data-codes') + ' y=' + window.scrollY")
                + " clicked " + code);
        screenshot("intake-result-linked");

        String email = driver.findElement(By.id("email")).getAttribute("value");
        Files.writeString(SCREENSHOTS.resolve("customer-email.txt"), email, StandardCharsets.UTF_8);
        for (String message : api.getList("codes.message", String.class)) {
            for (String line : message.split("\n")) {
                String text = line.strip().replaceFirst("^- ", "");
                if (!text.isEmpty() && !text.endsWith(":")) {
                    assertTrue(email.contains(text), "the email holds \"" + text + "\"");
                }
            }
        }
        // the codes share instructions (the bill checklist, the closing line): the email gives each once
        Set<String> once = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String message : api.getList("codes.message", String.class)) {
            message.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct()
                    .forEach(l -> (once.add(l) ? once : shared).add(l));
        }
        assertFalse(shared.isEmpty(), "the test documents should raise codes that share instructions");
        Set<String> seen = new HashSet<>();
        for (String line : email.split("\n")) {
            if (!line.isBlank()) {
                assertTrue(seen.add(line.strip()), "the email repeats \"" + line + "\"");
            }
        }

    }

    @Test
    void shouldShowReadyForACleanSampleCase() throws IOException {
        Path dir = Path.of("samples", "clean-verizon-textpdf");
        JsonPath expected = JsonPath.from(dir.resolve("expected.json").toFile());
        JsonPath order = JsonPath.from(dir.resolve("order.json").toFile());
        driver.findElement(By.id("loa")).sendKeys(dir.resolve("loa.pdf").toAbsolutePath().toString());
        driver.findElement(By.id("bill")).sendKeys(dir.resolve("bill.pdf").toAbsolutePath().toString());
        driver.findElement(By.id("numbers")).sendKeys(String.join("\n", order.getList("numbers", String.class)));
        new Select(driver.findElement(By.id("internetConnection"))).selectByValue(order.getString("internetConnection"));
        setDate(expected.getString("asOf"));
        driver.findElement(By.id("check")).click();
        waitForResult();

        List<Integer> expectedCodes = expected.getList("codes", Integer.class);
        assertTrue(expectedCodes.isEmpty(), "the case is a clean one");
        assertEquals("READY", driver.findElement(By.cssSelector("#verdict .verdict-word")).getText());
        assertTrue(driver.findElements(By.cssSelector(".code-card")).isEmpty());
        assertFalse(driver.findElement(By.id("email-section")).isDisplayed(), "no email when nothing is to be done");
        assertEquals(3, driver.findElements(By.cssSelector(".page-frame img")).size(), "two LOA pages and one bill page");
        js("document.activeElement.blur(); document.getElementById('result').scrollIntoView()");
        screenshot("intake-ready");
    }

    @Test
    void shouldShowAWrongFileTypeNextToThatFile() throws IOException {
        Path text = WORK.resolve("notes.txt");
        Files.writeString(text, "This is a note, not a bill.\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("loa")).sendKeys(text.toAbsolutePath().toString());
        driver.findElement(By.id("check")).click();
        WebElement error = driver.findElement(By.id("loa-error"));
        waitUntil(d -> !error.getText().isBlank());
        assertTrue(error.getText().contains("not a PDF, PNG, JPEG or TIFF"), error.getText());
        assertEquals("loa", error.findElement(By.xpath("ancestor::div[contains(@class,'file-slot')]")).getAttribute("data-part"));
        assertTrue(driver.findElement(By.id("bill-error")).getText().isBlank());
        assertTrue(driver.findElement(By.id("general-error")).isDisplayed());
        assertFalse(driver.findElement(By.id("result")).isDisplayed());
        screenshot("intake-wrong-type");
    }

    // ---------- browser helpers ----------

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void setDate(String day) {
        js("arguments[0].value = arguments[1]", driver.findElement(By.id("asOf")), day);
    }

    private static void waitForResult() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                d.findElement(By.id("result")).isDisplayed() || !d.findElement(By.id("general-error")).getText().isBlank());
        assertTrue(driver.findElement(By.id("general-error")).getText().isBlank(),
                driver.findElement(By.id("general-error")).getText());
    }

    /** Waits for the smooth scrolling of the page view and the window to end, so a click lands where it aims. */
    private static void settle() {
        String[] last = {""};
        new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200)).until(d -> {
            String now = String.valueOf(js("return document.getElementById('page-view').scrollTop + ':' + window.scrollY"));
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    private static boolean inside(WebElement box, WebElement img) {
        var b = box.getRect();
        var i = img.getRect();
        int slack = 3; // the border is drawn around the box
        return b.getX() >= i.getX() - slack && b.getY() >= i.getY() - slack
                && b.getX() + b.getWidth() <= i.getX() + i.getWidth() + slack
                && b.getY() + b.getHeight() <= i.getY() + i.getHeight() + slack;
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    private static void fullPage(String name) throws IOException {
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 120, 6000)));
        js("window.scrollTo(0, 0)");
        screenshot(name);
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> place(String kind, Map<String, Object> item) {
        Map<String, Object> box = (Map<String, Object>) item.get("box");
        if (box == null || item.get("page") == null || item.get("document") == null
                || ((Number) box.get("width")).doubleValue() <= 0 || ((Number) box.get("height")).doubleValue() <= 0) {
            return Optional.empty();
        }
        return Optional.of(kind + ":" + item.get("document") + "/" + item.get("page") + ":" + box.get("x") + ","
                + box.get("y") + "," + box.get("width") + "," + box.get("height"));
    }

    // ---------- documents ----------

    /** A portcheck-loa-v1 LOA as a text PDF, filled in and signed with a typed name (not a hand signature). */
    private static byte[] loaPdf() throws IOException {
        return textPdf(new String[][] {
                {"LETTER OF AGREEMENT (LOA)", "Authorization to port telephone numbers", "Form portcheck-loa-v1", "",
                        "1. Account information",
                        "Account Holder Name: " + NAME,
                        "Business Name (business accounts only):",
                        "Authorized Person: " + NAME,
                        "Service Address (street): 1450 Orchard Avenue",
                        "Unit / Apt / Suite:",
                        "City: Springfield    State: IL    ZIP: 62704",
                        "Current Provider: Verizon",
                        "Account Number: 1003146451",
                        "PIN / Passcode (if any): 4821",
                        "Billing Telephone Number (BTN): " + NUMBER,
                        "Numbers to Port: " + NUMBER, "", "",
                        "Customer Initials (page 1): ME", "", "Page 1 of 2 - portcheck-loa-v1"},
                {"LETTER OF AGREEMENT (LOA) - continued", "2. Authorization",
                        "I authorize the new provider to port the numbers above from my current provider.",
                        "I am the account holder or authorized to act for the account holder.", "",
                        "Customer Initials (page 2): ME", "", "3. Signatures",
                        "Account Holder Signature: /s/ " + NAME + "    Date: 11/10/2026",
                        "Authorized Signature:    Date:", "", "Page 2 of 2 - portcheck-loa-v1"}});
    }

    /** A one-page Verizon bill as a text PDF in another name than the LOA's, without the service address. */
    private static byte[] billPdf() throws IOException {
        return textPdf(new String[][] {{"Verizon", "Your monthly statement", "",
                "Statement Date: November 2, 2026",
                "Account Number: 1003146451",
                "Customer Name: Robert Hale",
                "Billing Address: PO Box 4410, Springfield, IL 62708", "",
                "Phone number: " + NUMBER, "Local calling plan $42.00", "Taxes and fees $6.15",
                "Total amount due $48.15", "Due date: November 25, 2026"}});
    }

    private static byte[] textPdf(String[][] pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    float y = 720;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            out.beginText();
                            out.setFont(font, 12);
                            out.newLineAtOffset(72, y);
                            out.showText(line);
                            out.endText();
                        }
                        y -= 24;
                    }
                }
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
