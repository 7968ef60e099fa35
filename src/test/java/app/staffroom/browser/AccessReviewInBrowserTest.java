package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator starts an access review in a real browser, keeps both people in it, and downloads the
 * closed review's report; screenshots at desktop and phone size go to {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessReviewInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Path downloads;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createDirectories(Path.of("target", "browser-downloads", UUID.randomUUID().toString()))
                .toAbsolutePath();
        browser = Browsers.open(downloads);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void an_administrator_starts_a_review_decides_every_row_and_downloads_the_report() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID desk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        Browsers.signIn(browser, port, fixtures.email(admin));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab")));

        browser.get("http://localhost:" + port + "/access-reviews");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-multi-select-combo-box[@id='review-reviewers' and @has-value]")));
        Browsers.screenshot(browser, "access-reviews-desktop.png");
        button("Start review").click();

        Browsers.wait(browser).until(ExpectedConditions.urlMatches(".*/access-reviews/[0-9a-f-]{36}$"));
        for (UUID person : new UUID[] {desk, admin}) {
            personCell(fixtures.name(person)).click();
            if (person.equals(desk)) {
                Browsers.screenshot(browser, "access-review-desktop.png");
            }
            button("Keep").click();
            Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//vaadin-grid-cell-content[normalize-space(.)='Kept']")));
        }
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Closed"));
        browser.manage().window().setSize(new Dimension(390, 844));
        Browsers.screenshot(browser, "access-review-phone.png");
        browser.manage().window().setSize(new Dimension(1400, 900));

        button("Report as CSV").click();
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("review-csv"))).click();
        Path file = downloads.resolve("access-review.csv");
        await().atMost(Browsers.PATIENCE).until(() -> Files.exists(file)
                && !Files.exists(downloads.resolve("access-review.csv.crdownload")));
        String report = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(report).contains(fixtures.name(desk)).contains("\"Kept\"");

        browser.get("http://localhost:" + port + "/access-reviews");
        browser.manage().window().setSize(new Dimension(390, 844));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-grid-cell-content[starts-with(normalize-space(.), 'Closed')]")));
        Browsers.screenshot(browser, "access-reviews-phone.png");
    }

    private org.openqa.selenium.WebElement button(String text) {
        return Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    /**
     * The cell of the Person column that names {@code name}: the reviewer's own name is also in the Reviewer column
     * of every row they review, so the leftmost shown cell with the name is the one of their own row.
     */
    private WebElement personCell(String name) {
        By cells = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']");
        return Browsers.wait(browser).until(driver -> driver.findElements(cells).stream().filter(WebElement::isDisplayed)
                .min(java.util.Comparator.comparingInt(cell -> cell.getRect().getX())).orElse(null));
    }
}
